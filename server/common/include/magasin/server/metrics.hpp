// Prometheus metrics of one server: request counts and latency histograms per route and status, plus gauges other
// parts register (pool usage, feed lag).  Usage: metrics.observeRequest("GET", "/v1/products/{id}", 200, 0.0012);
#pragma once

#include <memory>
#include <string>

#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

namespace magasin::server {

class Metrics {
public:
    Metrics();

    void observeRequest(const std::string& method, const std::string& route, int status, double seconds);
    // A gauge in the registry, created on first use: "magasin_db_pool_in_use", "magasin_feed_lag"...
    prometheus::Gauge& gauge(const std::string& name, const std::string& help, const prometheus::Labels& labels = {});
    prometheus::Counter& counter(const std::string& name, const std::string& help,
                                 const prometheus::Labels& labels = {});
    // The Prometheus text exposition of everything registered.
    [[nodiscard]] std::string render() const;

private:
    std::shared_ptr<prometheus::Registry> m_registry;
    prometheus::Family<prometheus::Counter>& m_requests;
    prometheus::Family<prometheus::Histogram>& m_durations;
};

}  // namespace magasin::server
