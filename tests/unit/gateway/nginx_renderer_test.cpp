// The nginx configuration rendered from kong.yml: routes with their prefix stripped, the upstream with passive
// checks and keep-alive, the header-only key check, stripped credentials and consumer headers, limits, HSTS, and
// Debian's nginx accepting the result (nginx -t).
#include "magasin/gateway/nginx_renderer.hpp"
#include "magasin/gateway/kong_parser.hpp"
#include "magasin/server/http_app.hpp"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <regex>

using namespace magasin::gateway;

namespace {

const std::string kKeyPos(64, 'p');
const std::string kKeyWeb(64, 'w');
const std::string kKeyPartner(64, 'q');

ApiKeys testKeys(const GatewayConfig& config) {
    return ApiKeys::fromEnvironment(config, [](const std::string& name) -> std::optional<std::string> {
        if (name == "DECK_MAGASIN_API_KEY_POS_DESKTOP") {
            return kKeyPos;
        }
        if (name == "DECK_MAGASIN_API_KEY_WEB_SHOP") {
            return kKeyWeb;
        }
        return kKeyPartner;
    });
}

// The body of the first `location <match> {` block.
std::string locationBlock(const std::string& conf, const std::string& match) {
    const std::string open = "location " + match + " {\n";
    const auto begin = conf.find(open);
    if (begin == std::string::npos) {
        return {};
    }
    return conf.substr(begin + open.size(), conf.find("\n        }", begin) - begin - open.size());
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

class NginxRendererTest : public QObject {
    Q_OBJECT

    GatewayConfig m_config;
    RenderedNginx m_rendered;
    NginxOptions m_options;

private Q_SLOTS:
    void initTestCase() {
        m_config = KongParser::parseFile(MAGASIN_SOURCE_DIR "/server/gateway/kong.yml");
        m_options.prefix = "/run/gw";
        m_options.consumerMapFile = "/run/gw/conf/consumers.map";
        m_options.tlsCertificate = "/run/gw/tls/gateway.crt";
        m_options.tlsKey = "/run/gw/tls/gateway.key";
        m_rendered = NginxRenderer(m_options).render(m_config, testKeys(m_config));
    }

    void prefixesAreStripped_data() {
        QTest::addColumn<QString>("match");
        QTest::addColumn<QString>("proxyPass");
        QTest::newRow("/api/catalogue/x goes to the catalogue upstream as /x") << "/api/catalogue/"
                                                                               << "proxy_pass http://up_catalogue/;";
        QTest::newRow("/api/catalogue alone goes as /") << "= /api/catalogue"
                                                        << "proxy_pass http://up_catalogue/;";
        QTest::newRow("/api/supply-chain/x goes as /x") << "/api/supply-chain/"
                                                        << "proxy_pass http://up_supply_chain_8004/;";
        QTest::newRow("the login route keeps /v1/sessions") << "/api/commandes/v1/sessions/"
                                                            << "proxy_pass http://up_commandes_8003/v1/sessions/;";
        QTest::newRow("/shop keeps its path") << "/shop/"
                                              << "proxy_pass http://up_ecommerce_8005;";
    }
    void prefixesAreStripped() {
        QFETCH(QString, match);
        QFETCH(QString, proxyPass);
        const std::string block = locationBlock(m_rendered.nginxConf, match.toStdString());
        QVERIFY2(!block.empty(), qPrintable(match));
        QVERIFY2(has(block, proxyPass.toStdString()), block.c_str());
    }

    void catalogueUpstreamHasPassiveChecksAndKeepAlive() {
        const std::regex upstream(R"(upstream up_catalogue \{\n((?:.*\n)*?)    \})");
        std::smatch match;
        QVERIFY(std::regex_search(m_rendered.nginxConf, match, upstream));
        const std::string body = match[1];
        for (const char* port : {"8001", "8006", "8007"}) {
            QVERIFY2(has(body, std::string("server 127.0.0.1:") + port + " max_fails=3 fail_timeout=10s;"), port);
        }
        QVERIFY(has(body, "keepalive 32;"));
        QVERIFY(has(body, "keepalive_timeout 4s;"));
        const std::string api = locationBlock(m_rendered.nginxConf, "/api/catalogue/");
        QVERIFY(has(api, "proxy_next_upstream error timeout http_502 http_503;"));
        QVERIFY(has(api, "proxy_set_header Connection \"\";"));
    }

    // The idle connections nginx keeps must not take every thread of a server (httplib gives each connection a thread,
    // idle or not), and nginx must drop them before the server does. tests/load/p1-load found requests waiting 9 s
    // for a thread when servers ran 16 threads behind 2 x 32 idle connections.
    void idleUpstreamConnectionsFitTheServersThreads() {
        const magasin::server::HttpOptions server;
        QVERIFY2(m_options.workerProcesses * m_options.upstreamIdleConnections <= server.workers / 2,
                 "the gateway's idle connections would leave a server fewer threads than half its pool");
        QVERIFY(m_options.upstreamIdleSeconds < server.keepAliveTimeoutSeconds);
    }

    void apiRoutesCheckTheHeaderKeyAndHideIt() {
        for (const char* match :
             {"/api/catalogue/", "= /api/inventaire", "/api/commandes/v1/sessions/", "/api/ecommerce/"}) {
            const std::string block = locationBlock(m_rendered.nginxConf, match);
            QVERIFY2(has(block, "if ($magasin_consumer = \"\") {"), match);
            QVERIFY2(has(block, "error_page 401 = @magasin_unauthorized;"), match);
            QVERIFY2(has(block, "proxy_set_header X-API-Key \"\";"), match);
            QVERIFY2(has(block, "proxy_set_header X-Consumer-Username $magasin_consumer;"), match);
            QVERIFY2(has(block, "proxy_set_header X-Consumer-ID \"\";"), match);
        }
        // Only the header feeds the key check: nothing reads $arg_*.
        QVERIFY(has(m_rendered.nginxConf, "map $http_x_api_key $magasin_consumer {"));
        QVERIFY(!has(m_rendered.nginxConf, "$arg_"));
        QVERIFY(has(m_rendered.nginxConf, "add_header WWW-Authenticate 'Key realm=\"magasin\"' always;"));
    }

    void shopIsPublicWithHstsAndNoConsumer() {
        const std::string block = locationBlock(m_rendered.nginxConf, "/shop/");
        QVERIFY(!has(block, "$magasin_consumer = \"\""));
        QVERIFY(has(block, "proxy_set_header X-Consumer-Username \"\";"));
        QVERIFY(has(block, "add_header Strict-Transport-Security 'max-age=31536000; includeSubDomains' always;"));
        QVERIFY(has(block, "limit_req zone=rl_shop_minute burst=600 nodelay;"));
    }

    void limitsAnswer429WithRetryAfter() {
        QVERIFY(has(m_rendered.nginxConf, "limit_req_status 429;"));
        QVERIFY(has(m_rendered.nginxConf,
                    "limit_req_zone $magasin_consumer zone=rl_catalogue_api_second:1m rate=10000r/s;"));
        QVERIFY(
            has(m_rendered.nginxConf, "limit_req_zone $binary_remote_addr zone=rl_shop_login_minute:1m rate=10r/m;"));
        const std::string limited = locationBlock(m_rendered.nginxConf, "@magasin_rate_limited_shop_login");
        QVERIFY(has(limited, "add_header Retry-After 6 always;"));
        QVERIFY(has(limited, "return 429 "));
    }

    void requestIdsAndJsonLog() {
        QVERIFY(has(m_rendered.nginxConf, "map $http_x_request_id $magasin_request_id {"));
        QVERIFY(has(m_rendered.nginxConf, "default $request_id;"));
        QVERIFY(has(m_rendered.nginxConf, "log_format magasin_json escape=json"));
        QVERIFY(has(m_rendered.nginxConf, "access_log /run/gw/logs/access.log magasin_json;"));
        const std::string block = locationBlock(m_rendered.nginxConf, "/api/catalogue/");
        QVERIFY(has(block, "proxy_set_header X-Request-ID $magasin_request_id;"));
        QVERIFY(has(block, "add_header X-Request-ID $magasin_request_id always;"));
    }

    void keysStayInTheConsumerMap() {
        for (const std::string& key : {kKeyPos, kKeyWeb, kKeyPartner}) {
            QVERIFY(!has(m_rendered.nginxConf, key));
        }
        QVERIFY(has(m_rendered.consumerMap, "\"~^" + kKeyPos + "$\" \"pos-desktop\";"));
        QVERIFY(has(m_rendered.consumerMap, "\"~^" + kKeyPartner + "$\" \"partner\";"));
    }

    void portMapAndTlsOptions() {
        NginxOptions options = m_options;
        options.portMap = {{8006, 41006}, {8005, 41005}};
        options.httpPort = 18080;
        options.httpsPort = 0;
        const std::string conf = NginxRenderer(options).render(m_config, testKeys(m_config)).nginxConf;
        QVERIFY(has(conf, "server 127.0.0.1:41006 max_fails=3"));
        QVERIFY(has(conf, "server 127.0.0.1:8001 max_fails=3"));
        QVERIFY(has(conf, "upstream up_ecommerce_8005 {\n        server 127.0.0.1:41005;"));
        QVERIFY(has(conf, "listen 127.0.0.1:18080;"));
        QVERIFY(!has(conf, " ssl;"));
        QVERIFY(has(m_rendered.nginxConf, "listen 127.0.0.1:8443 ssl;"));
    }

    void debiansNginxAcceptsTheRendering() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::filesystem::path prefix = dir.path().toStdString();
        NginxOptions options;
        options.prefix = prefix;
        options.consumerMapFile = prefix / "consumers.map";
        options.httpsPort = 0;  // certificates are exercised by the e2e test
        const RenderedNginx rendered = NginxRenderer(options).render(m_config, testKeys(m_config));
        std::filesystem::create_directories(prefix / "logs");
        std::filesystem::create_directories(prefix / "temp");
        std::ofstream(prefix / "nginx.conf") << rendered.nginxConf;
        std::ofstream(prefix / "consumers.map") << rendered.consumerMap;
        QProcess nginx;
        nginx.start(QStringLiteral("nginx"), {QStringLiteral("-t"), QStringLiteral("-p"), dir.path(),
                                              QStringLiteral("-c"), dir.path() + QStringLiteral("/nginx.conf"),
                                              QStringLiteral("-e"), dir.path() + QStringLiteral("/logs/error.log")});
        QVERIFY2(nginx.waitForFinished(10000), "nginx -t did not finish (is nginx installed?)");
        QVERIFY2(nginx.exitCode() == 0, nginx.readAllStandardError().constData());
    }
};

QTEST_GUILESS_MAIN(NginxRendererTest)
#include "nginx_renderer_test.moc"
