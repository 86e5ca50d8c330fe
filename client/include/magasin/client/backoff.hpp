// Retry delays: exponential with full jitter (AWS architecture blog), capped, from an injectable random source.
// Usage: Backoff b({}, random); auto d = b.next(); ... b.reset();
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>

namespace magasin::client {

class Backoff {
public:
    struct Policy {
        std::chrono::milliseconds base{500};
        std::chrono::milliseconds cap{60'000};
    };
    // Returns a number uniformly drawn in [0, bound].
    using Random = std::function<std::int64_t(std::int64_t bound)>;
    Backoff(Policy policy, Random random);
    // The n-th consecutive failure waits uniform[0, min(cap, base * 2^n)].
    std::chrono::milliseconds next();
    void reset() { m_failures = 0; }
    [[nodiscard]] int failures() const { return m_failures; }
    static Random systemRandom();

private:
    Policy m_policy;
    Random m_random;
    int m_failures = 0;
};

}  // namespace magasin::client
