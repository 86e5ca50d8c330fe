// compose.yaml checked against kong.yml and the servers' documented environment (there is no Docker engine here to
// run it): every kong.yml target is a compose server listening there, one PostgreSQL per context with the seed's
// database names, a readiness healthcheck on every server, no port published but Kong's, Prometheus scraping all.
#include "magasin/catalogue/catalogue_server.hpp"
#include "magasin/commandes/commandes_server.hpp"
#include "magasin/ecommerce/ecommerce_server.hpp"
#include "magasin/gateway/kong_parser.hpp"
#include "magasin/inventaire/inventaire_server.hpp"
#include "magasin/server/server_main.hpp"
#include "magasin/supply_chain/supply_chain_server.hpp"

#include <yaml-cpp/yaml.h>

#include <QTest>

#include <map>
#include <regex>
#include <set>

using namespace magasin::gateway;

namespace {

const std::string kRoot = MAGASIN_SOURCE_DIR;

// The seed's context -> database.
const std::map<std::string, std::string> kDatabases{{"catalogue", "produits_db"},
                                                    {"inventaire", "inventaire_db"},
                                                    {"commandes", "commandes_db"},
                                                    {"supply-chain", "supply_chain_db"},
                                                    {"ecommerce", "ecommerce_db"}};

std::string env(const YAML::Node& service, const std::string& name) {
    const YAML::Node value = service["environment"][name];
    return value ? value.as<std::string>() : std::string();
}

// Compose services that run a Magasin server binary, by name -> context ("catalogue-2" -> "catalogue").
std::map<std::string, std::string> servers(const YAML::Node& compose) {
    std::map<std::string, std::string> found;
    for (const auto& entry : compose["services"]) {
        const YAML::Node command = entry.second["command"];
        if (!command || !command.IsSequence()) {
            continue;
        }
        const auto program = command[0].as<std::string>();
        const std::string binary = program.substr(0, program.find(' '));
        if (binary.rfind("magasin-", 0) == 0 && binary != "magasin-gateway-render") {
            found[entry.first.as<std::string>()] = binary.substr(8);
        }
    }
    return found;
}

bool isPostgres(const YAML::Node& service) {
    return service["image"] && service["image"].as<std::string>().rfind("postgres:", 0) == 0;
}

// A server's variables, as its --help documents them: the common ones and its definition's own.
const magasin::server::ServerDefinition& definitionOf(const std::string& context) {
    static const std::map<std::string, magasin::server::ServerDefinition> definitions{
        {"catalogue", magasin::catalogue::definition()},
        {"inventaire", magasin::inventaire::definition()},
        {"commandes", magasin::commandes::definition()},
        {"supply-chain", magasin::supply_chain::definition()},
        {"ecommerce", magasin::ecommerce::definition()}};
    return definitions.at(context);
}

std::vector<magasin::server::ConfigVar> variablesOf(const std::string& context) {
    const auto& definition = definitionOf(context);
    auto vars = magasin::server::commonConfigVars(definition);
    vars.insert(vars.end(), definition.vars.begin(), definition.vars.end());
    return vars;
}

}  // namespace

class ComposeTest : public QObject {
    Q_OBJECT

    YAML::Node m_compose;
    GatewayConfig m_kong;

private Q_SLOTS:
    void initTestCase() {
        m_compose = YAML::LoadFile(kRoot + "/compose.yaml");
        m_kong = KongParser::parseFile(kRoot + "/server/gateway/kong.yml");
        QCOMPARE(servers(m_compose).size(), std::size_t(7));
    }

    void everyKongTargetIsAComposeServerListeningThere() {
        const auto byName = servers(m_compose);
        for (const Service& service : m_kong.services) {
            for (const Target& target : m_kong.targetsOf(service)) {
                const std::string where = target.host + ":" + std::to_string(target.port);
                QVERIFY2(byName.count(target.host), ("no compose server named " + where).c_str());
                const YAML::Node server = m_compose["services"][target.host];
                QCOMPARE(env(server, "MAGASIN_PORT"), std::to_string(target.port));
                // Kong's service name begins with the context that must answer (commandes-sessions -> commandes).
                QVERIFY2(service.name.rfind(byName.at(target.host), 0) == 0, where.c_str());
                // In a container, loopback would be unreachable for Kong.
                QCOMPARE(env(server, "MAGASIN_HOST"), std::string("0.0.0.0"));
            }
        }
    }

