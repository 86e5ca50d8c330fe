// A place that holds stock: the central warehouse (which also serves e-commerce) or one store.
// Usage: auto nord = Location::store(LocationId{uuid}, StoreId{storeUuid}, "Magasin Nord"); nord.isStore();
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "magasin/domain/uuid.hpp"

namespace magasin::domain {

enum class LocationKind { kCentral, kStore };

// "central" | "store": the stable wire and storage names.
std::string_view locationKindName(LocationKind kind) noexcept;
// Throws DomainError kInvalidValue (rule "location.kind.unknown") on anything but the names above.
LocationKind parseLocationKind(std::string_view text);

class Location {
public:
    static constexpr std::size_t kMaxNameLength = 100;
    // The name is trimmed and must be 1..100 characters: DomainError kInvalidValue, rule "location.name.length".
    static Location central(LocationId id, std::string_view name);
    static Location store(LocationId id, StoreId storeId, std::string_view name);

    [[nodiscard]] const LocationId& id() const { return m_id; }
    [[nodiscard]] LocationKind kind() const { return m_kind; }
    [[nodiscard]] bool isCentral() const { return m_kind == LocationKind::kCentral; }
    [[nodiscard]] bool isStore() const { return m_kind == LocationKind::kStore; }
    // Set for a store location only.
    [[nodiscard]] const std::optional<StoreId>& storeId() const { return m_storeId; }
    [[nodiscard]] const std::string& name() const { return m_name; }
    friend bool operator==(const Location&, const Location&) = default;

private:
    Location(LocationId id, LocationKind kind, std::optional<StoreId> storeId, std::string name)
        : m_id(id), m_kind(kind), m_storeId(storeId), m_name(std::move(name)) {}
    LocationId m_id;
    LocationKind m_kind;
    std::optional<StoreId> m_storeId;
    std::string m_name;
};

}  // namespace magasin::domain
