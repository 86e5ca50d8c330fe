// What every fuzz target shares: the libFuzzer entry point's signature and the rule for what may escape a decoder.
// Usage: extern "C" int LLVMFuzzerTestOneInput(const uint8_t* d, size_t n) { return fuzz::expectRejection([&]{...}); }
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string_view>

#include "magasin/domain/domain_error.hpp"

namespace magasin::fuzz {

inline std::string_view textOf(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// A decoder may refuse its input only the documented way (DomainError, which every server maps to a 4xx); any other
// exception would reach a handler's catch-all and answer 500, so it aborts the run and libFuzzer keeps the input.
template <typename Decode>
int expectRejection(Decode&& decode) {
    try {
        decode();
    } catch (const domain::DomainError&) {
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "undocumented exception: %s\n", e.what());
        std::abort();
    }
    return 0;
}

// A property the decoder promises (a round trip, a bound): a false one aborts like a crash.
inline void require(bool holds, const char* what) {
    if (!holds) {
        std::fprintf(stderr, "property does not hold: %s\n", what);
        std::abort();
    }
}

}  // namespace magasin::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
