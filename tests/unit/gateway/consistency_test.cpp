// THE consistency check between kong.yml (what Kong deploys) and the nginx configuration rendered from it (what runs
// locally): the same route prefixes, the same upstream targets, the same consumers, and nothing else. kong.yml is
// read here with yaml-cpp directly, not through the parser, so that a route the parser or the renderer drops shows.
// The rows on modified copies prove that the check fails when the two disagree.
#include "magasin/gateway/kong_parser.hpp"
#include "magasin/gateway/nginx_renderer.hpp"

#include <yaml-cpp/yaml.h>

#include <QTest>

#include <regex>
#include <set>

using namespace magasin::gateway;

namespace {

struct Surface {
    std::set<std::string> prefixes;
    std::set<std::string> targets;  // host:port
    std::set<std::string> consumers;
};

// What kong.yml says, straight from the YAML.
Surface fromKong(const YAML::Node& kong) {
    Surface surface;
    std::set<std::string> upstreams;
    for (const auto& upstream : kong["upstreams"]) {
        upstreams.insert(upstream["name"].as<std::string>());
        for (const auto& target : upstream["targets"]) {
            surface.targets.insert(target["target"].as<std::string>());
        }
    }
    for (const auto& service : kong["services"]) {
        const auto host = service["host"].as<std::string>();
        if (!upstreams.count(host)) {
            surface.targets.insert(host + ":" + service["port"].as<std::string>());
        }
        for (const auto& route : service["routes"]) {
            for (const auto& path : route["paths"]) {
                surface.prefixes.insert(path.as<std::string>());
            }
        }
    }
    for (const auto& consumer : kong["consumers"]) {
        surface.consumers.insert(consumer["username"].as<std::string>());
    }
    return surface;
}

// What nginx will do, read back from the rendered text.
Surface fromNginx(const RenderedNginx& rendered) {
    Surface surface;
    const std::regex location(R"(\n\s*location (?:= )?(/[^ ]*) \{)");
    for (std::sregex_iterator it(rendered.nginxConf.begin(), rendered.nginxConf.end(), location), end; it != end;
         ++it) {
        std::string path = (*it)[1];
        if (path.size() > 1 && path.back() == '/') {
            path.pop_back();
        }
        if (path != "/") {  // the catch-all 404
            surface.prefixes.insert(path);
        }
    }
    const std::regex server(R"(\n\s*server ([^ ;]+:[0-9]+)[ ;])");
    for (std::sregex_iterator it(rendered.nginxConf.begin(), rendered.nginxConf.end(), server), end; it != end; ++it) {
        surface.targets.insert((*it)[1]);
    }
    const std::regex consumer(R"re("~\^[^"]+\$" "([^"]+)";)re");
    for (std::sregex_iterator it(rendered.consumerMap.begin(), rendered.consumerMap.end(), consumer), end; it != end;
         ++it) {
        surface.consumers.insert((*it)[1]);
    }
    return surface;
}

void compare(const std::string& what, const std::set<std::string>& kong, const std::set<std::string>& nginx,
             std::vector<std::string>& problems) {
    for (const std::string& item : kong) {
        if (!nginx.count(item)) {
            problems.push_back(what + " " + item + " is in kong.yml but not in the nginx configuration");
        }
    }
    for (const std::string& item : nginx) {
        if (!kong.count(item)) {
            problems.push_back(what + " " + item + " is in the nginx configuration but not in kong.yml");
        }
    }
}

std::vector<std::string> disagreements(const YAML::Node& kong, const RenderedNginx& rendered) {
    const Surface expected = fromKong(kong);
    const Surface actual = fromNginx(rendered);
    std::vector<std::string> problems;
    compare("route", expected.prefixes, actual.prefixes, problems);
    compare("target", expected.targets, actual.targets, problems);
    compare("consumer", expected.consumers, actual.consumers, problems);
    return problems;
}

RenderedNginx render(const YAML::Node& kong) {
    const GatewayConfig config = KongParser::parse(YAML::Dump(kong));
    const ApiKeys apiKeys = ApiKeys::fromEnvironment(
        config, [&](const std::string& name) { return std::optional<std::string>(name + std::string(40, 'k')); });
    NginxOptions options;
    options.prefix = "/run/gw";
    options.consumerMapFile = "/run/gw/consumers.map";
    options.upstreamHost.clear();  // keep kong.yml's hosts so that targets compare exactly
    return NginxRenderer(options).render(config, apiKeys);
}

YAML::Node loadKong() {
    return YAML::LoadFile(MAGASIN_SOURCE_DIR "/server/gateway/kong.yml");
}

QString joined(const std::vector<std::string>& lines) {
    QString text;
    for (const std::string& line : lines) {
        text += QString::fromStdString(line) + QLatin1Char('\n');
    }
    return text;
}

}  // namespace

class GatewayConsistencyTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kongYmlAndItsRenderingAgree() {
        const YAML::Node kong = loadKong();
        const std::vector<std::string> problems = disagreements(kong, render(kong));
        QVERIFY2(problems.empty(), qPrintable(joined(problems)));
        // The check saw something: eight prefixes, seven targets, three consumers.
        const Surface surface = fromNginx(render(kong));
        QCOMPARE(surface.prefixes.size(), std::size_t(8));
        QCOMPARE(surface.targets.size(), std::size_t(7));
        QCOMPARE(surface.consumers.size(), std::size_t(3));
    }

    // Each row changes one side only and expects the check to name the difference.
    void disagreementsAreFound_data() {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a route only in kong.yml")
            << "route"
            << "route /api/loyalty is in kong.yml but not in the nginx configuration";
        QTest::newRow("a target only in the rendering")
            << "target"
            << "target catalogue-4:8008 is in the nginx configuration but not in kong.yml";
        QTest::newRow("a consumer only in kong.yml")
            << "consumer"
            << "consumer kiosk is in kong.yml but not in the nginx configuration";
        QTest::newRow("a service port changed in kong.yml")
            << "port"
            << "target inventaire:8012 is in kong.yml but not in the nginx configuration";
    }
    void disagreementsAreFound() {
        QFETCH(QString, change);
        QFETCH(QString, expected);
        const YAML::Node original = loadKong();
        YAML::Node modified = YAML::Clone(original);
        YAML::Node kongSide = original;
        RenderedNginx rendered = render(original);
        if (change == QLatin1String("route")) {
            YAML::Node route;
            route["name"] = "loyalty-api";
            route["paths"].push_back("/api/loyalty");
            modified["services"][1]["routes"].push_back(route);
            kongSide = modified;
        } else if (change == QLatin1String("target")) {
            YAML::Node target;
            target["target"] = "catalogue-4:8008";
            modified["upstreams"][0]["targets"].push_back(target);
            rendered = render(modified);
        } else if (change == QLatin1String("consumer")) {
            YAML::Node consumer;
            consumer["username"] = "kiosk";
            consumer["keyauth_credentials"][0]["key"] = "${{ env \"DECK_MAGASIN_API_KEY_KIOSK\" }}";
            modified["consumers"].push_back(consumer);
            kongSide = modified;
        } else {
            modified["services"][1]["port"] = 8012;
            kongSide = modified;
        }
        const std::vector<std::string> problems = disagreements(kongSide, rendered);
        QVERIFY2(joined(problems).contains(expected), qPrintable(joined(problems)));
    }
};

QTEST_GUILESS_MAIN(GatewayConsistencyTest)
#include "consistency_test.moc"
