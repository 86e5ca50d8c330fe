// The seed's quality scenario P1 through the gateway: virtual users (web customers browsing, searching, updating
// their carts and checking out at a paced rate; store terminals recording sales and polling the change feeds), each
// request timed per endpoint; then the cost of each request kind alone; then a stress ramp of concurrency until the
// first errors or p95 > 500 ms. Samples CPU and memory of the stack's processes from /proc throughout.
// Usage: magasin-p1-load --gateway=URL --ecommerce=URL --commandes=URL --web-key=K --pos-key=K --out=DIR [options]
//   --users=50 --terminal-share=5 (one user in 5 is a terminal) --seconds=60 --warmup=5 --checkouts-per-minute=60
//   --products=N (seeded catalogue ids 00000000-0000-7000-8000-<i>, 0 for the demo products only)
//   --cost-seconds=5 (0: skip) --stress=50,100,200 --stress-seconds=10 --process=name=pid (repeatable)
// Writes DIR/p1-endpoints.tsv, p1-timeline.tsv, processes.tsv, p1-processes.tsv, cost.tsv, stress.tsv, summary.json.
#include <httplib.h>

#include <unistd.h>

#include <dirent.h>
#include <array>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <mutex>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "load_common.hpp"

using namespace magasin::load;
using Clock = std::chrono::steady_clock;

namespace {

// Request kinds, each timed on its own.
enum Endpoint : std::uint8_t {
    kSearch,
    kProductGet,
    kCategories,
    kCartAdd,
    kCartUpdate,
    kCartGet,
    kCheckout,
    kStoreSale,
    kStockGet,
    kFeedCatalogue,
    kFeedInventaire,
    kFeedCommandes,
    kSyncPush,
    kEndpointCount
};
constexpr std::array<const char*, kEndpointCount> kEndpointNames = {
    "GET catalogue /v1/products?q= (search)",
    "GET catalogue /v1/products/{id}",
    "GET catalogue /v1/categories",
    "POST ecommerce /v1/carts/me/lines",
    "PUT ecommerce /v1/carts/me/lines/{id}",
    "GET ecommerce /v1/carts/me",
    "POST ecommerce /v1/checkouts",
    "POST commandes /v1/sales (store sale)",
    "GET inventaire /v1/stocks/{store}/{product}",
    "GET catalogue /v1/sync/changes",
    "GET inventaire /v1/sync/changes",
    "GET commandes /v1/sync/changes",
    "POST commandes /v1/sync/commands (1 sale)",
};
constexpr std::array<const char*, kEndpointCount> kShortNames = {
    "search", "product_get", "categories",     "cart_add",        "cart_update",    "cart_get", "checkout",
    "sale",   "stock_get",   "feed_catalogue", "feed_inventaire", "feed_commandes", "sync_push"};

struct Sample {
    std::uint32_t atMs;  // since the run's start
    float ms;
    std::uint16_t status;  // 0: no answer (transport error or timeout)
    std::uint8_t endpoint;
    std::uint8_t phase;
};

bool ok(std::uint8_t endpoint, int status) {
    (void)endpoint;
    return status >= 200 && status < 300;
}

const std::vector<std::string> kQueries = {"clavier",
                                           "souris",
                                           "cafe",
                                           "caf%C3%A9",
                                           "ecouteurs",
                                           "chocolat",
                                           "lampe",
                                           "chaise",
                                           "cable",
                                           "c%C3%A2ble",
                                           "clavier%20sans%20fil",
                                           "souris%20optique",
                                           "the%20vert",
                                           "bio",
                                           "noir",
                                           "bluetooth",
                                           "clav",
                                           "ecou",
                                           "ergonomique",
                                           "bureau",
                                           "table",
                                           "veste",
                                           "chandail",
                                           "biscuits",
                                           "jus",
                                           "ecran",
                                           "%C3%A9cran",
                                           "casque"};
const std::vector<std::string> kFilters = {"", "&category=Informatique", "&min_price_cents=1000&max_price_cents=5000",
                                           "&page=2"};

struct Options {
    Target gateway, ecommerce, commandes;
    std::string webKey, posKey, out = ".";
    int users = 50, terminalShare = 5, seconds = 60, warmup = 5, products = 0, costSeconds = 5, stressSeconds = 10;
    double checkoutsPerMinute = 60;
    std::vector<int> stress;
    std::vector<std::pair<std::string, int>> processes;
};

// Everything the virtual users share.
struct Shared {
    Options options;
    Clock::time_point start;
    std::vector<std::string> customers;  // session tokens
    std::vector<Terminal> terminals;
    std::mutex mutex;
    std::mutex pushMutex;
    std::vector<Sample> samples;
    // Checkouts are paced over all users: the next one may start at this time (ms since start).
    std::atomic<long long> nextCheckoutMs{0};
    std::atomic<double> checkoutIntervalMs{1000};
    std::atomic<std::uint8_t> phase{0};

