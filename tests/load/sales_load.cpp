// Sale-recording load against a running magasin-commandes with its demo staff (MAGASIN_DEMO_DATA=1):
//   magasin-sales-load PORT rest CONNECTIONS SECONDS   POST /v1/sales, 3 lines, a fresh Idempotency-Key each
//   magasin-sales-load PORT sync DEVICES SALES BATCH   SALES queued RecordSale commands spread over DEVICES terminals,
//                                                       uploaded in batches of BATCH, the terminals in parallel
// Prints one line: "rest <sales/s> <p50 ms> <p99 ms> <errors>" or "sync <seconds> <sales/s> <applied> <errors>".
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "magasin/domain/time.hpp"
#include "magasin/domain/uuid.hpp"

using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

struct DemoStore {
    const char* id;
    const char* cashierCode;
    const char* cashierPin;
    const char* managerCode;
    const char* managerPin;
    const char* cashierId;
};
constexpr DemoStore kStores[] = {
    {"33333333-3333-3333-3333-333333333331", "1001", "1111", "1002", "1919", "44444444-4444-4444-4444-444444444411"},
    {"33333333-3333-3333-3333-333333333332", "2001", "2222", "2002", "2929", "44444444-4444-4444-4444-444444444421"},
    {"33333333-3333-3333-3333-333333333333", "3001", "3333", "3002", "3939", "44444444-4444-4444-4444-444444444431"},
    {"33333333-3333-3333-3333-333333333334", "4001", "4444", "4002", "4949", "44444444-4444-4444-4444-444444444441"},
};
constexpr const char* kProducts[] = {"550e8400-e29b-41d4-a716-446655440001", "550e8400-e29b-41d4-a716-446655440002",
                                     "550e8400-e29b-41d4-a716-446655440003"};

std::string newId() {
    static magasin::domain::UuidV7Generator ids(magasin::domain::systemClock(), magasin::domain::systemRandom());
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    return ids.next().toString();
}

// 3 lines, as a till rings them up.
json sale(const DemoStore& store) {
    json lines = json::array();
    for (int i = 0; i < 3; ++i) {
        lines.push_back({{"product_id", kProducts[i]},
                         {"name", "Produit " + std::to_string(i + 1)},
                         {"unit_price_cents", 1299 + 500 * i},
                         {"quantity", 1 + i % 2},
                         {"taxable", true}});
    }
    return {{"id", newId()},
            {"store_id", store.id},
            {"at", magasin::domain::toIso8601(magasin::domain::systemClock()())},
            {"lines", lines},
            {"payments", {{{"method", "cash"}, {"amount_cents", 20000}}}}};
}

httplib::Headers bearer(const std::string& token) {
    return {{"Authorization", "Bearer " + token}};
}

std::string login(httplib::Client& c, const char* code, const char* pin) {
    auto r = c.Post("/v1/sessions", json{{"employee_code", code}, {"pin", pin}}.dump(), "application/json");
    if (!r || r->status != 201) {
        std::fprintf(stderr, "login %s failed: %d %s\n", code, r ? r->status : -1, r ? r->body.c_str() : "");
        std::exit(1);
    }
    return json::parse(r->body).at("access_token").get<std::string>();
}

httplib::Client client(int port) {
    httplib::Client c("127.0.0.1", port);
    c.set_keep_alive(true);
    c.set_tcp_nodelay(true);
    c.set_read_timeout(std::chrono::seconds(60));
    return c;
}

// A terminal enrolled by the store's manager: {id, access_token}.
struct Terminal {
    std::string id, token, staff;
    json queue = json::array();
};
Terminal enrol(httplib::Client& c, const DemoStore& store, const std::string& managerToken, int number) {
    auto r = c.Post("/v1/devices", bearer(managerToken), json{{"name", "Caisse " + std::to_string(number)}}.dump(),
                    "application/json");
    const json device = r && r->status == 201 ? json::parse(r->body) : json::object();
    auto t = c.Post("/v1/devices/token",
                    json{{"device_id", device.value("id", "")}, {"credential", device.value("credential", "")}}.dump(),
                    "application/json");
    if (!t || t->status != 200) {
        std::fprintf(stderr, "device token failed: %d\n", t ? t->status : -1);
        std::exit(1);
    }
    return {device["id"], json::parse(t->body).at("access_token"), store.cashierId};
}

