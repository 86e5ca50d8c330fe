// The terminal with a 300,000-product catalogue: initial sync of the catalogue feed from a local HTTP feed, journal
// size, resident memory, cold open of the journal, search latency while typing, and scan-to-line latency.
// Usage: client_catalogue_bench [products=300000 [journal]]; prints a Markdown table (docs/performance.md records the
// figures).
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <random>
#include <thread>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "magasin/client/catalogue_cache.hpp"
#include "magasin/client/journal.hpp"
#include "magasin/client/outbox.hpp"
#include "magasin/client/sale_register.hpp"
#include "magasin/client/sync_engine.hpp"
#include "magasin/domain/barcode.hpp"

using nlohmann::json;
namespace client = magasin::client;
namespace domain = magasin::domain;

namespace {

const char* kNouns[] = {"Clavier",  "Souris",   "Café",     "Écouteurs", "Chocolat", "Thé",
                        "Lampe",    "Chaise",   "Bureau",   "Câble",     "Écran",    "Chandail",
                        "Pantalon", "Biscuit",  "Jus",      "Crème",     "Sirop",    "Bonbon",
                        "Fauteuil", "Étagère",  "Manteau",  "Tuque",     "Mitaines", "Haut-parleur",
                        "Chargeur", "Tablette", "Moniteur", "Boisson",   "Gâteau",   "Caramel"};
const char* kAdjectives[] = {"mécanique",  "optique",  "biologique", "sans fil", "noir",  "vert",     "ergonomique",
                             "équitable",  "léger",    "épais",      "doré",     "glacé", "régulier", "premium",
                             "économique", "français", "québécois",  "fumé",     "sucré", "salé"};
const char* kBrands[] = {"Boréal",   "Laurentide", "Érable",   "Fleuve", "Outaouais",
                         "Saguenay", "Gaspé",      "Mauricie", "Estrie", "Abitibi"};
const char* kCategories[] = {"Informatique", "Boissons", "Confiserie", "Électronique", "Meubles", "Vêtements"};

std::string barcodeOf(std::int64_t i) {
    char payload[13];
    std::snprintf(payload, sizeof payload, "2%011lld", static_cast<long long>(i));
    return std::string(payload) + std::to_string(domain::Barcode::checkDigit(payload));
}

json productOf(std::int64_t i) {
    char id[37];
    std::snprintf(id, sizeof id, "00000000-0000-7000-8000-%012llx", static_cast<unsigned long long>(i));
    char sku[16];
    std::snprintf(sku, sizeof sku, "%c%c%c%04lld", 'A' + int(i % 26), 'A' + int(i / 26 % 26), 'A' + int(i / 676 % 26),
                  static_cast<long long>(i % 10000));
    const std::string name = std::string(kNouns[i % 30]) + " " + kAdjectives[i / 30 % 20] + " " +
                             kBrands[i / 600 % 10] + " " + std::to_string(i);
    return {{"id", id},
            {"name", name},
            {"category", kCategories[i % 6]},
            {"price_cents", 99 + (i * 7919) % 100000},
            {"description", std::string("Produit ") + kAdjectives[i % 20] + " de la gamme " + kBrands[i % 10]},
            {"sku", sku},
            {"barcodes", json::array({barcodeOf(i)})},
            {"taxable", i % 5 != 0},
            {"active", true},
            {"created_at", "2026-11-25T00:00:00.000Z"},
            {"modified_at", "2026-11-25T00:00:00.000Z"}};
}

long statusKiB(const char* key) {
    QFile f(QStringLiteral("/proc/self/status"));
    f.open(QIODevice::ReadOnly);
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(key)) {
            return line.mid(static_cast<int>(std::strlen(key))).trimmed().split(' ').front().toLong();
        }
    }
    return -1;
}

struct Percentiles {
    double p50 = 0, p95 = 0, max = 0;
    std::size_t n = 0;
};