    std::uint32_t nowMs() const {
        return static_cast<std::uint32_t>(
            std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count());
    }
    bool claimCheckout() {
        const long long now = nowMs();
        long long next = nextCheckoutMs.load();
        while (now >= next) {
            if (nextCheckoutMs.compare_exchange_weak(
                    next, std::max(next, now - 1000) + static_cast<long long>(checkoutIntervalMs.load()))) {
                return true;
            }
        }
        return false;
    }
};

std::string productId(std::mt19937& rng, int seeded) {
    if (seeded <= 0 || rng() % 10 == 0) {
        return kProducts[rng() % std::size(kProducts)];
    }
    char text[40];
    std::snprintf(text, sizeof text, "00000000-0000-7000-8000-%012llx",
                  static_cast<unsigned long long>(1 + rng() % static_cast<unsigned>(seeded)));
    return text;
}

// One virtual user: a keep-alive connection to the gateway and its own samples.
class User {
public:
    User(Shared& shared, int index, std::uint8_t kindOnly = kEndpointCount)
        : m_shared(shared),
          m_index(index),
          m_kindOnly(kindOnly),
          m_rng(static_cast<unsigned>(index) * 7919u + 17u),
          m_client(client(shared.options.gateway, std::chrono::seconds(10))) {}

    bool isTerminal() const { return m_index % m_shared.options.terminalShare == m_shared.options.terminalShare - 1; }

    void run(const std::atomic<bool>& stop) {
        while (!stop.load()) {
            if (m_kindOnly != kEndpointCount) {
                isolated();
            } else if (isTerminal()) {
                terminalRound();
            } else {
                webRound();
            }
        }
        const std::lock_guard lock(m_shared.mutex);
        m_shared.samples.insert(m_shared.samples.end(), m_samples.begin(), m_samples.end());
    }

private:
    const std::string& customer() const {
        const auto& all = m_shared.customers;
        return all[static_cast<std::size_t>(m_index) % all.size()];
    }
    Terminal& terminal() {
        auto& all = m_shared.terminals;
        return all[static_cast<std::size_t>(m_index) % all.size()];
    }

    httplib::Result timed(Endpoint endpoint, const std::function<httplib::Result()>& call) {
        const auto before = Clock::now();
        auto r = call();
        const float ms = std::chrono::duration<float, std::milli>(Clock::now() - before).count();
        const int status = r ? r->status : 0;
        m_samples.push_back(
            {m_shared.nowMs(), ms, static_cast<std::uint16_t>(status), endpoint, m_shared.phase.load()});
        if (!ok(endpoint, status) && m_errorsShown++ < 3) {
            std::fprintf(stderr, "%s: %d %s\n", kShortNames[endpoint], status,
                         r ? r->body.substr(0, 300).c_str() : httplib::to_string(r.error()).c_str());
        }
        return r;
    }

    httplib::Headers webHeaders(bool withSession) const {
        httplib::Headers h{{"X-API-Key", m_shared.options.webKey}};
        if (withSession) {
            h.emplace("Authorization", "Bearer " + customer());
        }
        return h;
    }
    httplib::Headers posHeaders() {
        return {{"X-API-Key", m_shared.options.posKey}, {"Authorization", "Bearer " + terminal().token}};
    }