int rest(int port, int connections, int seconds) {
    std::vector<std::string> tokens;
    std::vector<std::string> tills;
    {
        auto c = client(port);
        for (const auto& store : kStores) {
            tokens.push_back(login(c, store.cashierCode, store.cashierPin));
            tills.push_back(enrol(c, store, login(c, store.managerCode, store.managerPin), 1).id);
        }
    }
    std::atomic<long> errors{0};
    std::mutex mutex;
    std::vector<double> latencies;
    const auto end = Clock::now() + std::chrono::seconds(seconds);
    std::vector<std::thread> threads;
    for (int t = 0; t < connections; ++t) {
        threads.emplace_back([&, t] {
            const auto storeIndex = static_cast<std::size_t>(t) % std::size(kStores);
            auto c = client(port);
            httplib::Headers headers = bearer(tokens[storeIndex]);
            std::vector<double> mine;
            while (Clock::now() < end) {
                json body = sale(kStores[storeIndex]);
                body["device_id"] = tills[storeIndex];
                httplib::Headers h = headers;
                h.emplace("Idempotency-Key", body["id"].get<std::string>());
                const auto start = Clock::now();
                auto r = c.Post("/v1/sales", h, body.dump(), "application/json");
                const auto ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
                if (!r || r->status != 201) {
                    if (errors++ < 3) {
                        std::fprintf(stderr, "sale: %d %s\n", r ? r->status : -1, r ? r->body.c_str() : "");
                    }
                    continue;
                }
                mine.push_back(ms);
            }
            const std::lock_guard lock(mutex);
            latencies.insert(latencies.end(), mine.begin(), mine.end());
        });
    }
    for (auto& t : threads) {
        t.join();
    }
    std::sort(latencies.begin(), latencies.end());
    const auto at = [&](double q) {
        return latencies.empty() ? 0.0
                                 : latencies[static_cast<std::size_t>(q * static_cast<double>(latencies.size() - 1))];
    };
    std::printf("rest %.0f %.2f %.2f %ld\n", static_cast<double>(latencies.size()) / seconds, at(0.5), at(0.99),
                errors.load());
    return 0;
}

int sync(int port, int devices, int sales, int batch) {
    std::vector<Terminal> terminals;
    {
        auto c = client(port);
        std::vector<std::string> managers;
        for (const auto& store : kStores) {
            managers.push_back(login(c, store.managerCode, store.managerPin));
        }
        for (int d = 0; d < devices; ++d) {
            const auto storeIndex = static_cast<std::size_t>(d) % std::size(kStores);
            terminals.push_back(enrol(c, kStores[storeIndex], managers[storeIndex], d + 1));
        }
        // The queues, built before the clock starts: the terminals recorded these sales while offline.
        for (int n = 0; n < sales; ++n) {
            auto& terminal = terminals[static_cast<std::size_t>(n % devices)];
            const auto storeIndex = static_cast<std::size_t>(n % devices) % std::size(kStores);
            terminal.queue.push_back({{"command_id", newId()},
                                      {"device_id", terminal.id},
                                      {"device_seq", terminal.queue.size() + 1},
                                      {"type", "RecordSale"},
                                      {"issued_at", magasin::domain::toIso8601(magasin::domain::systemClock()())},
                                      {"staff_id", terminal.staff},
                                      {"payload", sale(kStores[storeIndex])}});
        }
    }
    std::atomic<long> errors{0};
    std::atomic<long> applied{0};
    const auto start = Clock::now();
    std::vector<std::thread> threads;
    for (auto& terminal : terminals) {
        threads.emplace_back([&, &terminal = terminal] {
            auto c = client(port);
            for (std::size_t from = 0; from < terminal.queue.size(); from += static_cast<std::size_t>(batch)) {
                json commands = json::array();
                for (std::size_t i = from; i < std::min(terminal.queue.size(), from + batch); ++i) {
                    commands.push_back(terminal.queue[i]);
                }
                auto r = c.Post("/v1/sync/commands", bearer(terminal.token),
                                json{{"device_id", terminal.id}, {"commands", commands}}.dump(), "application/json");
                if (!r || r->status != 200) {
                    if (errors++ < 3) {
                        std::fprintf(stderr, "push: %d %s\n", r ? r->status : -1, r ? r->body.c_str() : "");
                    }
                    continue;
                }
                const json answer = json::parse(r->body);  // kept: a range-for over a temporary's member dangles
                for (const auto& outcome : answer.at("outcomes")) {
                    const auto status = outcome.value("status", "");
                    if (status == "applied" || status == "applied_with_flags") {
                        ++applied;
                    } else if (errors++ < 3) {
                        std::fprintf(stderr, "outcome: %s\n", outcome.dump().c_str());
                    }
                }
            }
        });
    }
    for (auto& t : threads) {
        t.join();
    }
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    std::printf("sync %.2f %.0f %ld %ld\n", elapsed, static_cast<double>(applied.load()) / elapsed, applied.load(),
                errors.load());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 5 && argc != 6) {
        std::fprintf(stderr, "usage: %s PORT rest CONNECTIONS SECONDS | %s PORT sync DEVICES SALES BATCH\n", argv[0],
                     argv[0]);
        return 2;
    }
    const int port = std::stoi(argv[1]);
    const std::string mode = argv[2];
    if (mode == "rest" && argc == 5) {
        return rest(port, std::stoi(argv[3]), std::stoi(argv[4]));
    }
    if (mode == "sync" && argc == 6) {
        return sync(port, std::stoi(argv[3]), std::stoi(argv[4]), std::stoi(argv[5]));
    }
    std::fprintf(stderr, "unknown mode %s\n", mode.c_str());
    return 2;
}
