// The catalogue's use cases over an in-memory repository: uniqueness, categories, updates, prices and their history,
// archiving, lookups and the order of search results. No HTTP, no database.
#include "magasin/catalogue/product_catalogue.hpp"

#include <QTest>

#include "in_memory_product_repository.hpp"
#include "magasin/domain/domain_error.hpp"

using namespace magasin;
using namespace magasin::domain;
using magasin::catalogue::ProductCatalogue;
using magasin::catalogue::ProductChanges;
using magasin::catalogue::ProductDraft;
using magasin::catalogue::testing::InMemoryProductRepository;

namespace {

const Timestamp kT0 = Timestamp(std::chrono::milliseconds(1'780'000'000'000));

ProductDraft draft(std::string_view name, std::string_view sku, std::vector<std::string_view> codes = {},
                   std::int64_t cents = 1000, std::string_view category = "Informatique") {
    std::vector<Barcode> barcodes;
    for (auto code : codes) {
        barcodes.push_back(Barcode::parse(code));
    }
    return ProductDraft{.id = std::nullopt,
                        .name = ProductName::parse(name),
                        .category = CategoryName::parse(category),
                        .price = Price::fromCents(cents),
                        .description = "",
                        .sku = Sku::parse(sku),
                        .barcodes = std::move(barcodes),
                        .taxable = true};
}

}  // namespace

class ProductCatalogueTest : public QObject {
    Q_OBJECT

private:
    InMemoryProductRepository m_repo;
    Timestamp m_now = kT0;
    std::uint8_t m_nextId = 1;
    std::unique_ptr<ProductCatalogue> m_catalogue;

    // Runs `action` and returns the rule of the DomainError it threw with `code`, or a message saying what happened.
    template <typename F>
    static std::string ruleOf(F&& action, ErrorCode code) {
        try {
            action();
        } catch (const DomainError& e) {
            if (e.code() != code) {
                return "wrong code: " + e.rule();
            }
            return e.rule();
        }
        return "no error";
    }

private Q_SLOTS:
    void init() {
        m_repo = InMemoryProductRepository();
        m_now = kT0;
        m_nextId = 1;
        m_catalogue = std::make_unique<ProductCatalogue>(
            m_repo, [this] { return m_now; },
            [this] {
                Uuid::Bytes bytes{};
                bytes[15] = m_nextId++;
                return Uuid(bytes);
            });
    }

    void createStoresANewActiveProduct() {
        auto d = draft("Clavier mécanique", "cla0001", {"4006381333931"}, 8999, "informatique");
        const Product p = m_catalogue->create(d);
        QCOMPARE(p.id().uuid().bytes()[15], std::uint8_t{1});
        QVERIFY(p.isActive());
        QCOMPARE(p.createdAt(), kT0);
        QCOMPARE(p.category().text(), std::string("Informatique"));  // the catalogue's spelling
        QCOMPARE(p.sku().code(), std::string("CLA0001"));
        const Product stored = m_catalogue->get(p.id());
        QCOMPARE(stored.name().text(), std::string("Clavier mécanique"));
        QCOMPARE(stored.price().cents(), std::int64_t{8999});
        QCOMPARE(stored.barcodes().size(), std::size_t{1});
    }

    void createKeepsTheClientId() {
        auto d = draft("Souris", "SOU0001");
        d.id = ProductId::parse("550e8400-e29b-41d4-a716-446655440002");
        QCOMPARE(m_catalogue->create(d).id().toString(), std::string("550e8400-e29b-41d4-a716-446655440002"));
        auto again = draft("Autre souris", "SOU0002");
        again.id = d.id;
        QCOMPARE(ruleOf([&] { m_catalogue->create(again); }, ErrorCode::kAlreadyExists),
                 std::string("product.id.taken"));
    }

