// A thread-safe source of UUIDv7 ids for servers: every request thread may draw from the same one at once.
// Usage: IdSource ids = uuidV7Source(clock); domain::MovementId id{ids()};
#pragma once

#include <functional>

#include "magasin/domain/time.hpp"
#include "magasin/domain/uuid.hpp"

namespace magasin::server {

using IdSource = std::function<domain::Uuid()>;

// UuidV7Generator is not thread-safe: this one serializes it behind a mutex (a few ns per id, no contention worth
// measuring next to a database round trip).
IdSource uuidV7Source(domain::Clock clock);

}  // namespace magasin::server
