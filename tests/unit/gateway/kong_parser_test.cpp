// kong.yml read into plain data: every value the gateways depend on, and a clear refusal of anything the local
// gateway could not render (so that no policy of kong.yml goes missing silently).
#include "magasin/gateway/kong_parser.hpp"
#include "magasin/gateway/api_keys.hpp"

#include <QTest>

#include <set>

using namespace magasin::gateway;

namespace {

const std::string kKongYml = MAGASIN_SOURCE_DIR "/server/gateway/kong.yml";

// A small valid file the rejection rows each break in one place.
std::string minimal(const std::string& routeExtra = "", const std::string& key = "'${{ env \"DECK_K\" }}'",
                    const std::string& top = "") {
    return "_format_version: \"3.0\"\n" + top +
           "services:\n"
           "  - name: s\n"
           "    host: s\n"
           "    port: 9000\n"
           "    routes:\n"
           "      - name: r\n"
           "        paths: [/api/s]\n" +
           routeExtra +
           "consumers:\n"
           "  - username: c\n"
           "    keyauth_credentials:\n"
           "      - key: " +
           key + "\n";
}

const Route& route(const GatewayConfig& config, const std::string& name) {
    for (const Service& service : config.services) {
        for (const Route& r : service.routes) {
            if (r.name == name) {
                return r;
            }
        }
    }
    throw std::runtime_error("no route " + name);
}

}  // namespace

class KongParserTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kongYmlHasTheSeedsPrefixes() {
        const GatewayConfig config = KongParser::parseFile(kKongYml);
        std::set<std::string> prefixes;
        for (const Service& service : config.services) {
            for (const Route& r : service.routes) {
                prefixes.insert(r.paths.begin(), r.paths.end());
            }
        }
        const std::set<std::string> expected{"/api/catalogue",
                                             "/api/inventaire",
                                             "/api/commandes",
                                             "/api/supply-chain",
                                             "/api/ecommerce",
                                             "/shop",
                                             "/api/commandes/v1/sessions",
                                             "/shop/login"};
        QCOMPARE(prefixes, expected);
    }

    void catalogueBalancesOverThreeCheckedInstances() {
        const GatewayConfig config = KongParser::parseFile(kKongYml);
        const Service& catalogue = config.services.front();
        QCOMPARE(catalogue.name, std::string("catalogue"));
        const Upstream* upstream = config.upstreamOf(catalogue);
        QVERIFY(upstream != nullptr);
        QCOMPARE(upstream->algorithm, std::string("round-robin"));
        std::vector<int> ports;
        for (const Target& t : upstream->targets) {
            ports.push_back(t.port);
        }
        QCOMPARE(ports, (std::vector<int>{8001, 8006, 8007}));
        QVERIFY(upstream->active.has_value());
        QCOMPARE(upstream->active->httpPath, std::string("/health/ready"));
        QVERIFY(upstream->passive.has_value());
        QVERIFY(upstream->passive->tcpFailures > 0);
        QCOMPARE(upstream->passive->unhealthyStatuses, (std::vector<int>{502, 503}));
    }

    void everyApiRouteNeedsAHeaderKeyAndTheShopDoesNot() {
        const GatewayConfig config = KongParser::parseFile(kKongYml);
        for (const Service& service : config.services) {
            for (const Route& r : service.routes) {
                const bool api = r.paths.front().rfind("/api/", 0) == 0;
                QVERIFY2(r.keyAuth.has_value() == api, r.name.c_str());
                QVERIFY2(r.rateLimit.has_value(), r.name.c_str());
                if (api) {
                    QCOMPARE(r.keyAuth->keyNames, std::vector<std::string>{"X-API-Key"});
                    QVERIFY(!r.keyAuth->keyInQuery);
                    QVERIFY(!r.keyAuth->keyInBody);
                    QVERIFY(r.keyAuth->hideCredentials);
                }
            }
        }
    }

    void limitsArePerConsumerOnTheApiPerAddressOnTheShopAndStricterOnLogins() {
        const GatewayConfig config = KongParser::parseFile(kKongYml);
        const RateLimit api = *route(config, "catalogue-api").rateLimit;
        const RateLimit shop = *route(config, "shop").rateLimit;
        QVERIFY(api.limitBy == LimitBy::kConsumer);
        QVERIFY(shop.limitBy == LimitBy::kIp);
        for (const char* login : {"commandes-sessions-api", "shop-login"}) {
            const RateLimit limit = *route(config, login).rateLimit;
            QVERIFY(limit.limitBy == LimitBy::kIp);
            const auto perMinute = [](const RateLimit& l) { return l.perMinute > 0 ? l.perMinute : l.perSecond * 60; };
            QVERIFY2(limit.perMinute > 0 && limit.perMinute < perMinute(shop) && limit.perMinute < perMinute(api),
                     login);
        }
        // The login route puts back the path its own prefix strips.
        QCOMPARE(config.services.at(3).path, std::string("/v1/sessions"));
    }

    void shopAnswersCarryHsts() {
        const GatewayConfig config = KongParser::parseFile(kKongYml);
        for (const char* name : {"shop", "shop-login"}) {
            const auto& headers = route(config, name).addResponseHeaders;
            QCOMPARE(headers.size(), std::size_t(1));
            QCOMPARE(headers.front().first, std::string("Strict-Transport-Security"));
            QVERIFY(headers.front().second.rfind("max-age=31536000", 0) == 0);
        }
    }

    void consumersAndEdgePlugins() {
        const GatewayConfig config = KongParser::parseFile(kKongYml);
        std::vector<std::string> names;
        std::vector<std::string> variables;
        for (const Consumer& c : config.consumers) {
            names.push_back(c.username);
            variables.insert(variables.end(), c.keyVariables.begin(), c.keyVariables.end());
        }
        QCOMPARE(names, (std::vector<std::string>{"pos-desktop", "web-shop", "partner"}));
        QCOMPARE(variables,
                 (std::vector<std::string>{"DECK_MAGASIN_API_KEY_POS_DESKTOP", "DECK_MAGASIN_API_KEY_WEB_SHOP",
                                           "DECK_MAGASIN_API_KEY_PARTNER"}));
        QCOMPARE(config.requestIdHeader, std::string("X-Request-ID"));
        QVERIFY(config.echoRequestId);
        QVERIFY(config.prometheus);
    }

    void minimalFileParses() {
        const GatewayConfig config = KongParser::parse(minimal());
        QCOMPARE(config.services.size(), std::size_t(1));
        QCOMPARE(config.targetsOf(config.services.front()), (std::vector<Target>{{"s", 9000, 100}}));
    }

    void refusals_data() {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("message");
        QTest::newRow("a committed key is refused")
            << QString::fromStdString(minimal("", "abcdef")) << "API keys are never committed";
        QTest::newRow("a vault reference as key is refused (Kong would take it literally)")
            << QString::fromStdString(minimal("", "'{vault://env/key}'")) << "does not resolve vault references";
        QTest::newRow("a key in the query is refused")
            << QString::fromStdString(
                   minimal("        plugins:\n          - name: key-auth\n            config:\n"
                           "              key_names: [X-API-Key]\n              key_in_query: true\n"))
            << "key_in_query";
        QTest::newRow("an hour window is refused")
            << QString::fromStdString(minimal("        plugins:\n          - name: rate-limiting\n            config:\n"
                                              "              hour: 100\n"))
            << "only the second and minute windows";
        QTest::newRow("an unknown plugin is refused")
            << QString::fromStdString(minimal("        plugins:\n          - name: ip-restriction\n"))
            << "plugin 'ip-restriction' is not supported";
        QTest::newRow("an unknown setting is refused")
            << QString::fromStdString(minimal("        hosts: [example.com]\n")) << "services[0].routes[0].hosts";
        QTest::newRow("a regex path is refused")
            << QString::fromStdString(minimal()).replace(QStringLiteral("[/api/s]"), QStringLiteral("['~/api/s$']"))
            << "must be a plain prefix";
        QTest::newRow("a path used twice is refused")
            << QString::fromStdString(minimal("      - name: r2\n        paths: [/api/s]\n")) << "appears twice";
        QTest::newRow("another format version is refused")
            << QString::fromStdString(minimal()).replace(QStringLiteral("\"3.0\""), QStringLiteral("\"1.1\""))
            << "_format_version";
        QTest::newRow("broken YAML is refused") << "services: ["
                                                << "not valid YAML";
    }
    void refusals() {
        QFETCH(QString, yaml);
        QFETCH(QString, message);
        try {
            (void)KongParser::parse(yaml.toStdString());
            QFAIL("parsed");
        } catch (const KongConfigError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(message), e.what());
        }
    }

    void envPlaceholders_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("variable");
        QTest::newRow("decK placeholder names its variable") << "${{ env \"DECK_A_1\" }}"
                                                             << "DECK_A_1";
        QTest::newRow("spacing is free") << "${{env   \"DECK_B\"}}"
                                         << "DECK_B";
        QTest::newRow("decK reads only DECK_ variables") << "${{ env \"HOME\" }}"
                                                         << "";
        QTest::newRow("text around is not a placeholder") << "x${{ env \"DECK_B\" }}"
                                                          << "";
    }
    void envPlaceholders() {
        QFETCH(QString, text);
        QFETCH(QString, variable);
        QCOMPARE(QString::fromStdString(KongParser::envPlaceholder(text.toStdString()).value_or("")), variable);
    }

    void apiKeys_data() {
        QTest::addColumn<QString>("key1");
        QTest::addColumn<QString>("key2");
        QTest::addColumn<QString>("message");
        const QString good(40, QLatin1Char('a'));
        const QString other(40, QLatin1Char('b'));
        QTest::newRow("two good keys pass") << good << other << "";
        QTest::newRow("an unset variable is named") << good << ""
                                                    << "DECK_K2 is not set";
        QTest::newRow("a short key is refused") << good << "abc"
                                                << "at least 32";
        QTest::newRow("a key with a quote is refused")
            << good << QString(good).append(QLatin1Char('"')) << "at least 32";
        QTest::newRow("one key for two credentials is refused") << good << good << "unique";
    }
    void apiKeys() {
        QFETCH(QString, key1);
        QFETCH(QString, key2);
        QFETCH(QString, message);
        const std::string yaml = minimal() +
                                 "  - username: d\n    keyauth_credentials:\n"
                                 "      - key: '${{ env \"DECK_K2\" }}'\n";
        const GatewayConfig config = KongParser::parse(yaml);
        const std::map<std::string, std::string> env{{"DECK_K", key1.toStdString()}, {"DECK_K2", key2.toStdString()}};
        auto lookup = [&](const std::string& name) -> std::optional<std::string> {
            const auto it = env.find(name);
            return it == env.end() || it->second.empty() ? std::nullopt : std::optional(it->second);
        };
        try {
            const ApiKeys keys = ApiKeys::fromEnvironment(config, lookup);
            QVERIFY2(message.isEmpty(), "accepted");
            QCOMPARE(keys.consumersByKey().at(key2.toStdString()), std::string("d"));
            const std::string filled = keys.fillPlaceholders(yaml);
            QVERIFY(filled.find("${{") == std::string::npos);
            QVERIFY(filled.find("key: '" + key1.toStdString() + "'") != std::string::npos);
        } catch (const KongConfigError& e) {
            QVERIFY2(!message.isEmpty() && QString::fromUtf8(e.what()).contains(message), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(KongParserTest)
#include "kong_parser_test.moc"
