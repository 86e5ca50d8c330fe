#include "magasin/domain/stock_location.hpp"

#include "magasin/domain/domain_error.hpp"
#include "magasin/domain/text.hpp"

namespace magasin::domain {
namespace {

std::string validName(std::string_view name) {
    const std::string_view trimmed = trim(name);
    const std::size_t length = utf8Length(trimmed);
    if (length == 0 || length == std::string_view::npos || length > Location::kMaxNameLength) {
        throw DomainError(ErrorCode::kInvalidValue, "location.name.length", "name",
                          "A location name must be 1 to 100 characters long");
    }
    return std::string(trimmed);
}

}  // namespace

std::string_view locationKindName(LocationKind kind) noexcept {
    return kind == LocationKind::kCentral ? "central" : "store";
}

LocationKind parseLocationKind(std::string_view text) {
    if (text == "central") {
        return LocationKind::kCentral;
    }
    if (text == "store") {
        return LocationKind::kStore;
    }
    throw DomainError(
        ErrorCode::kInvalidValue, "location.kind.unknown", "kind",
        "Location kind must be \"central\" or \"store\", not \"" + std::string(text.substr(0, 32)) + "\"");
}

Location Location::central(LocationId id, std::string_view name) {
    return Location(id, LocationKind::kCentral, std::nullopt, validName(name));
}

Location Location::store(LocationId id, StoreId storeId, std::string_view name) {
    return Location(id, LocationKind::kStore, storeId, validName(name));
}

}  // namespace magasin::domain