    void search() {
        const std::string path =
            "/api/catalogue/v1/products?q=" + kQueries[m_rng() % kQueries.size()] + kFilters[m_rng() % kFilters.size()];
        timed(kSearch, [&] { return m_client.Get(path, webHeaders(false)); });
    }
    void productGet() {
        const std::string path = "/api/catalogue/v1/products/" + productId(m_rng, m_shared.options.products);
        timed(kProductGet, [&] { return m_client.Get(path, webHeaders(false)); });
    }
    void cartAdd(const std::string& product) {
        const std::string body = json{{"product_id", product}, {"quantity", 1}}.dump();
        timed(kCartAdd, [&] {
            return m_client.Post("/api/ecommerce/v1/carts/me/lines", webHeaders(true), body, "application/json");
        });
    }
    void cartUpdate(const std::string& product) {
        const std::string body = json{{"quantity", 1 + static_cast<int>(m_rng() % 3)}}.dump();
        timed(kCartUpdate, [&] {
            return m_client.Put("/api/ecommerce/v1/carts/me/lines/" + product, webHeaders(true), body,
                                "application/json");
        });
    }
    void checkout() {
        httplib::Headers h = webHeaders(true);
        h.emplace("Idempotency-Key", newId());
        timed(kCheckout, [&] { return m_client.Post("/api/ecommerce/v1/checkouts", h, "{}", "application/json"); });
    }
    void storeSale() {
        Terminal& t = terminal();
        json body = magasin::load::storeSale(kStores[t.store]);
        body["staff_id"] = t.staff;  // a device token names the till; the cashier who rang the sale is in the body
        httplib::Headers h = posHeaders();
        h.emplace("Idempotency-Key", body["id"].get<std::string>());
        const std::string text = body.dump();
        timed(kStoreSale, [&] { return m_client.Post("/api/commandes/v1/sales", h, text, "application/json"); });
    }
    void syncPush() {
        Terminal& t = terminal();
        const std::lock_guard lock(m_shared.pushMutex);  // one pusher per device at a time, with a gapless seq
        const long long seq = t.queue.empty() ? 1 : t.queue.back().get<long long>() + 1;
        const json command = {{"command_id", newId()},
                              {"device_id", t.id},
                              {"device_seq", seq},
                              {"type", "RecordSale"},
                              {"issued_at", magasin::domain::toIso8601(magasin::domain::systemClock()())},
                              {"staff_id", t.staff},
                              {"payload", magasin::load::storeSale(kStores[t.store])}};
        const std::string body = json{{"device_id", t.id}, {"commands", json::array({command})}}.dump();
        auto r = timed(kSyncPush, [&] {
            return m_client.Post("/api/commandes/v1/sync/commands", posHeaders(), body, "application/json");
        });
        if (r && r->status == 200) {
            t.queue = json::array({seq});
        }
    }
    void stockGet() {
        const std::string path = std::string("/api/inventaire/v1/stocks/") + kStores[terminal().store].id + "/" +
                                 kProducts[m_rng() % std::size(kProducts)];
        timed(kStockGet, [&] { return m_client.Get(path, posHeaders()); });
    }
    // A terminal polls each feed from its cursor; the first poll of a run bootstraps (since=0) page by page.
    void feed(Endpoint endpoint, const char* service, long long& cursor) {
        const std::string path =
            std::string("/api/") + service + "/v1/sync/changes?since=" + std::to_string(cursor) + "&limit=500";
        auto r = timed(endpoint, [&] { return m_client.Get(path, posHeaders()); });
        if (r && r->status == 200) {
            const json page = json::parse(r->body, nullptr, false);
            if (page.is_object() && page.contains("cursor")) {
                const auto& c = page["cursor"];
                cursor = c.is_number() ? c.get<long long>() : std::stoll(c.get<std::string>());
            }
        }
    }

    // A customer: search twice, look at two products, put one in the cart, change a quantity, look at the cart, and
    // check out when the pace allows (P1: at least 20 web orders a minute over all users).
    void webRound() {
        search();
        productGet();
        search();
        productGet();
        if (m_rng() % 8 == 0) {
            timed(kCategories, [&] { return m_client.Get("/api/catalogue/v1/categories", webHeaders(false)); });
        }
        const std::string product = kProducts[m_rng() % std::size(kProducts)];
        cartAdd(product);
        cartUpdate(product);
        timed(kCartGet, [&] { return m_client.Get("/api/ecommerce/v1/carts/me", webHeaders(true)); });
        if (m_shared.claimCheckout()) {
            checkout();
        }
    }
    // A till: one sale, a stock check, and the three feeds every few sales (the sync agent's poll).
    void terminalRound() {
        storeSale();
        stockGet();
        if (m_round++ % 4 == 0) {
            feed(kFeedCatalogue, "catalogue", m_cursors[0]);
            feed(kFeedInventaire, "inventaire", m_cursors[1]);
            feed(kFeedCommandes, "commandes", m_cursors[2]);
        }
    }
    // One request kind alone, for its cost.
    void isolated() {
        switch (m_kindOnly) {
            case kSearch: search(); break;
            case kProductGet: productGet(); break;
            case kCartUpdate: {
                const std::string product = kProducts[m_rng() % std::size(kProducts)];
                cartAdd(product);  // a PUT needs the line: add, then change its quantity (both are counted)
                cartUpdate(product);
                break;
            }
            case kCheckout: {
                cartAdd(kProducts[m_rng() % std::size(kProducts)]);
                checkout();
                break;
            }
            case kStoreSale: storeSale(); break;
            case kSyncPush: syncPush(); break;
            case kFeedCatalogue: {
                long long caughtUp = m_cursors[0];
                feed(kFeedCatalogue, "catalogue", m_cursors[0]);
                if (m_cursors[0] != caughtUp) {
                    m_samples.pop_back();  // bootstrap pages are not the steady poll being costed
                }
                break;
            }
            default: break;
        }
    }