    void kongReadsKongYmlWithItsKeysFilledIn() {
        const YAML::Node kong = m_compose["services"]["kong"];
        QVERIFY(kong["image"].as<std::string>().rfind("kong:3.9", 0) == 0);
        QCOMPARE(env(kong, "KONG_DATABASE"), std::string("off"));
        QCOMPARE(env(kong, "KONG_DECLARATIVE_CONFIG"), std::string("/kong/kong.yml"));
        QVERIFY(env(kong, "KONG_PROXY_LISTEN").find("8443 ssl") != std::string::npos);
        const YAML::Node config = m_compose["services"]["gateway-config"];
        QCOMPARE(config["volumes"][0].as<std::string>(),
                 std::string("./server/gateway/kong.yml:/etc/magasin/kong.yml:ro"));
        QVERIFY(config["command"][0].as<std::string>().find("--kong /kong/kong.yml") != std::string::npos);
        for (const Consumer& consumer : m_kong.consumers) {
            for (const std::string& variable : consumer.keyVariables) {
                QVERIFY2(env(config, variable).rfind("${" + variable + ":?", 0) == 0, variable.c_str());
            }
        }
    }

    // Each idle connection Kong keeps to a server holds one of the server's threads (httplib: a thread per
    // connection): Kong's pools must leave at least half of every server's threads free, and drop an idle connection
    // before the server does (else a POST may go out on a connection being closed).
    void kongsIdleConnectionsFitEveryServersThreads() {
        const YAML::Node kong = m_compose["services"]["kong"];
        const int processes = std::stoi(env(kong, "KONG_NGINX_WORKER_PROCESSES"));
        const int pool = std::stoi(env(kong, "KONG_UPSTREAM_KEEPALIVE_POOL_SIZE"));
        QVERIFY(std::stoi(env(kong, "KONG_UPSTREAM_KEEPALIVE_IDLE_TIMEOUT")) <
                magasin::server::HttpOptions{}.keepAliveTimeoutSeconds);
        for (const auto& [name, context] : servers(m_compose)) {
            const YAML::Node server = m_compose["services"][name];
            const std::string workers = env(server, "MAGASIN_WORKERS");
            const int threads = workers.empty() ? magasin::server::HttpOptions{}.workers : std::stoi(workers);
            QVERIFY2(processes * pool <= threads / 2, name.c_str());
        }
    }

    // The servers of one database together stay below its PostgreSQL's connections (100 by default, with a few kept
    // for administration): the pool is sized apart from the threads, which grew to 128 for idle connections.
    void theServersOfADatabaseFitItsConnections() {
        std::map<std::string, int> perDatabase;
        for (const auto& [name, context] : servers(m_compose)) {
            const YAML::Node server = m_compose["services"][name];
            const std::string url = env(server, "MAGASIN_DATABASE_URL");
            const std::string database = url.substr(url.find('@') + 1);
            const std::string pool = env(server, "MAGASIN_DB_CONNECTIONS");
            perDatabase[database] +=
                pool.empty() ? magasin::server::HttpOptions{}.databaseConnections : std::stoi(pool);
        }
        QVERIFY(!perDatabase.empty());
        for (const auto& [database, connections] : perDatabase) {
            QVERIFY2(connections <= 100 - 10, database.c_str());
        }
    }

