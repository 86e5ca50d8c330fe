// Time in the domain: UTC instants at millisecond precision and an injectable clock.
// Usage: Clock clock = systemClock(); Timestamp now = clock(); std::string wire = toIso8601(now);
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <string_view>

namespace magasin::domain {

using Timestamp = std::chrono::sys_time<std::chrono::milliseconds>;
using Clock = std::function<Timestamp()>;

Clock systemClock();

// "2026-11-25T14:20:13.123Z"
std::string toIso8601(Timestamp t);
// Accepts "YYYY-MM-DDTHH:MM:SS[.fff]Z" (UTC only). Throws DomainError kInvalidValue otherwise.
Timestamp parseIso8601(std::string_view text, std::string_view field = "time");

}  // namespace magasin::domain