    Shared& m_shared;
    int m_index;
    std::uint8_t m_kindOnly;
    std::mt19937 m_rng;
    httplib::Client m_client;
    std::vector<Sample> m_samples;
    long long m_cursors[3] = {0, 0, 0};
    unsigned m_round = 0;
    int m_errorsShown = 0;
};

// CPU (utime + stime of a process and its direct children) and memory, read from /proc.
struct ProcessSample {
    double cpuSeconds = 0;
    double residentMiB = 0;
};
long readLong(const std::string& path, const std::string& key) {
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind(key, 0) == 0) {
            return std::atol(line.c_str() + key.size());
        }
    }
    return 0;
}
bool statOf(int pid, int& parent, double& cpuSeconds) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string text;
    if (!std::getline(in, text)) {
        return false;
    }
    const auto close = text.rfind(')');
    std::istringstream fields(text.substr(close + 2));
    std::string field;
    std::vector<std::string> f;
    while (fields >> field) {
        f.push_back(field);
    }
    if (f.size() < 13) {
        return false;
    }
    parent = std::atoi(f[1].c_str());
    cpuSeconds = static_cast<double>(std::atoll(f[11].c_str()) + std::atoll(f[12].c_str())) /
                 static_cast<double>(sysconf(_SC_CLK_TCK));
    return true;
}
// Every process's parent, from one scan of /proc (a sample of the whole stack reads it once).
std::map<int, std::vector<int>> childrenByParent() {
    std::map<int, std::vector<int>> children;
    if (DIR* d = opendir("/proc")) {
        while (dirent* e = readdir(d)) {
            const int pid = std::atoi(e->d_name);
            int parent = 0;
            double cpu = 0;
            if (pid > 0 && statOf(pid, parent, cpu)) {
                children[parent].push_back(pid);
            }
        }
        closedir(d);
    }
    return children;
}
// A server is one process: its VmRSS. PostgreSQL and nginx are a parent and workers that share memory: the sum of
// their proportional set sizes (shared pages counted once over the group).
ProcessSample sampleProcess(int root, const std::map<int, std::vector<int>>& children) {
    ProcessSample s;
    std::vector<int> group{root};
    if (const auto it = children.find(root); it != children.end()) {
        group.insert(group.end(), it->second.begin(), it->second.end());
    }
    for (int pid : group) {
        int parent = 0;
        double cpu = 0;
        if (statOf(pid, parent, cpu)) {
            s.cpuSeconds += cpu;
        }
    }
    if (group.size() == 1) {
        s.residentMiB = static_cast<double>(readLong("/proc/" + std::to_string(root) + "/status", "VmRSS:")) / 1024;
    } else {
        for (int pid : group) {
            s.residentMiB +=
                static_cast<double>(readLong("/proc/" + std::to_string(pid) + "/smaps_rollup", "Pss:")) / 1024;
        }
    }
    return s;
}
std::vector<ProcessSample> sampleAll(const std::vector<std::pair<std::string, int>>& processes) {
    const auto children = childrenByParent();
    std::vector<ProcessSample> row;
    for (const auto& [name, pid] : processes) {
        row.push_back(sampleProcess(pid, children));
    }
    return row;
}

struct ProcessTimeline {
    std::vector<std::uint32_t> atMs;
    std::vector<std::vector<ProcessSample>> samples;  // [time][process]
};

struct Stats {
    long count = 0, errors = 0;
    double p50 = 0, p95 = 0, p99 = 0, max = 0;
};
Stats statsOf(std::vector<double> latencies, long errors) {
    Stats s;
    s.count = static_cast<long>(latencies.size());
    s.errors = errors;
    std::sort(latencies.begin(), latencies.end());
    s.p50 = percentileOfSorted(latencies, 0.50);
    s.p95 = percentileOfSorted(latencies, 0.95);
    s.p99 = percentileOfSorted(latencies, 0.99);
    s.max = latencies.empty() ? 0 : latencies.back();
    return s;
}