    void onePostgresPerContextWithTheSeedsDatabase() {
        std::map<std::string, std::string> databaseOfHost;
        for (const auto& entry : m_compose["services"]) {
            if (isPostgres(entry.second)) {
                databaseOfHost[entry.first.as<std::string>()] = env(entry.second, "POSTGRES_DB");
                QVERIFY(entry.second["healthcheck"]);
            }
        }
        std::set<std::string> databases;
        for (const auto& [host, database] : databaseOfHost) {
            databases.insert(database);
        }
        QCOMPARE(databaseOfHost.size(), kDatabases.size());
        QCOMPARE(databases.size(), kDatabases.size());
        const std::regex url(R"(postgresql://magasin:\$\{MAGASIN_DB_PASSWORD:\?[^}]*\}@([a-z-]+):5432/([a-z_]+))");
        for (const auto& [name, context] : servers(m_compose)) {
            std::smatch match;
            const std::string databaseUrl = env(m_compose["services"][name], "MAGASIN_DATABASE_URL");
            QVERIFY2(std::regex_match(databaseUrl, match, url), databaseUrl.c_str());
            QVERIFY2(databaseOfHost.count(match[1]), name.c_str());
            QCOMPARE(databaseOfHost.at(match[1]), kDatabases.at(context));
            QCOMPARE(std::string(match[2]), kDatabases.at(context));
        }
    }

    void everyServerHasAReadinessHealthcheckAndDocumentedVariablesOnly() {
        for (const auto& [name, context] : servers(m_compose)) {
            std::set<std::string> documented;
            for (const auto& var : variablesOf(context)) {
                documented.insert(var.name);
                if (var.secret) {
                    documented.insert(var.name + "_FILE");
                }
            }
            const YAML::Node server = m_compose["services"][name];
            const YAML::Node test = server["healthcheck"]["test"];
            QVERIFY2(test && test.IsSequence(), name.c_str());
            const std::string url = test[test.size() - 1].as<std::string>();
            QCOMPARE(url, "http://127.0.0.1:" + env(server, "MAGASIN_PORT") + "/health/ready");
            QVERIFY2(server["build"]["dockerfile"].as<std::string>() == "packaging/docker/Dockerfile.server",
                     name.c_str());
            for (const auto& variable : server["environment"]) {
                const auto key = variable.first.as<std::string>();
                QVERIFY2(documented.count(key), (name + ": " + key + " is not a documented server variable").c_str());
            }
            // Every variable the server requires (no default) is set, or its secret file is: else it exits 2.
            for (const auto& var : variablesOf(context)) {
                if (!var.defaultValue) {
                    QVERIFY2(!env(server, var.name).empty() || (var.secret && !env(server, var.name + "_FILE").empty()),
                             (name + " lacks " + var.name + ", which " + context + " requires").c_str());
                }
            }
            QVERIFY2(!env(server, "MAGASIN_INSTANCE").empty(), (name + " has no instance name").c_str());
        }
    }

    void onlyKongIsPublished() {
        for (const auto& entry : m_compose["services"]) {
            const auto name = entry.first.as<std::string>();
            const YAML::Node ports = entry.second["ports"];
            if (name == "kong") {
                QCOMPARE(ports[0].as<std::string>(), std::string("8443:8443"));
                QVERIFY(ports[1].as<std::string>().rfind("127.0.0.1:", 0) == 0);
            } else if (ports) {
                // Grafana may listen on the host's loopback; nothing else is published at all.
                QVERIFY2(name == "grafana" && ports[0].as<std::string>().rfind("127.0.0.1:", 0) == 0, name.c_str());
            }
        }
    }

    void prometheusScrapesEveryServerAndKong() {
        const YAML::Node prometheus = YAML::LoadFile(kRoot + "/packaging/prometheus/prometheus.yml");
        std::set<std::string> scraped;
        for (const auto& job : prometheus["scrape_configs"]) {
            for (const auto& group : job["static_configs"]) {
                for (const auto& target : group["targets"]) {
                    scraped.insert(target.as<std::string>());
                }
            }
        }
        std::set<std::string> expected{"kong:" + env(m_compose["services"]["kong"], "KONG_STATUS_LISTEN").substr(8)};
        for (const auto& [name, context] : servers(m_compose)) {
            expected.insert(name + ":" + env(m_compose["services"][name], "MAGASIN_PORT"));
        }
        QCOMPARE(scraped, expected);
    }
};

QTEST_GUILESS_MAIN(ComposeTest)
#include "compose_test.moc"
