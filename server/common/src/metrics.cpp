#include "magasin/server/metrics.hpp"

#include <prometheus/text_serializer.h>

namespace magasin::server {

Metrics::Metrics()
    : m_registry(std::make_shared<prometheus::Registry>()),
      m_requests(prometheus::BuildCounter()
                     .Name("magasin_http_requests_total")
                     .Help("HTTP requests answered, by method, route and status")
                     .Register(*m_registry)),
      m_durations(prometheus::BuildHistogram()
                      .Name("magasin_http_request_duration_seconds")
                      .Help("Time to answer an HTTP request, by method and route")
                      .Register(*m_registry)) {}

void Metrics::observeRequest(const std::string& method, const std::string& route, int status, double seconds) {
    static const prometheus::Histogram::BucketBoundaries kBuckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                                  0.05,   0.1,   0.25,   0.5,   1.0,  2.5};
    m_requests.Add({{"method", method}, {"route", route}, {"status", std::to_string(status)}}).Increment();
    m_durations.Add({{"method", method}, {"route", route}}, kBuckets).Observe(seconds);
}

prometheus::Gauge& Metrics::gauge(const std::string& name, const std::string& help, const prometheus::Labels& labels) {
    return prometheus::BuildGauge().Name(name).Help(help).Register(*m_registry).Add(labels);
}

prometheus::Counter& Metrics::counter(const std::string& name, const std::string& help,
                                      const prometheus::Labels& labels) {
    return prometheus::BuildCounter().Name(name).Help(help).Register(*m_registry).Add(labels);
}

std::string Metrics::render() const {
    return prometheus::TextSerializer().Serialize(m_registry->Collect());
}

}  // namespace magasin::server