Percentiles percentiles(std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    Percentiles p;
    p.n = ms.size();
    p.p50 = ms[ms.size() / 2];
    p.p95 = ms[std::min(ms.size() - 1, ms.size() * 95 / 100)];
    p.max = ms.back();
    return p;
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const std::int64_t total = argc > 1 ? std::atoll(argv[1]) : 300'000;

    // The feed: catalogue pages of up to 1000 (the servers' kMaxLimit), built on request like the catalogue does.
    httplib::Server server;
    server.set_tcp_nodelay(true);
    server.Get(R"(/(cat|inv|cmd)/v1/sync/changes)", [total](const httplib::Request& req, httplib::Response& res) {
        const auto since = std::stoll(req.get_param_value("since"));
        const auto limit = std::stoll(req.get_param_value("limit"));
        json changes = json::array();
        std::int64_t cursor = since;
        if (req.matches[1] == "cat") {
            for (std::int64_t i = since; i < std::min<std::int64_t>(total, since + limit); ++i) {
                changes.push_back({{"seq", i + 1},
                                   {"entity", "product"},
                                   {"id", productOf(i)["id"]},
                                   {"op", "upsert"},
                                   {"data", productOf(i)}});
                cursor = i + 1;
            }
        }
        const bool more = req.matches[1] == "cat" && cursor < total;
        res.set_content(json{{"changes", changes}, {"cursor", cursor}, {"has_more", more}}.dump(), "application/json");
    });
    server.Post("/cmd/v1/devices/token", [](const httplib::Request&, httplib::Response& res) {
        res.set_content(R"({"access_token":"t","expires_in":900})", "application/json");
    });
    const int port = server.bind_to_any_port("127.0.0.1");
    std::thread serving([&] { server.listen_after_bind(); });
    // stop() before the listening loop runs would be lost and join() would wait forever.
    while (!server.is_running()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }

    if (qEnvironmentVariableIsSet("BENCH_TRACE")) {
        httplib::Client probe("127.0.0.1", port);
        QElapsedTimer t;
        t.start();
        auto r = probe.Get("/cat/v1/sync/changes?since=0&limit=1000",
                           {{"Accept-Encoding", qEnvironmentVariable("BENCH_ENCODING").toStdString()}});
        std::fprintf(stderr, "httplib client: %lld ms for %zu bytes\n", static_cast<long long>(t.elapsed()),
                     r ? r->body.size() : 0);
    }
    QTemporaryDir dir;
    // A second argument names a journal to keep: synced when missing, reused as is when present (to measure search
    // again without a new sync).
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("journal.sqlite"));
    const bool reuse = argc > 2 && QFileInfo::exists(path);
    const long rssBefore = statusKiB("VmRSS:");
    double syncSeconds = 0;
    if (!reuse) {
        client::Journal journal(path);
        client::QtHttpTransport qt;
        struct Timed : client::HttpTransport {
            client::HttpTransport& inner;
            explicit Timed(client::HttpTransport& i) : inner(i) {}
            client::HttpResponse send(const client::HttpRequest& r) override {
                QElapsedTimer t;
                t.start();
                auto response = inner.send(r);
                if (qEnvironmentVariableIsSet("BENCH_TRACE")) {
                    std::fprintf(stderr, "%s %lld ms %lld bytes\n", r.url.path().toUtf8().constData(),
                                 static_cast<long long>(t.elapsed()), static_cast<long long>(response.body.size()));
                }
                return response;
            }
        } transport(qt);
        client::ServerEndpoints endpoints;
        endpoints.catalogue = QUrl(QStringLiteral("http://127.0.0.1:%1/cat").arg(port));
        endpoints.inventaire = QUrl(QStringLiteral("http://127.0.0.1:%1/inv").arg(port));
        endpoints.commandes = QUrl(QStringLiteral("http://127.0.0.1:%1/cmd").arg(port));
        client::ApiClient api(transport, endpoints);
        client::SyncEngine engine(journal, api,
                                  {domain::DeviceId::parse("0190f0a0-0000-7000-8000-000000000001"),
                                   domain::StoreId::parse("33333333-3333-3333-3333-333333333331"), "bench", "dc_x"},
                                  domain::systemClock());
        QElapsedTimer timer;
        timer.start();
        const auto round = engine.pull();
        syncSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        if (!round.complete || client::CatalogueCache(journal).count() != total) {
            std::fprintf(stderr, "sync failed: %s\n", round.error.toUtf8().constData());
            return 1;
        }
    }
    const long rssAfterSync = statusKiB("VmRSS:");
    const long hwmAfterSync = statusKiB("VmHWM:");
    server.stop();
    serving.join();

    // Cold open: a fresh connection on the file, then the first search and the first scan (what a POS screen needs
    // before it is usable; the OS page cache is warm, as after a restart of the app, not of the machine).
    QElapsedTimer cold;
    cold.start();
    client::Journal journal(path);
    client::CatalogueCache cache(journal);
    (void)cache.search(QStringLiteral("cafe"), 20);
    (void)cache.byBarcode(barcodeOf(12345));
    const double coldMs = static_cast<double>(cold.nsecsElapsed()) / 1e6;

    // Typing: every prefix of 60 words a cashier might type, one search per keystroke, 20 results.
    const char* words[] = {"clavier",        "souris",       "cafe",        "ecouteurs",     "chocolat",
                           "the vert",       "lampe",        "chaise noir", "bureau",        "cable",
                           "ecran",          "chandail",     "pantalon",    "biscuit sucre", "jus",
                           "creme",          "sirop erable", "bonbon",      "fauteuil",      "etagere",
                           "manteau",        "tuque",        "mitaines",    "haut-parleur",  "chargeur sans fil",
                           "tablette",       "moniteur",     "boisson",     "gateau",        "caramel",
                           "boreal",         "laurentide",   "fleuve",      "outaouais",     "saguenay",
                           "gaspe",          "mauricie",     "estrie",      "abitibi",       "premium",
                           "economique",     "quebecois",    "fume",        "sale",          "glace",
                           "dore",           "epais",        "leger",       "equitable",     "ergonomique",
                           "mecanique",      "optique",      "biologique",  "12345",         "cafe boreal",
                           "souris optique", "ecran 2999",   "produit",     "gamme",         "informatique"};
    std::vector<double> searchMs;
    std::size_t hits = 0;
    for (const char* word : words) {
        const QString text = QString::fromUtf8(word);
        for (int n = 1; n <= text.size(); ++n) {
            QElapsedTimer t;
            t.start();
            hits += cache.search(text.left(n), 20).size();
            searchMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        }
    }
    // Scan to line: barcode lookup, then the line and the cart's totals by the domain's rules.
    domain::UuidV7Generator ids(domain::systemClock(), domain::systemRandom());
    client::Outbox outbox(journal, domain::DeviceId::parse("0190f0a0-0000-7000-8000-000000000001"),
                          domain::systemClock(), [&] { return ids.next(); });
    client::SaleRegister desk(journal, outbox, domain::StoreId::parse("33333333-3333-3333-3333-333333333331"),
                              domain::systemClock());
    std::mt19937_64 random(42);
    std::vector<double> scanMs;
    std::vector<client::CartLine> cart;
    for (int i = 0; i < 2000; ++i) {
        const auto code = barcodeOf(static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(total)));
        QElapsedTimer t;
        t.start();
        const auto product = cache.byBarcode(domain::Barcode::parse(code).digits());
        cart.push_back({product->id, product->name, product->priceCents, 1, product->taxable, 0, std::nullopt});
        if (cart.size() > 50) {
            cart.erase(cart.begin());
        }
        (void)desk.totalsOf(cart);
        scanMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    const auto search = percentiles(searchMs);
    const auto scan = percentiles(scanMs);
    std::printf("| measure | value |\n|---|---|\n");
    std::printf("| products | %lld |\n", static_cast<long long>(total));
    std::printf("| initial sync (catalogue feed, pages of 1000) | %.1f s (%.0f products/s) |\n", syncSeconds,
                static_cast<double>(total) / syncSeconds);
    std::printf(
        "| journal file after sync | %.0f MiB |\n",
        static_cast<double>(QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()) / 1048576.0);
    std::printf("| RSS before / after sync / peak | %ld / %ld / %ld MiB |\n", rssBefore / 1024, rssAfterSync / 1024,
                hwmAfterSync / 1024);
    std::printf("| cold open + first search + first scan | %.1f ms |\n", coldMs);
    std::printf("| search while typing (%zu keystrokes, 20 results) p50 / p95 / max | %.2f / %.2f / %.2f ms |\n",
                search.n, search.p50, search.p95, search.max);
    std::printf("| scan to line (lookup + 50-line cart totals) p50 / p95 / max | %.3f / %.3f / %.3f ms |\n", scan.p50,
                scan.p95, scan.max);
    std::printf("| RSS at the end | %ld MiB |\n", statusKiB("VmRSS:") / 1024);
    std::fprintf(stderr, "(%zu search results in total)\n", hits);
    return 0;
}
