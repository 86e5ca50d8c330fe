#include "magasin/server/id_source.hpp"

#include <memory>
#include <mutex>

namespace magasin::server {

IdSource uuidV7Source(domain::Clock clock) {
    struct Shared {
        explicit Shared(domain::Clock c) : generator(std::move(c), domain::systemRandom()) {}
        std::mutex mutex;
        domain::UuidV7Generator generator;
    };
    auto shared = std::make_shared<Shared>(std::move(clock));
    return [shared] {
        const std::lock_guard lock(shared->mutex);
        return shared->generator.next();
    };
}

}  // namespace magasin::server
