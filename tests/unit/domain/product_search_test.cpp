// Rules of catalogue search: criteria limits, accent-insensitive folding, and the order of results.
// QTest first: moc parses with C++17 predefines and fails on <compare> when it is met before <string>.
#include <QTest>

#include "magasin/domain/domain_error.hpp"
#include "magasin/domain/product_search.hpp"

#include <algorithm>
#include <vector>

using namespace magasin::domain;

class ProductSearchTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void foldsFrenchText_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("acute e and capitals") << QStringLiteral("Café Premium") << QStringLiteral("cafe premium");
        QTest::newRow("capital É") << QStringLiteral("ÉCOUTEURS Bluetooth") << QStringLiteral("ecouteurs bluetooth");
        QTest::newRow("grave e and circumflex u") << QStringLiteral("Crème brûlée") << QStringLiteral("creme brulee");
        QTest::newRow("diaeresis e") << QStringLiteral("Noël") << QStringLiteral("noel");
        QTest::newRow("cedilla") << QStringLiteral("Garçon") << QStringLiteral("garcon");
        QTest::newRow("capital Ç") << QStringLiteral("ÇA") << QStringLiteral("ca");
        QTest::newRow("a grave and a circumflex") << QStringLiteral("déjà pâte") << QStringLiteral("deja pate");
        QTest::newRow("i circumflex and i diaeresis") << QStringLiteral("Île maïs") << QStringLiteral("ile mais");
        QTest::newRow("o circumflex") << QStringLiteral("Hôtel") << QStringLiteral("hotel");
        QTest::newRow("u grave and u diaeresis") << QStringLiteral("où Saül") << QStringLiteral("ou saul");
        QTest::newRow("oe ligature both cases") << QStringLiteral("Œuvre cœur") << QStringLiteral("oeuvre coeur");
        QTest::newRow("ae ligature both cases") << QStringLiteral("Æ æ") << QStringLiteral("ae ae");
        QTest::newRow("every French capital")
            << QStringLiteral("ÀÂÄÇÈÉÊËÎÏÔÖÙÛÜŸ") << QStringLiteral("aaaceeeeiioouuuy");
        QTest::newRow("digits and symbols kept")
            << QStringLiteral("Chocolat Noir 70 %") << QStringLiteral("chocolat noir 70 %");
        QTest::newRow("multiplication sign kept") << QStringLiteral("2×3") << QStringLiteral("2×3");
        QTest::newRow("non-Latin text kept") << QStringLiteral("咖啡 café") << QStringLiteral("咖啡 cafe");
    }
    void foldsFrenchText() {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(QString::fromStdString(foldForSearch(text.toStdString())), folded);
    }

    void emptySearchHasDefaults() {
        const auto criteria = ProductSearchCriteria::of({});
        QVERIFY(criteria.words().empty());
        QVERIFY(!criteria.category());
        QVERIFY(!criteria.minPrice());
        QVERIFY(!criteria.maxPrice());
        QVERIFY(criteria.activeOnly());
        QCOMPARE(criteria.page(), qint64(1));
        QCOMPARE(criteria.pageSize(), qint64(20));
        QCOMPARE(criteria.offset(), qint64(0));
    }

    void keepsValidCriteria() {
        const auto criteria = ProductSearchCriteria::of({.words = "  café bio ",
                                                         .category = "Boissons",
                                                         .minPrice = Money::fromCents(1000),
                                                         .maxPrice = Money::fromCents(2000),
                                                         .activeOnly = false,
                                                         .page = 3,
                                                         .pageSize = 50});
        QCOMPARE(QString::fromStdString(criteria.words()), QStringLiteral("café bio"));
        QCOMPARE(QString::fromStdString(criteria.category()->text()), QStringLiteral("Boissons"));
        QCOMPARE(criteria.minPrice()->cents(), qint64(1000));
        QCOMPARE(criteria.maxPrice()->cents(), qint64(2000));
        QVERIFY(!criteria.activeOnly());
        QCOMPARE(criteria.offset(), qint64(100));
    }

    void validatesCriteria_data() {
        QTest::addColumn<QString>("words");
        QTest::addColumn<qint64>("minPrice");  // -2: none
        QTest::addColumn<qint64>("maxPrice");  // -2: none
        QTest::addColumn<qint64>("page");
        QTest::addColumn<qint64>("pageSize");
        QTest::addColumn<QString>("rule");  // empty when accepted
        QTest::addColumn<QString>("field");
        const qint64 none = -2;
        const QString w200 = QString(200, QChar(0xE9));
        QTest::newRow("200 characters of words accepted")
            << w200 << none << none << qint64(1) << qint64(20) << QString() << QString();
        QTest::newRow("spaces around 200 characters not counted")
            << (QStringLiteral("   ") + w200 + QStringLiteral(" ")) << none << none << qint64(1) << qint64(20)
            << QString() << QString();
        QTest::newRow("201 characters of words refused")
            << (w200 + QLatin1Char('x')) << none << none << qint64(1) << qint64(20)
            << QStringLiteral("product_search.words.length") << QStringLiteral("words");
        QTest::newRow("min equal to max accepted")
            << QString() << qint64(1599) << qint64(1599) << qint64(1) << qint64(20) << QString() << QString();
        QTest::newRow("min above max refused")
            << QString() << qint64(1600) << qint64(1599) << qint64(1) << qint64(20)
            << QStringLiteral("product_search.price_range") << QStringLiteral("min_price");
        QTest::newRow("min 0.00 accepted")
            << QString() << qint64(0) << none << qint64(1) << qint64(20) << QString() << QString();
        QTest::newRow("negative min refused") << QString() << qint64(-1) << none << qint64(1) << qint64(20)
                                              << QStringLiteral("price.range") << QStringLiteral("min_price");
        QTest::newRow("max 999999.99 accepted")
            << QString() << none << qint64(99'999'999) << qint64(1) << qint64(20) << QString() << QString();
        QTest::newRow("max 1000000.00 refused") << QString() << none << qint64(100'000'000) << qint64(1) << qint64(20)
                                                << QStringLiteral("price.range") << QStringLiteral("max_price");
        QTest::newRow("page 0 refused") << QString() << none << none << qint64(0) << qint64(20)
                                        << QStringLiteral("product_search.page") << QStringLiteral("page");
        QTest::newRow("page 1000000 accepted")
            << QString() << none << none << qint64(1'000'000) << qint64(100) << QString() << QString();
        QTest::newRow("page 1000001 refused") << QString() << none << none << qint64(1'000'001) << qint64(20)
                                              << QStringLiteral("product_search.page") << QStringLiteral("page");
        QTest::newRow("page size 0 refused")
            << QString() << none << none << qint64(1) << qint64(0) << QStringLiteral("product_search.page_size")
            << QStringLiteral("page_size");
        QTest::newRow("page size 1 accepted")
            << QString() << none << none << qint64(1) << qint64(1) << QString() << QString();
        QTest::newRow("page size 100 accepted")
            << QString() << none << none << qint64(1) << qint64(100) << QString() << QString();
        QTest::newRow("page size 101 refused")
            << QString() << none << none << qint64(1) << qint64(101) << QStringLiteral("product_search.page_size")
            << QStringLiteral("page_size");
    }
    void validatesCriteria() {
        QFETCH(QString, words);
        QFETCH(qint64, minPrice);
        QFETCH(qint64, maxPrice);
        QFETCH(qint64, page);
        QFETCH(qint64, pageSize);
        QFETCH(QString, rule);
        QFETCH(QString, field);
        ProductSearchRequest request{.words = words.toStdString(), .page = page, .pageSize = pageSize};
        if (minPrice != -2) {
            request.minPrice = Money::fromCents(minPrice);
        }
        if (maxPrice != -2) {
            request.maxPrice = Money::fromCents(maxPrice);
        }
        try {
            const auto criteria = ProductSearchCriteria::of(request);
            QVERIFY2(rule.isEmpty(), "accepted criteria that break a rule");
            QCOMPARE(criteria.page(), page);
            QCOMPARE(criteria.pageSize(), pageSize);
            QCOMPARE(criteria.offset(), (page - 1) * pageSize);
            QCOMPARE(QString::fromStdString(criteria.words()), words.trimmed());
        } catch (const DomainError& e) {
            QCOMPARE(e.code(), ErrorCode::kInvalidValue);
            QCOMPARE(QString::fromStdString(e.rule()), rule);
            QCOMPARE(QString::fromStdString(e.field()), field);
        }
    }

    void refusesABadCategory() {
        try {
            (void)ProductSearchCriteria::of({.category = "x"});
            QFAIL("accepted a one-letter category");
        } catch (const DomainError& e) {
            QCOMPARE(QString::fromStdString(e.rule()), QStringLiteral("category.name.length"));
            QCOMPARE(QString::fromStdString(e.field()), QStringLiteral("category"));
        }
    }

    void ordersResults_data() {
        QTest::addColumn<double>("relevanceA");
        QTest::addColumn<qint64>("priceA");
        QTest::addColumn<QString>("nameA");
        QTest::addColumn<double>("relevanceB");
        QTest::addColumn<qint64>("priceB");
        QTest::addColumn<QString>("nameB");
        QTest::addColumn<bool>("aFirst");
        QTest::newRow("more relevant first even when dearer") << 0.9 << qint64(8999) << QStringLiteral("Clavier") << 0.5
                                                              << qint64(2550) << QStringLiteral("Souris") << true;
        QTest::newRow("less relevant after even when cheaper") << 0.5 << qint64(100) << QStringLiteral("Abricot") << 0.9
                                                               << qint64(8999) << QStringLiteral("Clavier") << false;
        QTest::newRow("equally relevant: cheaper first") << 0.5 << qint64(1599) << QStringLiteral("Zeste") << 0.5
                                                         << qint64(8999) << QStringLiteral("Abricot") << true;
        QTest::newRow("equally relevant: dearer after") << 0.5 << qint64(8999) << QStringLiteral("Abricot") << 0.5
                                                        << qint64(1599) << QStringLiteral("Zeste") << false;
        QTest::newRow("same relevance and price: by name") << 0.5 << qint64(999) << QStringLiteral("Biscuit") << 0.5
                                                           << qint64(999) << QStringLiteral("Chocolat") << true;
        QTest::newRow("accented name sorts with its letter") << 0.5 << qint64(999) << QStringLiteral("Écouteurs") << 0.5
                                                             << qint64(999) << QStringLiteral("Souris") << true;
        QTest::newRow("names differing in case only: capital first")
            << 0.5 << qint64(999) << QStringLiteral("Souris") << 0.5 << qint64(999) << QStringLiteral("souris") << true;
        QTest::newRow("a hit is not before itself") << 0.5 << qint64(999) << QStringLiteral("Souris") << 0.5
                                                    << qint64(999) << QStringLiteral("Souris") << false;
    }
    void ordersResults() {
        QFETCH(double, relevanceA);
        QFETCH(qint64, priceA);
        QFETCH(QString, nameA);
        QFETCH(double, relevanceB);
        QFETCH(qint64, priceB);
        QFETCH(QString, nameB);
        QFETCH(bool, aFirst);
        const auto id = ProductId::parse("550e8400-e29b-41d4-a716-446655440001");
        const ProductSearchHit a{id, nameA.toStdString(), Price::fromCents(priceA), relevanceA};
        const ProductSearchHit b{id, nameB.toStdString(), Price::fromCents(priceB), relevanceB};
        QCOMPARE(compareSearchResults(a, b), aFirst);
        if (aFirst) {
            QVERIFY(!compareSearchResults(b, a));
        }
    }

    void sameNameAndPriceOrderedById() {
        const ProductSearchHit first{ProductId::parse("550e8400-e29b-41d4-a716-446655440001"), "Souris",
                                     Price::fromCents(999), 0.5};
        const ProductSearchHit second{ProductId::parse("550e8400-e29b-41d4-a716-446655440002"), "Souris",
                                      Price::fromCents(999), 0.5};
        std::vector<ProductSearchHit> hits{second, first};
        std::sort(hits.begin(), hits.end(), compareSearchResults);
        QCOMPARE(hits.front().id, first.id);
    }
};

QTEST_APPLESS_MAIN(ProductSearchTest)
#include "product_search_test.moc"