// Runs `count` users (or users of one kind) for `seconds`, tagging their samples with `phase`.
void runPhase(Shared& shared, std::uint8_t phase, int count, int seconds, std::uint8_t kindOnly = kEndpointCount) {
    shared.phase = phase;
    std::atomic<bool> stop{false};
    std::vector<std::thread> threads;
    threads.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        threads.emplace_back([&, i] {
            User user(shared, i, kindOnly);
            user.run(stop);
        });
    }
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    stop = true;
    for (auto& t : threads) {
        t.join();
    }
}

std::vector<int> parseList(const std::string& text) {
    std::vector<int> values;
    std::istringstream in(text);
    std::string item;
    while (std::getline(in, item, ',')) {
        if (!item.empty()) {
            values.push_back(std::stoi(item));
        }
    }
    return values;
}

Options parseOptions(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto eq = arg.find('=');
        if (arg.rfind("--", 0) != 0 || eq == std::string::npos) {
            std::fprintf(stderr, "unexpected argument %s\n", arg.c_str());
            std::exit(2);
        }
        const std::string key = arg.substr(2, eq - 2), value = arg.substr(eq + 1);
        if (key == "gateway")
            o.gateway = parseTarget(value);
        else if (key == "ecommerce")
            o.ecommerce = parseTarget(value);
        else if (key == "commandes")
            o.commandes = parseTarget(value);
        else if (key == "web-key")
            o.webKey = value;
        else if (key == "pos-key")
            o.posKey = value;
        else if (key == "out")
            o.out = value;
        else if (key == "users")
            o.users = std::stoi(value);
        else if (key == "terminal-share")
            o.terminalShare = std::max(1, std::stoi(value));
        else if (key == "seconds")
            o.seconds = std::stoi(value);
        else if (key == "warmup")
            o.warmup = std::stoi(value);
        else if (key == "products")
            o.products = std::stoi(value);
        else if (key == "cost-seconds")
            o.costSeconds = std::stoi(value);
        else if (key == "checkouts-per-minute")
            o.checkoutsPerMinute = std::stod(value);
        else if (key == "stress")
            o.stress = parseList(value);
        else if (key == "stress-seconds")
            o.stressSeconds = std::stoi(value);
        else if (key == "process") {
            const auto at = value.find('=');
            o.processes.emplace_back(value.substr(0, at), std::stoi(value.substr(at + 1)));
        } else {
            std::fprintf(stderr, "unknown option --%s\n", key.c_str());
            std::exit(2);
        }
    }
    if (o.gateway.port == 0 || o.ecommerce.port == 0 || o.commandes.port == 0 || o.webKey.empty() || o.posKey.empty()) {
        std::fprintf(stderr, "--gateway, --ecommerce, --commandes, --web-key and --pos-key are required\n");
        std::exit(2);
    }
    return o;
}

// Customers and terminals, straight to the servers (staff logins through the gateway are limited to 10 a minute per
// address, on purpose), before the clock starts: each customer costs two Argon2id hashes.
void setUp(Shared& shared, int customers, int terminals) {
    const Options& o = shared.options;
    const std::string run = std::to_string(std::chrono::system_clock::now().time_since_epoch().count() % 1000000000);
    shared.customers.resize(static_cast<std::size_t>(customers));
    std::atomic<int> next{0};
    std::vector<std::thread> setup;
    for (int t = 0; t < 2; ++t) {
        setup.emplace_back([&] {
            auto c = client(o.ecommerce);
            for (int i = next++; i < customers; i = next++) {
                shared.customers[static_cast<std::size_t>(i)] =
                    registerCustomer(c, "p1-" + run + "-" + std::to_string(i) + "@example.com", o.ecommerce.prefix);
            }
        });
    }
    for (auto& t : setup) {
        t.join();
    }
    auto c = client(o.commandes);
    std::vector<std::string> managers;
    for (const auto& store : kStores) {
        managers.push_back(staffLogin(c, store.managerCode, store.managerPin, o.commandes.prefix));
    }
    for (int d = 0; d < terminals; ++d) {
        const auto store = static_cast<std::size_t>(d) % std::size(kStores);
        shared.terminals.push_back(enrol(c, store, managers[store], 100 + d, o.commandes.prefix));
    }
}

void writeFile(const std::string& path, const std::string& text) {
    std::ofstream(path) << text;
}

}  // namespace

