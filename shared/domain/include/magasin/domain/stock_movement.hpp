// One entry of the stock ledger: a signed change of the level of a product at a location, with why and what caused it.
// Usage: auto m = Movement::of(id, location, product, MovementReason::kSale, Quantity::of(2), "sale:<uuid>:1", now);
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "magasin/domain/quantity.hpp"
#include "magasin/domain/time.hpp"
#include "magasin/domain/uuid.hpp"

namespace magasin::domain {

enum class MovementReason {
    kSale,                 // negative
    kSaleCancelled,        // positive
    kTransferOut,          // negative
    kTransferIn,           // positive
    kReservation,          // negative
    kReservationReleased,  // positive
    kAdjustment,           // either sign
    kCount,                // sets the level to what was counted
};

// "sale", "sale_cancelled", "transfer_out", ...: the stable wire and storage names.
std::string_view movementReasonName(MovementReason reason) noexcept;
// Throws DomainError kInvalidValue (rule "movement.reason.unknown") on anything but the names above.
MovementReason parseMovementReason(std::string_view text);

// Only sales rung up while a terminal was offline may take a level below zero: the goods already left the store.
enum class MovementOrigin { kOnline, kOfflineSale };

class Movement {
public:
    // Longer sources would not fit the servers' unique index comfortably.
    static constexpr std::size_t kMaxSourceLength = 255;

    // A movement whose sign follows its reason (every reason but adjustment and count).
    // Throws DomainError kInvalidValue: "movement.reason.signed" for adjustment or count (use the factories below),
    // "movement.source.empty" / "movement.source.length", "movement.offline.reason" when an offline origin is given
    // to anything but a sale or a sale cancellation.
    static Movement of(MovementId id, LocationId location, ProductId product, MovementReason reason, Quantity quantity,
                       std::string_view source, Timestamp at, MovementOrigin origin = MovementOrigin::kOnline);
    // A correction by a person, up or down: |delta| must be 1..10,000 ("quantity.range", field "delta").
    static Movement adjustment(MovementId id, LocationId location, ProductId product, std::int64_t delta,
                               std::string_view source, Timestamp at);
    // An inventory count: the level becomes `counted` (>= 0, rule "movement.count.negative"), so the delta is
    // counted - currentLevel, possibly zero (a count that confirms the level is still worth recording).
    static Movement count(MovementId id, LocationId location, ProductId product, std::int64_t counted,
                          std::int64_t currentLevel, std::string_view source, Timestamp at);

    [[nodiscard]] const MovementId& id() const { return m_id; }
    [[nodiscard]] const LocationId& location() const { return m_location; }
    [[nodiscard]] const ProductId& product() const { return m_product; }
    [[nodiscard]] MovementReason reason() const { return m_reason; }
    [[nodiscard]] std::int64_t delta() const { return m_delta; }
    // Set for a count only: the level the count found.
    [[nodiscard]] const std::optional<std::int64_t>& counted() const { return m_counted; }
    // Unique per movement ("sale:<uuid>:<line>", "transfer:<id>:out"): replaying the same cause is refused by storage.
    [[nodiscard]] const std::string& source() const { return m_source; }
    [[nodiscard]] Timestamp at() const { return m_at; }
    [[nodiscard]] bool fromOfflineSale() const { return m_origin == MovementOrigin::kOfflineSale; }
    friend bool operator==(const Movement&, const Movement&) = default;

private:
    Movement(MovementId id, LocationId location, ProductId product, MovementReason reason, std::int64_t delta,
             std::optional<std::int64_t> counted, std::string source, Timestamp at, MovementOrigin origin)
        : m_id(id),
          m_location(location),
          m_product(product),
          m_reason(reason),
          m_delta(delta),
          m_counted(counted),
          m_source(std::move(source)),
          m_at(at),
          m_origin(origin) {}

    MovementId m_id;
    LocationId m_location;
    ProductId m_product;
    MovementReason m_reason;
    std::int64_t m_delta;
    std::optional<std::int64_t> m_counted;
    std::string m_source;
    Timestamp m_at;
    MovementOrigin m_origin;
};

}  // namespace magasin::domain
