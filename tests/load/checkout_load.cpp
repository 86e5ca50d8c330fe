// Checkout load: N customers (registered and logged in first) each add a product to their cart and check out, over
// and over, for a duration; prints checkouts/s and the latency percentiles of POST /v1/checkouts as one JSON line.
// Usage: magasin-checkout-load http://127.0.0.1:18005 CUSTOMERS SECONDS PRODUCT_ID [PRODUCT_ID...]
#include <httplib.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "load_common.hpp"

using namespace magasin::load;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
    if (argc < 5) {
        std::cerr << "usage: magasin-checkout-load URL CUSTOMERS SECONDS PRODUCT_ID [PRODUCT_ID...]\n";
        return 2;
    }
    const Target target = parseTarget(argv[1]);
    const int customers = std::stoi(argv[2]);
    const int seconds = std::stoi(argv[3]);
    std::vector<std::string> products(argv + 4, argv + argc);
    const std::string run = std::to_string(std::chrono::system_clock::now().time_since_epoch().count() % 1000000000);

    // Registration and login cost an Argon2id each: done before the clock starts, a few at a time.
    std::vector<std::string> tokens(static_cast<std::size_t>(customers));
    std::atomic<int> next{0};
    {
        std::vector<std::thread> setup;
        for (int t = 0; t < 4; ++t) {
            setup.emplace_back([&] {
                httplib::Client c(target.host, target.port);
                c.set_tcp_nodelay(true);
                c.set_read_timeout(std::chrono::seconds(30));
                for (int i = next++; i < customers; i = next++) {
                    tokens[static_cast<std::size_t>(i)] =
                        registerCustomer(c, "load" + run + "-" + std::to_string(i) + "@example.com");
                }
            });
        }
        for (auto& t : setup) {
            t.join();
        }
    }

    std::mutex mutex;
    std::vector<double> latencies;
    std::atomic<long> ok{0};
    std::atomic<long> failed{0};
    std::atomic<long> otherStatus{0};
    const auto start = Clock::now();
    const auto end = start + std::chrono::seconds(seconds);
    std::vector<std::thread> threads;
    for (int i = 0; i < customers; ++i) {
        threads.emplace_back([&, i] {
            httplib::Client c(target.host, target.port);
            c.set_keep_alive(true);
            c.set_tcp_nodelay(true);
            c.set_read_timeout(std::chrono::seconds(30));
            const httplib::Headers auth{{"Authorization", "Bearer " + tokens[static_cast<std::size_t>(i)]}};
            std::vector<double> mine;
            std::size_t round = static_cast<std::size_t>(i);
            while (Clock::now() < end) {
                const auto& product = products[round++ % products.size()];
                c.Post("/v1/carts/me/lines", auth, json{{"product_id", product}, {"quantity", 1}}.dump(),
                       "application/json");
                const auto before = Clock::now();
                auto r = c.Post("/v1/checkouts", auth, "{}", "application/json");
                const auto took = std::chrono::duration<double, std::milli>(Clock::now() - before).count();
                if (r && r->status == 201) {
                    ++ok;
                    mine.push_back(took);
                } else if (r && r->status == 409) {
                    // Not enough stock: a real answer, but not a completed checkout. The first one is shown.
                    if (failed++ == 0) {
                        std::cerr << "first 409: " << r->body << "\n";
                    }
                } else if (otherStatus++ == 0) {
                    std::cerr << "first other answer: "
                              << (r ? std::to_string(r->status) + " " + r->body : httplib::to_string(r.error()))
                              << "\n";
                }
            }
            const std::lock_guard lock(mutex);
            latencies.insert(latencies.end(), mine.begin(), mine.end());
        });
    }
    for (auto& t : threads) {
        t.join();
    }
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    const json result = {{"customers", customers},
                         {"seconds", elapsed},
                         {"completed", ok.load()},
                         {"refused_409", failed.load()},
                         {"other_status", otherStatus.load()},
                         {"checkouts_per_second", static_cast<double>(ok.load()) / elapsed},
                         {"p50_ms", percentile(latencies, 0.50)},
                         {"p99_ms", percentile(latencies, 0.99)}};
    std::cout << result.dump() << std::endl;
    return otherStatus > 0 ? 1 : 0;
}