int main(int argc, char** argv) {
    Shared shared;
    shared.options = parseOptions(argc, argv);
    const Options& o = shared.options;
    const int maxUsers = std::max(o.users, o.stress.empty() ? 0 : *std::max_element(o.stress.begin(), o.stress.end()));
    const int webUsers = maxUsers - maxUsers / o.terminalShare;
    const auto setupStart = Clock::now();
    setUp(shared, std::max(1, webUsers), std::max(4, maxUsers / o.terminalShare));
    std::fprintf(stderr, "set up %d customers and %zu terminals in %.1f s\n", webUsers, shared.terminals.size(),
                 std::chrono::duration<double>(Clock::now() - setupStart).count());

    shared.start = Clock::now();
    ProcessTimeline processes;
    std::atomic<bool> sampling{true};
    std::thread sampler([&] {
        while (sampling.load()) {
            std::vector<ProcessSample> row = sampleAll(o.processes);
            {
                const std::lock_guard lock(shared.mutex);
                processes.atMs.push_back(shared.nowMs());
                processes.samples.push_back(std::move(row));
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
        }
    });

    // Phases: 0 warm-up, 1 P1, 2..: cost of each kind alone, then 20+: stress steps.
    struct Window {
        std::string name;
        std::uint8_t phase;
        std::uint32_t fromMs, toMs;
        int users;
        std::vector<ProcessSample> before, after;  // read at the window's edges, for its CPU seconds
    };

    std::vector<Window> windows;
    auto phase = [&](const std::string& name, std::uint8_t id, int users, int seconds, double checkoutsPerMinute,
                     std::uint8_t kindOnly = kEndpointCount) {
        shared.checkoutIntervalMs = 60000.0 / std::max(0.001, checkoutsPerMinute);
        const auto from = shared.nowMs();
        auto before = sampleAll(o.processes);
        runPhase(shared, id, users, seconds, kindOnly);
        windows.push_back({name, id, from, shared.nowMs(), users, std::move(before), sampleAll(o.processes)});
        std::fprintf(stderr, "%s: %d users, %d s\n", name.c_str(), users, seconds);
    };
    phase("warmup", 0, o.users, o.warmup, o.checkoutsPerMinute);
    phase("p1", 1, o.users, o.seconds, o.checkoutsPerMinute);
    const std::vector<std::pair<Endpoint, int>> costKinds = {{kSearch, 8},       {kProductGet, 8}, {kCartUpdate, 8},
                                                             {kCheckout, 8},     {kStoreSale, 8},  {kSyncPush, 4},
                                                             {kFeedCatalogue, 8}};
    if (o.costSeconds > 0) {
        std::uint8_t id = 2;
        for (const auto& [kind, users] : costKinds) {
            phase(std::string("cost_") + kShortNames[kind], id++, users, o.costSeconds, 1e9, kind);
        }
    }
    std::uint8_t stressId = 20;
    for (int users : o.stress) {
        phase("stress_" + std::to_string(users), stressId++, users, o.stressSeconds,
              o.checkoutsPerMinute * users / std::max(1, o.users));
        // Stop at the first errors or when p95 passes 500 ms: that step is the knee.
        std::vector<double> all;
        long errors = 0;
        for (const auto& s : shared.samples) {
            if (s.phase == stressId - 1) {
                all.push_back(s.ms);
                errors += ok(s.endpoint, s.status) ? 0 : 1;
            }
        }
        const Stats st = statsOf(all, errors);
        std::fprintf(stderr, "  %ld requests, p95 %.1f ms, %ld errors\n", st.count, st.p95, st.errors);
        if (st.errors > 0 || st.p95 > 500) {
            break;
        }
    }
    sampling = false;
    sampler.join();

    // Per phase window: CPU seconds used by each process (difference of the samples around the window).
    auto cpuIn = [&](const Window& w, std::size_t process, double& cpu, double& residentMax, double& residentSum,
                     int& n) {
        double first = -1, last = -1;
        residentMax = residentSum = 0;
        n = 0;
        for (std::size_t i = 0; i < processes.atMs.size(); ++i) {
            if (processes.atMs[i] < w.fromMs || processes.atMs[i] > w.toMs) {
                continue;
            }
            const auto& s = processes.samples[i][process];
            if (first < 0)
                first = s.cpuSeconds;
            last = s.cpuSeconds;
            residentMax = std::max(residentMax, s.residentMiB);
            residentSum += s.residentMiB;
            ++n;
        }
        (void)first;
        (void)last;
        cpu = w.after[process].cpuSeconds - w.before[process].cpuSeconds;
    };
    auto windowSeconds = [](const Window& w) { return (w.toMs - w.fromMs) / 1000.0; };

    // P1 per endpoint and over time.
    const Window& p1 = windows[1];
    std::ostringstream endpoints, timeline, procs, cost, stress, processTimeline;
    endpoints << "endpoint\tshort\tcount\treq_s\tp50_ms\tp95_ms\tp99_ms\tmax_ms\terrors\terror_pct\n";
    std::vector<double> all;
    long allErrors = 0;
    std::map<std::uint32_t, std::pair<std::vector<double>, long>> perSecond;
    for (int e = 0; e < kEndpointCount; ++e) {
        std::vector<double> latencies;
        long errors = 0;
        for (const auto& s : shared.samples) {
            if (s.phase == 1 && s.endpoint == e) {
                latencies.push_back(s.ms);
                errors += ok(s.endpoint, s.status) ? 0 : 1;
            }
        }
        if (latencies.empty())
            continue;
        all.insert(all.end(), latencies.begin(), latencies.end());
        allErrors += errors;
        const Stats st = statsOf(latencies, errors);
        char line[512];
        std::snprintf(line, sizeof line, "%s\t%s\t%ld\t%.1f\t%.2f\t%.2f\t%.2f\t%.1f\t%ld\t%.3f\n", kEndpointNames[e],
                      kShortNames[e], st.count, st.count / windowSeconds(p1), st.p50, st.p95, st.p99, st.max, st.errors,
                      100.0 * st.errors / std::max(1L, st.count));
        endpoints << line;
    }
    const Stats total = statsOf(all, allErrors);
    {
        char line[512];
        std::snprintf(line, sizeof line, "all\tall\t%ld\t%.1f\t%.2f\t%.2f\t%.2f\t%.1f\t%ld\t%.3f\n", total.count,
                      total.count / windowSeconds(p1), total.p50, total.p95, total.p99, total.max, total.errors,
                      100.0 * total.errors / std::max(1L, total.count));
        endpoints << line;
    }
    // Latency over time (warm-up, P1 and the stress ramp), one row per second.
    timeline << "t_s\tphase\treq_s\tp50_ms\tp95_ms\tp99_ms\terrors\tusers\n";
    for (const auto& w : windows) {
        if (w.phase >= 2 && w.phase < 20)
            continue;  // cost phases: one kind at a time, not the scenario
        std::map<std::uint32_t, std::pair<std::vector<double>, long>> seconds;
        for (const auto& s : shared.samples) {
            if (s.phase == w.phase) {
                auto& slot = seconds[s.atMs / 1000];
                slot.first.push_back(s.ms);
                slot.second += ok(s.endpoint, s.status) ? 0 : 1;
            }
        }
        timeline << "\n";  // a blank line: gnuplot does not join the phases across the cost measurements between them
        for (auto& [second, slot] : seconds) {
            const Stats st = statsOf(slot.first, slot.second);
            char line[256];
            std::snprintf(line, sizeof line, "%u\t%s\t%ld\t%.2f\t%.2f\t%.2f\t%ld\t%d\n", second, w.name.c_str(),
                          st.count, st.p50, st.p95, st.p99, st.errors, w.users);
            timeline << line;
        }
    }
    // Processes during P1: CPU share of one core and memory.
    procs << "process\tcpu_pct_of_one_core\tcpu_s\tresident_mib_avg\tresident_mib_max\n";
    for (std::size_t p = 0; p < o.processes.size(); ++p) {
        double cpu = 0, rmax = 0, rsum = 0;
        int n = 0;
        cpuIn(p1, p, cpu, rmax, rsum, n);
        char line[256];
        std::snprintf(line, sizeof line, "%s\t%.1f\t%.2f\t%.1f\t%.1f\n", o.processes[p].first.c_str(),
                      100 * cpu / windowSeconds(p1), cpu, n > 0 ? rsum / n : 0, rmax);
        procs << line;
    }
    processTimeline << "t_s";
    for (const auto& [name, pid] : o.processes)
        processTimeline << "\t" << name << "_cpu_pct\t" << name << "_mib";
    processTimeline << "\n";
    for (std::size_t i = 1; i < processes.atMs.size(); ++i) {
        const double dt = (processes.atMs[i] - processes.atMs[i - 1]) / 1000.0;
        processTimeline << processes.atMs[i] / 1000.0;
        for (std::size_t p = 0; p < o.processes.size(); ++p) {
            const double cpu = processes.samples[i][p].cpuSeconds - processes.samples[i - 1][p].cpuSeconds;
            processTimeline << "\t" << (dt > 0 ? 100 * cpu / dt : 0) << "\t" << processes.samples[i][p].residentMiB;
        }
        processTimeline << "\n";
    }
    // Cost of each kind alone: CPU ms per request over every sampled process (servers, gateway, PostgreSQL).
    cost << "kind\tendpoint\trequests\treq_s\tp50_ms\tp95_ms\terrors\tcpu_ms_per_request_total";
    for (const auto& [name, pid] : o.processes)
        cost << "\t" << name;
    cost << "\n";
    for (const auto& w : windows) {
        if (w.phase < 2 || w.phase >= 20)
            continue;
        const auto kind = costKinds[w.phase - 2].first;
        std::vector<double> latencies;
        long errors = 0;
        for (const auto& s : shared.samples) {
            if (s.phase == w.phase && (s.endpoint == kind || (kind == kCartUpdate && s.endpoint == kCartAdd))) {
                latencies.push_back(s.ms);
                errors += ok(s.endpoint, s.status) ? 0 : 1;
            }
        }
        const Stats st = statsOf(latencies, errors);
        std::vector<double> perProcess;
        double sum = 0;
        for (std::size_t p = 0; p < o.processes.size(); ++p) {
            double cpu = 0, rmax = 0, rsum = 0;
            int n = 0;
            cpuIn(w, p, cpu, rmax, rsum, n);
            perProcess.push_back(1000 * cpu / std::max(1L, st.count));
            sum += perProcess.back();
        }
        char line[512];
        // A cart change is costed with the add that makes it possible; a checkout's CPU includes its cart add.
        const char* label = kind == kCartUpdate ? "POST+PUT ecommerce /v1/carts/me/lines (add, change quantity)"
                            : kind == kCheckout ? "POST ecommerce /v1/checkouts (the saga; one cart add before each)"
                                                : kEndpointNames[kind];
        std::snprintf(line, sizeof line, "%s\t%s\t%ld\t%.1f\t%.2f\t%.2f\t%ld\t%.3f", kShortNames[kind], label, st.count,
                      st.count / windowSeconds(w), st.p50, st.p95, st.errors, sum);
        cost << line;
        for (double v : perProcess)
            cost << "\t" << v;
        cost << "\n";
    }
    // The stress ramp: one row per step.
    stress << "users\treq_s\tp50_ms\tp95_ms\tp99_ms\terrors\terror_pct\tcheckouts\tsales\n";
    for (const auto& w : windows) {
        if (w.phase < 20)
            continue;
        std::vector<double> latencies;
        long errors = 0, checkouts = 0, sales = 0;
        for (const auto& s : shared.samples) {
            if (s.phase == w.phase) {
                latencies.push_back(s.ms);
                errors += ok(s.endpoint, s.status) ? 0 : 1;
                checkouts += s.endpoint == kCheckout && ok(s.endpoint, s.status);
                sales += s.endpoint == kStoreSale && ok(s.endpoint, s.status);
            }
        }
        const Stats st = statsOf(latencies, errors);
        char line[256];
        std::snprintf(line, sizeof line, "%d\t%.1f\t%.2f\t%.2f\t%.2f\t%ld\t%.3f\t%ld\t%ld\n", w.users,
                      st.count / windowSeconds(w), st.p50, st.p95, st.p99, st.errors,
                      100.0 * st.errors / std::max(1L, st.count), checkouts, sales);
        stress << line;
    }
    writeFile(o.out + "/p1-endpoints.tsv", endpoints.str());
    writeFile(o.out + "/p1-timeline.tsv", timeline.str());
    writeFile(o.out + "/p1-processes.tsv", procs.str());
    writeFile(o.out + "/processes.tsv", processTimeline.str());
    writeFile(o.out + "/cost.tsv", cost.str());
    writeFile(o.out + "/stress.tsv", stress.str());
    long checkouts = 0;
    for (const auto& s : shared.samples) {
        checkouts += s.phase == 1 && s.endpoint == kCheckout && ok(s.endpoint, s.status);
    }
    const json summary = {{"users", o.users},
                          {"seconds", windowSeconds(p1)},
                          {"requests", total.count},
                          {"req_s", total.count / windowSeconds(p1)},
                          {"p50_ms", total.p50},
                          {"p95_ms", total.p95},
                          {"p99_ms", total.p99},
                          {"errors", total.errors},
                          {"checkouts_per_minute", 60.0 * checkouts / windowSeconds(p1)}};
    writeFile(o.out + "/summary.json", summary.dump(2) + "\n");
    std::printf("%s\n", summary.dump().c_str());
    return total.errors > 0 ? 1 : 0;
}
