// Search pages are served again only while the catalogue's version stands still.
#include "magasin/catalogue/search_cache.hpp"

#include <QTest>

using namespace magasin::catalogue;

namespace {

SearchPage pageOf(std::int64_t total) {
    SearchPage page;
    page.total = total;
    return page;
}

}  // namespace

class SearchCacheTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void servesAPageOnlyForItsVersion() {
        SearchCache cache(10);
        QVERIFY(!cache.find(7, "clavier"));
        cache.store(7, "clavier", pageOf(3));
        QCOMPARE(cache.find(7, "clavier")->total, std::int64_t{3});
        QVERIFY(!cache.find(8, "clavier"));  // the catalogue changed: recompute
        QVERIFY(!cache.find(7, "souris"));
    }

    void aNewerVersionDropsEveryOlderPage() {
        SearchCache cache(10);
        cache.store(7, "clavier", pageOf(3));
        cache.store(8, "souris", pageOf(1));
        QVERIFY(!cache.find(7, "clavier"));
        QVERIFY(!cache.find(8, "clavier"));
        QCOMPARE(cache.find(8, "souris")->total, std::int64_t{1});
        cache.store(7, "clavier", pageOf(3));  // computed before the change: not kept
        QVERIFY(!cache.find(8, "clavier"));
    }

    void aFullCacheStartsOver() {
        SearchCache cache(2);
        cache.store(1, "a", pageOf(1));
        cache.store(1, "b", pageOf(2));
        cache.store(1, "c", pageOf(3));
        QVERIFY(!cache.find(1, "a"));
        QCOMPARE(cache.find(1, "c")->total, std::int64_t{3});
    }

    void keysTellEveryCriterionApart_data() {
        QTest::addColumn<bool>("differentPage");
        QTest::newRow("same criteria, same key") << false;
        QTest::newRow("another page, another key") << true;
    }
    void keysTellEveryCriterionApart() {
        QFETCH(bool, differentPage);
        magasin::domain::ProductSearchRequest a;
        a.words = "clavier";
        magasin::domain::ProductSearchRequest b = a;
        if (differentPage) {
            b.page = 2;
        }
        const auto ka = SearchCache::keyOf(magasin::domain::ProductSearchCriteria::of(a));
        const auto kb = SearchCache::keyOf(magasin::domain::ProductSearchCriteria::of(b));
        QCOMPARE(ka != kb, differentPage);
    }
};

QTEST_APPLESS_MAIN(SearchCacheTest)
#include "search_cache_test.moc"
