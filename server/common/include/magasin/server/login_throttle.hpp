// How long an (account, client) pair waits after failed logins: nothing for the first few typos, then a delay
// that doubles with each failure up to a ceiling. Usage: auto wait = LoginThrottle::delayAfter(failures);
#pragma once

#include <chrono>

namespace magasin::server {

class LoginThrottle {
public:
    static constexpr int kFreeFailures = 3;                // typos without any delay
    static constexpr std::chrono::seconds kFirstDelay{1};  // after the 4th failure
    static constexpr std::chrono::seconds kMaxDelay{900};  // 15 minutes, never more: a delay, not a lockout

    // The wait before the next attempt once `failures` attempts in a row have failed.
    [[nodiscard]] static std::chrono::seconds delayAfter(int failures);
};

}  // namespace magasin::server
