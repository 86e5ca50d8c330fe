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

#include "load_common.hpp"

using namespace magasin::load;
using Clock = std::chrono::steady_clock;

namespace {

int rest(int port, int connections, int seconds) {
    std::vector<std::string> tokens;
    std::vector<std::string> tills;
    {
        auto c = client(port);
        for (const auto& store : kStores) {
            tokens.push_back(staffLogin(c, store.cashierCode, store.cashierPin));
            tills.push_back(enrol(c, static_cast<std::size_t>(&store - kStores),
                                  staffLogin(c, store.managerCode, store.managerPin), 1)
                                .id);
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
                json body = storeSale(kStores[storeIndex]);
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
    std::printf("rest %.0f %.2f %.2f %ld\n", static_cast<double>(latencies.size()) / seconds,
                percentileOfSorted(latencies, 0.5), percentileOfSorted(latencies, 0.99), errors.load());
    return 0;
}

int sync(int port, int devices, int sales, int batch) {
    std::vector<Terminal> terminals;
    {
        auto c = client(port);
        std::vector<std::string> managers;
        for (const auto& store : kStores) {
            managers.push_back(staffLogin(c, store.managerCode, store.managerPin));
        }
        for (int d = 0; d < devices; ++d) {
            const auto storeIndex = static_cast<std::size_t>(d) % std::size(kStores);
            terminals.push_back(enrol(c, storeIndex, managers[storeIndex], d + 1));
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
                                      {"payload", storeSale(kStores[storeIndex])}});
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
