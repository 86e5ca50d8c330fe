// Search over PostgreSQL full text: accent-insensitive French words, word prefixes, category and price filters,
// active-only by default, relevance then price order, and pages that neither overlap nor skip.
#include <QTest>

#include "catalogue_test_server.hpp"
#include "http_test_helpers.hpp"

using nlohmann::json;

class CatalogueSearchTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<CatalogueTestServer> m_server;

    json search(const std::string& query) {
        auto c = m_server->client();
        auto r = c.Get(("/v1/products" + query).c_str());
        if (statusOf(r) != 200) {
            qWarning("search %s answered %d: %s", query.c_str(), statusOf(r), r ? r->body.c_str() : "");
        }
        return bodyOf(r);
    }
    // "A|B|C", so that a failed comparison prints both orders.
    static QString joined(const std::vector<std::string>& names) {
        std::string text;
        for (const auto& name : names) {
            text += (text.empty() ? "" : "|") + name;
        }
        return QString::fromStdString(text);
    }
    static std::vector<std::string> names(const json& page) {
        std::vector<std::string> result;
        for (const auto& item : page.value("items", json::array())) {
            result.push_back(item["name"].get<std::string>());
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase() {
        m_server = std::make_unique<CatalogueTestServer>(1, /*demoData=*/true);
        QVERIFY2(m_server->ok(), m_server->error().c_str());
        auto c = m_server->client();
        const json extra[] = {
            {{"name", "Tapis de souris"}, {"category", "Informatique"}, {"price_cents", 999}, {"sku", "TAP0001"}},
            {{"name", "Housse"},
             {"category", "Informatique"},
             {"price_cents", 500},
             {"sku", "HOU0001"},
             {"description", "Protège la souris et le clavier"}},
            {{"name", "Souris gamer"}, {"category", "Informatique"}, {"price_cents", 9999}, {"sku", "SOU0002"}},
            {{"name", "Souris verticale"}, {"category", "Informatique"}, {"price_cents", 1999}, {"sku", "SOU0003"}},
            {{"name", "Souris archivée"}, {"category", "Informatique"}, {"price_cents", 100}, {"sku", "SOU0009"}},
        };
        std::string archived;
        for (const auto& body : extra) {
            auto r = sendJson(c, "POST", "/v1/products", body.dump(), m_server->managerHeaders());
            QCOMPARE(statusOf(r), 201);
            archived = bodyOf(r)["id"].get<std::string>();
        }
        QCOMPARE(statusOf(sendJson(c, "POST", "/v1/products/" + archived + "/archive", "", m_server->managerHeaders())),
                 200);
    }
    void cleanupTestCase() { m_server.reset(); }

    void wordsMatchAccentInsensitively_data() {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("first");
        QTest::newRow("ecouteurs finds Écouteurs") << QByteArray("ecouteurs") << QByteArray("Écouteurs Bluetooth");
        QTest::newRow("ÉCOUTEURS finds Écouteurs") << QByteArray("%C3%89COUTEURS") << QByteArray("Écouteurs Bluetooth");
        QTest::newRow("cafe finds Café") << QByteArray("cafe") << QByteArray("Café Premium Bio");
        QTest::newRow("prefix clav finds Clavier") << QByteArray("clav") << QByteArray("Clavier mécanique");
        QTest::newRow("plural claviers finds Clavier") << QByteArray("claviers") << QByteArray("Clavier mécanique");
        QTest::newRow("two words narrow") << QByteArray("chocolat%20noir") << QByteArray("Chocolat Noir 70 %");
        QTest::newRow("description words count") << QByteArray("grains") << QByteArray("Café Premium Bio");
    }
    void wordsMatchAccentInsensitively() {
        QFETCH(QByteArray, query);
        QFETCH(QByteArray, first);
        const auto found = names(search("?q=" + query.toStdString()));
        QVERIFY2(!found.empty(), query.constData());
        QCOMPARE(found.front(), first.toStdString());
    }

    void noMatchIsAnEmptyPage() {
        const json page = search("?q=xylophone");
        QCOMPARE(page["total"].get<int>(), 0);
        QVERIFY(sameJson(page["items"], json::array()));
    }

    void nameMatchesRankBeforeDescriptionThenByPrice() {
        // Souris optique has the word in its name and its description; three others in their name only (same
        // relevance: cheapest first); Housse only in its description.
        QCOMPARE(joined(names(search("?q=souris"))),
                 QString::fromStdString("Souris optique|Tapis de souris|Souris verticale|Souris gamer|Housse"));
    }

    void categoryAndPriceFilters() {
        QCOMPARE(joined(names(search("?category=Informatique&min_price_cents=900&max_price_cents=4599"))),
                 QString::fromStdString("Tapis de souris|Souris verticale|Souris optique|Écouteurs Bluetooth"));
        QCOMPARE(joined(names(search("?category=boissons"))), QString::fromStdString("Café Premium Bio"));
        QCOMPARE(search("?category=Meubles")["total"].get<int>(), 0);
    }

    void archivedOnlyWhenAsked() {
        QCOMPARE(search("?q=souris")["total"].get<int>(), 5);
        const auto all = names(search("?q=souris&active=false"));
        QCOMPARE(all.size(), std::size_t{6});
        QVERIFY(std::find(all.begin(), all.end(), "Souris archivée") != all.end());
    }

    void pagesCoverEveryResultOnce() {
        const json whole = search("?page_size=100");
        QCOMPARE(whole["total"].get<int>(), 9);
        std::vector<std::string> paged;
        for (int page = 1; page <= 5; ++page) {
            const json p = search("?page_size=2&page=" + std::to_string(page));
            QCOMPARE(p["total"].get<int>(), 9);
            QCOMPARE(p["page"].get<int>(), page);
            QCOMPARE(p["page_size"].get<int>(), 2);
            for (const auto& name : names(p)) {
                paged.push_back(name);
            }
        }
        QCOMPARE(joined(paged), joined(names(whole)));
        // Without words every product ranks the same: cheapest first.
        QCOMPARE(paged.front(), std::string("Housse"));
        QCOMPARE(paged.back(), std::string("Souris gamer"));
        const json beyond = search("?page_size=2&page=9");
        QVERIFY(sameJson(beyond["items"], json::array()));
        QCOMPARE(beyond["total"].get<int>(), 9);
    }

    void invalidCriteriaAre422_data() {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("rule");
        QTest::newRow("page 0") << QByteArray("?page=0") << QByteArray("product_search.page");
        QTest::newRow("page size 101") << QByteArray("?page_size=101") << QByteArray("product_search.page_size");
        QTest::newRow("page not a number") << QByteArray("?page=two") << QByteArray("query.integer");
        QTest::newRow("min above max") << QByteArray("?min_price_cents=500&max_price_cents=100")
                                       << QByteArray("product_search.price_range");
        QTest::newRow("negative price") << QByteArray("?min_price_cents=-1") << QByteArray("price.range");
        QTest::newRow("active is a boolean") << QByteArray("?active=yes") << QByteArray("query.boolean");
        QTest::newRow("words too long") << QByteArray("?q=" + QByteArray(201, 'a'))
                                        << QByteArray("product_search.words.length");
    }
    void invalidCriteriaAre422() {
        QFETCH(QByteArray, query);
        QFETCH(QByteArray, rule);
        auto c = m_server->client();
        auto r = c.Get(("/v1/products" + query.toStdString()).c_str());
        QCOMPARE(statusOf(r), 422);
        QCOMPARE(ruleOf(r), rule.toStdString());
    }

    void tsquerySyntaxIsInert() {
        for (const char* q : {"%21%26%7C", "a%3A%2A", "(clav", "le", "%27", "%E2%80%99"}) {
            auto c = m_server->client();
            QCOMPARE(statusOf(c.Get((std::string("/v1/products?q=") + q).c_str())), 200);
        }
    }
};

QTEST_GUILESS_MAIN(CatalogueSearchTest)
#include "catalogue_search_pgtest.moc"
