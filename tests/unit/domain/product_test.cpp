// Rules of the Product aggregate: creation, price changes and their history, archiving, barcodes, and the
// catalogue-wide uniqueness of names, SKUs and barcodes.
// QTest first: moc parses with C++17 predefines and fails on <compare> when it is met before <string>.
#include <QTest>

#include "magasin/domain/domain_error.hpp"
#include "magasin/domain/product.hpp"

#include <functional>

using namespace magasin::domain;

namespace {

Timestamp at(std::int64_t ms) {
    return Timestamp{std::chrono::milliseconds{ms}};
}

ProductId productId(int n) {
    return ProductId::parse("550e8400-e29b-41d4-a716-44665544000" + std::to_string(n));
}

const StaffId kManager = StaffId::parse("44444444-4444-4444-4444-444444444441");

Product clavier() {
    return Product::create({.id = productId(1),
                            .name = ProductName::parse("Clavier mécanique"),
                            .category = CategoryName::parse("Informatique"),
                            .price = Price::fromCents(8999),
                            .description = "  Switches rouges, rétroéclairé  ",
                            .sku = Sku::parse("CLA0001"),
                            .barcodes = {Barcode::parse("4006381333931")},
                            .taxable = true},
                           at(1000));
}

QString ruleOf(const std::function<void()>& action, ErrorCode expectedCode) {
    try {
        action();
    } catch (const DomainError& e) {
        if (e.code() != expectedCode) {
            return QStringLiteral("wrong code for ") + QString::fromStdString(e.rule());
        }
        return QString::fromStdString(e.rule());
    }
    return QString();
}

}  // namespace

class ProductTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createsAnActiveProduct() {
        const auto p = clavier();
        QCOMPARE(p.id(), productId(1));
        QCOMPARE(QString::fromStdString(p.name().text()), QStringLiteral("Clavier mécanique"));
        QCOMPARE(QString::fromStdString(p.category().text()), QStringLiteral("Informatique"));
        QCOMPARE(p.price().cents(), qint64(8999));
        QCOMPARE(QString::fromStdString(p.description()), QStringLiteral("Switches rouges, rétroéclairé"));
        QCOMPARE(QString::fromStdString(p.sku().code()), QStringLiteral("CLA0001"));
        QCOMPARE(p.barcodes().size(), std::size_t(1));
        QVERIFY(p.isTaxable());
        QVERIFY(p.isActive());
        QCOMPARE(p.createdAt(), at(1000));
        QCOMPARE(p.modifiedAt(), at(1000));
        QVERIFY(p.priceHistory().empty());
    }

    void descriptionAndBarcodesMayBeLeftOut() {
        const auto p = Product::create({.id = productId(3),
                                        .name = ProductName::parse("Café Premium Bio"),
                                        .category = CategoryName::parse("Boissons"),
                                        .price = Price::fromCents(1599),
                                        .sku = Sku::parse("CAF0003")},
                                       at(1000));
        QVERIFY(p.description().empty());
        QVERIFY(p.barcodes().empty());
        QVERIFY(p.isTaxable());
    }

    void aFreeProductMayBeCreated() {
        auto state = clavier().state();
        state.price = Price::fromCents(0);
        QCOMPARE(Product::restore(state).price().cents(), qint64(0));
    }

    void descriptionLength_data() {
        QTest::addColumn<QString>("description");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty description allowed") << QString() << true;
        QTest::newRow("2000 characters is the longest") << QString(2000, QLatin1Char('d')) << true;
        QTest::newRow("2000 accented characters allowed") << QString(2000, QChar(0xE8)) << true;
        QTest::newRow("surrounding spaces are not counted")
            << (QStringLiteral("  ") + QString(2000, QLatin1Char('d')) + QStringLiteral("\n")) << true;
        QTest::newRow("2001 characters is too long") << QString(2001, QLatin1Char('d')) << false;
    }
    void descriptionLength() {
        QFETCH(QString, description);
        QFETCH(bool, valid);
        const QString expected = valid ? QString() : QStringLiteral("product.description.length");
        auto state = clavier().state();
        state.description = description.toStdString();
        QCOMPARE(ruleOf([&] { (void)Product::restore(state); }, ErrorCode::kInvalidValue), expected);
        auto p = clavier();
        QCOMPARE(ruleOf([&] { p.changeDescription(description.toStdString(), at(2000)); }, ErrorCode::kInvalidValue),
                 expected);
        QCOMPARE(p.modifiedAt(), valid ? at(2000) : at(1000));
        QCOMPARE(QString::fromStdString(p.description()),
                 valid ? description.trimmed() : QStringLiteral("Switches rouges, rétroéclairé"));
    }

    void createRefusesABarcodeTwice() {
        auto state = clavier().state();
        state.barcodes.push_back(Barcode::parse("73513537"));
        state.barcodes.push_back(Barcode::parse("4006381333931"));
        QCOMPARE(ruleOf([&] { (void)Product::restore(state); }, ErrorCode::kAlreadyExists),
                 QStringLiteral("product.barcode.duplicate"));
    }

    void changePrice_data() {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<QString>("rule");  // empty when the change is recorded
        QTest::newRow("89.99 lowered to 79.99") << qint64(8999) << qint64(7999) << QString();
        QTest::newRow("89.99 raised to the highest price") << qint64(8999) << qint64(99'999'999) << QString();
        QTest::newRow("0.01 is the lowest new price") << qint64(8999) << qint64(1) << QString();
        QTest::newRow("a free product gets a price") << qint64(0) << qint64(100) << QString();
        QTest::newRow("0.00 is not a new price")
            << qint64(8999) << qint64(0) << QStringLiteral("product.price.positive");
        QTest::newRow("the current price is not a change")
            << qint64(8999) << qint64(8999) << QStringLiteral("product.price.unchanged");
    }
    void changePrice() {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(QString, rule);
        auto state = clavier().state();
        state.price = Price::fromCents(from);
        auto p = Product::restore(state);
        QCOMPARE(ruleOf([&] { p.changePrice(Price::fromCents(to), kManager, at(5000)); }, ErrorCode::kInvalidValue),
                 rule);
        if (rule.isEmpty()) {
            QCOMPARE(p.price().cents(), to);
            QCOMPARE(p.modifiedAt(), at(5000));
            QCOMPARE(p.priceHistory().size(), std::size_t(1));
            QCOMPARE(p.priceHistory().front(), (PriceChange{.changedBy = kManager,
                                                            .at = at(5000),
                                                            .oldPrice = Price::fromCents(from),
                                                            .newPrice = Price::fromCents(to)}));
        } else {
            QCOMPARE(p.price().cents(), from);
            QCOMPARE(p.modifiedAt(), at(1000));
            QVERIFY(p.priceHistory().empty());
        }
    }

    void priceHistoryKeepsEveryChangeInOrder() {
        auto p = clavier();
        const auto cashier = StaffId::parse("44444444-4444-4444-4444-444444444442");
        p.changePrice(Price::fromCents(7999), kManager, at(2000));
        p.changePrice(Price::fromCents(8499), cashier, at(3000));
        QCOMPARE(p.priceHistory().size(), std::size_t(2));
        QCOMPARE(p.priceHistory()[0].oldPrice.cents(), qint64(8999));
        QCOMPARE(p.priceHistory()[1].oldPrice.cents(), qint64(7999));
        QCOMPARE(p.priceHistory()[1].newPrice.cents(), qint64(8499));
        QCOMPARE(p.priceHistory()[1].changedBy, cashier);
        QCOMPARE(p.priceHistory()[1].at, at(3000));
    }

    void archiveTransitions_data() {
        QTest::addColumn<bool>("startActive");
        QTest::addColumn<bool>("archive");  // false: unarchive
        QTest::addColumn<QString>("rule");
        QTest::newRow("an active product is archived") << true << true << QString();
        QTest::newRow("an archived product is not archived twice")
            << false << true << QStringLiteral("product.archive.already_archived");
        QTest::newRow("an archived product is unarchived") << false << false << QString();
        QTest::newRow("an active product cannot be unarchived")
            << true << false << QStringLiteral("product.unarchive.already_active");
    }
    void archiveTransitions() {
        QFETCH(bool, startActive);
        QFETCH(bool, archive);
        QFETCH(QString, rule);
        auto state = clavier().state();
        state.active = startActive;
        auto p = Product::restore(state);
        const QString broken = ruleOf(
            [&] {
                if (archive) {
                    p.archive(at(7000));
                } else {
                    p.unarchive(at(7000));
                }
            },
            ErrorCode::kIllegalState);
        QCOMPARE(broken, rule);
        QCOMPARE(p.isActive(), rule.isEmpty() ? !startActive : startActive);
        QCOMPARE(p.modifiedAt(), rule.isEmpty() ? at(7000) : at(1000));
    }

    void barcodesAreAddedOnce() {
        auto p = clavier();
        p.addBarcode(Barcode::parse("73513537"), at(2000));
        QCOMPARE(p.barcodes().size(), std::size_t(2));
        QCOMPARE(p.modifiedAt(), at(2000));
        QCOMPARE(ruleOf([&] { p.addBarcode(Barcode::parse(" 73513537"), at(3000)); }, ErrorCode::kAlreadyExists),
                 QStringLiteral("product.barcode.duplicate"));
        QCOMPARE(p.barcodes().size(), std::size_t(2));
        QCOMPARE(p.modifiedAt(), at(2000));
    }

    void barcodesAreRemovedWhenPresent() {
        auto p = clavier();
        QCOMPARE(ruleOf([&] { p.removeBarcode(Barcode::parse("73513537"), at(2000)); }, ErrorCode::kNotFound),
                 QStringLiteral("product.barcode.not_found"));
        p.removeBarcode(Barcode::parse("4006381333931"), at(3000));
        QVERIFY(p.barcodes().empty());
        QCOMPARE(p.modifiedAt(), at(3000));
    }

    void editsStampModifiedAt() {
        auto p = clavier();
        p.rename(ProductName::parse("Clavier sans fil"), at(2000));
        QCOMPARE(QString::fromStdString(p.name().text()), QStringLiteral("Clavier sans fil"));
        QCOMPARE(p.modifiedAt(), at(2000));
        p.changeCategory(CategoryName::parse("Électronique"), at(3000));
        QCOMPARE(QString::fromStdString(p.category().text()), QStringLiteral("Électronique"));
        QCOMPARE(p.modifiedAt(), at(3000));
        p.setTaxable(false, at(4000));
        QVERIFY(!p.isTaxable());
        QCOMPARE(p.modifiedAt(), at(4000));
        QCOMPARE(p.createdAt(), at(1000));
    }

    void uniqueness_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("active");
        QTest::addColumn<QString>("sku");
        QTest::addColumn<QString>("barcode");
        QTest::addColumn<QString>("otherName");
        QTest::addColumn<bool>("otherActive");
        QTest::addColumn<QString>("otherSku");
        QTest::addColumn<QString>("otherBarcode");
        QTest::addColumn<QString>("rule");  // empty when the candidate may be saved
        const QString souris = QStringLiteral("Souris optique");
        const QString clavier = QStringLiteral("Clavier mécanique");
        const QString sou = QStringLiteral("SOU0002");
        const QString cla = QStringLiteral("CLA0001");
        const QString ean13 = QStringLiteral("4006381333931");
        const QString ean8 = QStringLiteral("73513537");
        QTest::newRow("different name, SKU and codes are unique")
            << clavier << true << cla << ean13 << souris << true << sou << ean8 << QString();
        QTest::newRow("name of an active product is taken")
            << souris << true << cla << ean13 << souris << true << sou << ean8 << QStringLiteral("product.name.taken");
        QTest::newRow("name of an active product in capitals is taken")
            << QStringLiteral("SOURIS OPTIQUE") << true << cla << ean13 << souris << true << sou << ean8
            << QStringLiteral("product.name.taken");
        QTest::newRow("name differing by an accent is free")
            << QStringLiteral("Cafe") << true << cla << ean13 << QStringLiteral("Café") << true << sou << ean8
            << QString();
        QTest::newRow("name of an archived product is free")
            << souris << true << cla << ean13 << souris << false << sou << ean8 << QString();
        QTest::newRow("archived candidate may share an active name")
            << souris << false << cla << ean13 << souris << true << sou << ean8 << QString();
        QTest::newRow("SKU of an active product is taken")
            << clavier << true << sou << ean13 << souris << true << sou << ean8 << QStringLiteral("product.sku.taken");
        QTest::newRow("SKU of an archived product is taken")
            << clavier << true << sou << ean13 << souris << false << sou << ean8 << QStringLiteral("product.sku.taken");
        QTest::newRow("archived candidate still needs its own SKU")
            << clavier << false << sou << ean13 << souris << true << sou << ean8 << QStringLiteral("product.sku.taken");
        QTest::newRow("barcode of an active product is taken")
            << clavier << true << cla << ean8 << souris << true << sou << ean8
            << QStringLiteral("product.barcode.taken");
        QTest::newRow("barcode of an archived product is free")
            << clavier << true << cla << ean8 << souris << false << sou << ean8 << QString();
        QTest::newRow("archived candidate may keep an active product's barcode")
            << clavier << false << cla << ean8 << souris << true << sou << ean8 << QString();
        QTest::newRow("name is reported before SKU and barcode")
            << souris << true << sou << ean8 << souris << true << sou << ean8 << QStringLiteral("product.name.taken");
        QTest::newRow("SKU is reported before barcode")
            << clavier << true << sou << ean8 << souris << true << sou << ean8 << QStringLiteral("product.sku.taken");
    }
    void uniqueness() {
        QFETCH(QString, name);
        QFETCH(bool, active);
        QFETCH(QString, sku);
        QFETCH(QString, barcode);
        QFETCH(QString, otherName);
        QFETCH(bool, otherActive);
        QFETCH(QString, otherSku);
        QFETCH(QString, otherBarcode);
        QFETCH(QString, rule);
        const ProductIdentity candidate{.id = productId(1),
                                        .name = ProductName::parse(name.toStdString()),
                                        .active = active,
                                        .sku = Sku::parse(sku.toStdString()),
                                        .barcodes = {Barcode::parse(barcode.toStdString())}};
        const std::vector<ProductIdentity> others{
            candidate,  // the candidate's own stored row never conflicts with itself
            {.id = productId(2),
             .name = ProductName::parse(otherName.toStdString()),
             .active = otherActive,
             .sku = Sku::parse(otherSku.toStdString()),
             .barcodes = {Barcode::parse("96385074"), Barcode::parse(otherBarcode.toStdString())}}};
        try {
            checkProductUniqueness(candidate, others);
            QVERIFY2(rule.isEmpty(), "accepted a conflicting product");
        } catch (const DomainError& e) {
            QCOMPARE(e.code(), ErrorCode::kAlreadyExists);
            QCOMPARE(QString::fromStdString(e.rule()), rule);
            const QString field = rule.section(QLatin1Char('.'), 1, 1);
            QCOMPARE(QString::fromStdString(e.field()),
                     field == QStringLiteral("barcode") ? QStringLiteral("barcodes") : field);
        }
    }

    void identityReflectsTheProduct() {
        auto p = clavier();
        p.archive(at(2000));
        const auto identity = p.identity();
        QCOMPARE(identity.id, p.id());
        QVERIFY(!identity.active);
        QCOMPARE(identity.sku, p.sku());
        QCOMPARE(identity.barcodes, p.barcodes());
        QVERIFY(identity.name == p.name());
    }
};

QTEST_APPLESS_MAIN(ProductTest)
#include "product_test.moc"
