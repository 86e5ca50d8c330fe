// The catalogue cache: accent- and case-insensitive prefix search over name, description, SKU and category, active
// products only, relevance then price; barcodes; an update re-indexes; removal and clearing leave no trace.
#include <QTemporaryDir>
#include <QTest>

#include "magasin/client/catalogue_cache.hpp"
#include "magasin/client/journal.hpp"

using magasin::client::CachedProduct;
using magasin::client::CatalogueCache;
using magasin::client::Journal;

namespace {

CachedProduct product(const char* id, const char* name, std::int64_t cents, const char* category,
                      std::vector<std::string> barcodes = {}, bool active = true) {
    CachedProduct p;
    p.id = id;
    p.name = name;
    p.priceCents = cents;
    p.category = category;
    p.description = "";
    p.sku = "";
    p.barcodes = std::move(barcodes);
    p.active = active;
    return p;
}

void loadDemo(CatalogueCache& cache) {
    cache.upsert(product("p1", "Clavier mécanique", 8999, "Informatique", {"4006381333931"}));
    cache.upsert(product("p2", "Souris optique", 2550, "Informatique"));
    cache.upsert(product("p3", "Café Premium Bio", 1599, "Boissons", {"12345670"}));
    cache.upsert(product("p4", "Écouteurs Bluetooth", 4599, "Électronique"));
    cache.upsert(product("p5", "Chocolat Noir 70 %", 899, "Confiserie"));
    cache.upsert(product("p6", "Café moulu ancien", 999, "Boissons", {}, false));
    cache.upsert(product("p7", "Café filtre", 1299, "Boissons"));
    cache.upsert(product("p9", "Thé vert", 500, "Boissons"));
    cache.upsert(product("p10", "Thé noir", 400, "Boissons"));
}

std::vector<std::string> ids(const std::vector<CachedProduct>& found) {
    std::vector<std::string> out;
    for (const auto& p : found) {
        out.push_back(p.id);
    }
    return out;
}

}  // namespace

class CatalogueCacheTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void search_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");  // ids, comma-separated, in order
        QTest::newRow("no accent finds the accented name") << QStringLiteral("ecouteurs") << QStringLiteral("p4");
        QTest::newRow("capitals and accents fold together") << QStringLiteral("ÉCOUTEURS") << QStringLiteral("p4");
        QTest::newRow("a word prefix is enough") << QStringLiteral("clav") << QStringLiteral("p1");
        QTest::newRow("every word must match") << QStringLiteral("cafe bio") << QStringLiteral("p3");
        QTest::newRow("archived products are never found") << QStringLiteral("café") << QStringLiteral("p7,p3");
        QTest::newRow("equal relevance: cheaper first") << QStringLiteral("thé") << QStringLiteral("p10,p9");
        QTest::newRow("the category is searched") << QStringLiteral("electronique") << QStringLiteral("p4");
        QTest::newRow("FTS syntax in the input is plain text")
            << QStringLiteral("\"chocolat\" *(") << QStringLiteral("p5");
        QTest::newRow("punctuation only finds nothing") << QStringLiteral("%%%") << QStringLiteral("");
        QTest::newRow("a single letter finds nothing yet") << QStringLiteral("c") << QStringLiteral("");
        QTest::newRow("two letters are enough") << QStringLiteral("ch") << QStringLiteral("p5");
        QTest::newRow("nothing typed finds nothing") << QString() << QStringLiteral("");
    }
    void search() {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        Journal journal(dir.filePath(QStringLiteral("j.sqlite")));
        CatalogueCache cache(journal);
        loadDemo(cache);
        std::vector<std::string> want;
        for (const QString& id : expected.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            want.push_back(id.toStdString());
        }
        QCOMPARE(ids(cache.search(query, 20)), want);
    }

    void barcodeFindsActiveAndArchivedProducts() {
        QTemporaryDir dir;
        Journal journal(dir.filePath(QStringLiteral("j.sqlite")));
        CatalogueCache cache(journal);
        loadDemo(cache);
        const auto found = cache.byBarcode("4006381333931");
        QVERIFY(found.has_value());
        QCOMPARE(found->id, std::string("p1"));
        QCOMPARE(found->barcodes, std::vector<std::string>{"4006381333931"});
        QVERIFY(!cache.byBarcode("0000000000000").has_value());
        cache.upsert(product("p8", "Ancien", 100, "Boissons", {"96385074"}, false));
        QVERIFY(cache.byBarcode("96385074").has_value());
    }

    void anUpdateReindexesNameBarcodesAndPrice() {
        QTemporaryDir dir;
        Journal journal(dir.filePath(QStringLiteral("j.sqlite")));
        CatalogueCache cache(journal);
        loadDemo(cache);
        cache.upsert(product("p1", "Clavier ergonomique", 9999, "Informatique", {"12345670"}));
        QVERIFY(cache.search(QStringLiteral("mecanique"), 10).empty());
        QCOMPARE(ids(cache.search(QStringLiteral("ergonomique"), 10)), std::vector<std::string>{"p1"});
        QCOMPARE(cache.byId("p1")->priceCents, 9999);
        QVERIFY(!cache.byBarcode("4006381333931").has_value());
        QCOMPARE(cache.byBarcode("12345670")->id, std::string("p1"));  // moved from p3: last writer wins
        QCOMPARE(cache.count(), 9);
    }

    void archivingRemovesFromSearchButKeepsTheProduct() {
        QTemporaryDir dir;
        Journal journal(dir.filePath(QStringLiteral("j.sqlite")));
        CatalogueCache cache(journal);
        loadDemo(cache);
        auto p = *cache.byId("p2");
        p.active = false;
        cache.upsert(p);
        QVERIFY(cache.search(QStringLiteral("souris"), 10).empty());
        QVERIFY(cache.byId("p2").has_value());
    }

    void removeAndClearLeaveNoTrace() {
        QTemporaryDir dir;
        Journal journal(dir.filePath(QStringLiteral("j.sqlite")));
        CatalogueCache cache(journal);
        loadDemo(cache);
        cache.remove("p3");
        QVERIFY(!cache.byId("p3").has_value());
        QVERIFY(!cache.byBarcode("12345670").has_value());
        QCOMPARE(ids(cache.search(QStringLiteral("cafe"), 10)), std::vector<std::string>{"p7"});
        cache.clear();
        QCOMPARE(cache.count(), 0);
        QVERIFY(cache.search(QStringLiteral("clavier"), 10).empty());
    }
};

QTEST_GUILESS_MAIN(CatalogueCacheTest)
#include "catalogue_cache_test.moc"
