#include "magasin/client/backoff.hpp"

#include <algorithm>
#include <memory>
#include <random>

namespace magasin::client {

Backoff::Backoff(Policy policy, Random random) : m_policy(policy), m_random(std::move(random)) {}

std::chrono::milliseconds Backoff::next() {
    // base * 2^n, computed without overflow: stop doubling once past the cap.
    std::int64_t ceiling = m_policy.base.count();
    for (int i = 0; i < m_failures && ceiling < m_policy.cap.count(); ++i) {
        ceiling *= 2;
    }
    ceiling = std::min<std::int64_t>(ceiling, m_policy.cap.count());
    ++m_failures;
    return std::chrono::milliseconds(std::clamp<std::int64_t>(m_random(ceiling), 0, ceiling));
}

Backoff::Random Backoff::systemRandom() {
    return [engine = std::make_shared<std::mt19937_64>(std::random_device{}())](std::int64_t bound) {
        return std::uniform_int_distribution<std::int64_t>(0, bound)(*engine);
    };
}

}  // namespace magasin::client