    void createChecksUniqueness_data() {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("sku");
        QTest::addColumn<QByteArray>("barcode");
        QTest::addColumn<QByteArray>("rule");
        QTest::newRow("same name in another case is taken") << QByteArray("CLAVIER mécanique") << QByteArray("ABC0002")
                                                            << QByteArray("") << QByteArray("product.name.taken");
        QTest::newRow("same sku is taken")
            << QByteArray("Autre") << QByteArray("CLA0001") << QByteArray("") << QByteArray("product.sku.taken");
        QTest::newRow("same barcode is taken") << QByteArray("Autre") << QByteArray("ABC0002")
                                               << QByteArray("4006381333931") << QByteArray("product.barcode.taken");
        QTest::newRow("all different is accepted")
            << QByteArray("Autre") << QByteArray("ABC0002") << QByteArray("96385074") << QByteArray("no error");
    }
    void createChecksUniqueness() {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, sku);
        QFETCH(QByteArray, barcode);
        QFETCH(QByteArray, rule);
        m_catalogue->create(draft("Clavier mécanique", "CLA0001", {"4006381333931"}));
        const std::string code = barcode.toStdString();
        auto d = draft(name.toStdString(), sku.toStdString(),
                       code.empty() ? std::vector<std::string_view>{} : std::vector<std::string_view>{code});
        QCOMPARE(ruleOf([&] { m_catalogue->create(d); }, ErrorCode::kAlreadyExists), rule.toStdString());
    }

    void createRefusesAnUnknownCategory() {
        QCOMPARE(ruleOf([&] { m_catalogue->create(draft("Table", "TAB0001", {}, 100, "Jardin")); },
                        ErrorCode::kInvalidValue),
                 std::string("product.category.unknown"));
        QCOMPARE(m_repo.writes, 0);
    }

    void unknownIdIsNotFound() {
        const auto id = ProductId::parse("550e8400-e29b-41d4-a716-446655449999");
        QCOMPARE(ruleOf([&] { m_catalogue->get(id); }, ErrorCode::kNotFound), std::string("product.not_found"));
        QCOMPARE(ruleOf([&] { m_catalogue->archive(id); }, ErrorCode::kNotFound), std::string("product.not_found"));
        QCOMPARE(ruleOf([&] { m_catalogue->changePrice(id, Price::fromCents(5), StaffId{}); }, ErrorCode::kNotFound),
                 std::string("product.not_found"));
        QCOMPARE(ruleOf([&] { m_catalogue->update(id, {.taxable = false}); }, ErrorCode::kNotFound),
                 std::string("product.not_found"));
    }

    void updateChangesWhatIsGiven() {
        const Product p = m_catalogue->create(draft("Souris", "SOU0001", {"4006381333931"}));
        m_now = kT0 + std::chrono::minutes(5);
        const Product u = m_catalogue->update(p.id(), {.name = ProductName::parse("Souris optique"),
                                                       .category = CategoryName::parse("ÉLECTRONIQUE"),
                                                       .description = "Sans fil",
                                                       .taxable = false,
                                                       .addBarcodes = {Barcode::parse("96385074")},
                                                       .removeBarcodes = {Barcode::parse("4006381333931")}});
        QCOMPARE(u.name().text(), std::string("Souris optique"));
        QCOMPARE(u.category().text(), std::string("Électronique"));
        QCOMPARE(u.description(), std::string("Sans fil"));
        QVERIFY(!u.isTaxable());
        QCOMPARE(u.barcodes(), std::vector<Barcode>{Barcode::parse("96385074")});
        QCOMPARE(u.modifiedAt(), m_now);
        QCOMPARE(u.createdAt(), kT0);
        QCOMPARE(m_catalogue->get(p.id()).name().text(), std::string("Souris optique"));
    }

    void updateToATakenNameChangesNothing() {
        m_catalogue->create(draft("Clavier", "CLA0001"));
        const Product p = m_catalogue->create(draft("Souris", "SOU0001"));
        QCOMPARE(ruleOf([&] { m_catalogue->update(p.id(), {.name = ProductName::parse("clavier"), .taxable = false}); },
                        ErrorCode::kAlreadyExists),
                 std::string("product.name.taken"));
        const Product stored = m_catalogue->get(p.id());
        QCOMPARE(stored.name().text(), std::string("Souris"));
        QVERIFY(stored.isTaxable());
    }

    void emptyUpdateWritesNothing() {
        const Product p = m_catalogue->create(draft("Souris", "SOU0001"));
        const int writes = m_repo.writes;
        QCOMPARE(m_catalogue->update(p.id(), {}).modifiedAt(), kT0);
        QCOMPARE(m_repo.writes, writes);
    }

    void priceChangesAreRecorded() {
        const Product p = m_catalogue->create(draft("Café Premium Bio", "CAF0001", {}, 1599, "Boissons"));
        const auto manager = StaffId::parse("11111111-1111-1111-1111-111111111111");
        m_now = kT0 + std::chrono::hours(1);
        QCOMPARE(m_catalogue->changePrice(p.id(), Price::fromCents(1699), manager).price().cents(), std::int64_t{1699});
        const auto history = m_catalogue->priceHistory(p.id());
        QCOMPARE(history.size(), std::size_t{1});
        QCOMPARE(history[0], (PriceChange{manager, m_now, Price::fromCents(1599), Price::fromCents(1699)}));
        QCOMPARE(
            ruleOf([&] { m_catalogue->changePrice(p.id(), Price::fromCents(0), manager); }, ErrorCode::kInvalidValue),
            std::string("product.price.positive"));
        QCOMPARE(m_catalogue->priceHistory(p.id()).size(), std::size_t{1});
    }

    void archiveTwiceIsAnIllegalState() {
        const Product p = m_catalogue->create(draft("Souris", "SOU0001"));
        QVERIFY(!m_catalogue->archive(p.id()).isActive());
        QCOMPARE(ruleOf([&] { m_catalogue->archive(p.id()); }, ErrorCode::kIllegalState),
                 std::string("product.archive.already_archived"));
        QVERIFY(m_catalogue->unarchive(p.id()).isActive());
        QCOMPARE(ruleOf([&] { m_catalogue->unarchive(p.id()); }, ErrorCode::kIllegalState),
                 std::string("product.unarchive.already_active"));
    }

    void unarchiveChecksTheNameAgain() {
        const Product old = m_catalogue->create(draft("Souris", "SOU0001"));
        m_catalogue->archive(old.id());
        m_catalogue->create(draft("SOURIS", "SOU0002"));  // an archived name is free again
        QCOMPARE(ruleOf([&] { m_catalogue->unarchive(old.id()); }, ErrorCode::kAlreadyExists),
                 std::string("product.name.taken"));
        QVERIFY(!m_catalogue->get(old.id()).isActive());
    }

    void lookupsByBarcodeAndSku() {
        const Product p = m_catalogue->create(draft("Souris", "SOU0001", {"4006381333931"}));
        QCOMPARE(m_catalogue->findByBarcode(Barcode::parse("4006381333931")).id(), p.id());
        QCOMPARE(m_catalogue->findBySku(Sku::parse("sou0001")).id(), p.id());
        QCOMPARE(ruleOf([&] { m_catalogue->findByBarcode(Barcode::parse("96385074")); }, ErrorCode::kNotFound),
                 std::string("product.barcode.unknown"));
        QCOMPARE(ruleOf([&] { m_catalogue->findBySku(Sku::parse("XYZ9999")); }, ErrorCode::kNotFound),
                 std::string("product.sku.unknown"));
    }

    void searchOrdersByRelevanceThenPrice() {
        m_catalogue->create(draft("Souris optique", "SOU0001", {}, 2550));
        m_catalogue->create(draft("Souris gamer", "SOU0002", {}, 1999));
        auto d = draft("Tapis", "TAP0001", {}, 500);
        d.description = "Pour souris";
        m_catalogue->create(d);
        const auto page = m_catalogue->search(ProductSearchCriteria::of({.words = "souris"}));
        QCOMPARE(page.total, std::int64_t{3});
        QCOMPARE(page.matches.size(), std::size_t{3});
        QCOMPARE(page.matches[0].product.name().text(), std::string("Souris gamer"));
        QCOMPARE(page.matches[1].product.name().text(), std::string("Souris optique"));
        QCOMPARE(page.matches[2].product.name().text(), std::string("Tapis"));
    }

    void categoriesAreUniqueIgnoringCase() {
        QCOMPARE(m_catalogue->categories().size(), std::size_t{6});
        QCOMPARE(m_catalogue->createCategory(CategoryName::parse("Jardin")).text(), std::string("Jardin"));
        QCOMPARE(m_catalogue->categories().size(), std::size_t{7});
        QCOMPARE(
            ruleOf([&] { m_catalogue->createCategory(CategoryName::parse("boissons")); }, ErrorCode::kAlreadyExists),
            std::string("category.name.taken"));
        m_catalogue->create(draft("Pelle", "PEL0001", {}, 100, "jardin"));
    }
};

QTEST_GUILESS_MAIN(ProductCatalogueTest)
#include "product_catalogue_test.moc"
