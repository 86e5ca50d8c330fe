#include "magasin/server/login_throttle.hpp"

namespace magasin::server {

std::chrono::seconds LoginThrottle::delayAfter(int failures) {
    if (failures <= kFreeFailures) {
        return std::chrono::seconds(0);
    }
    const int doublings = failures - kFreeFailures - 1;
    if (doublings >= 10) {  // 2^10 s is already past the ceiling; also keeps the shift small
        return kMaxDelay;
    }
    return std::min(kFirstDelay * (1 << doublings), std::chrono::seconds(kMaxDelay));
}

}  // namespace magasin::server
