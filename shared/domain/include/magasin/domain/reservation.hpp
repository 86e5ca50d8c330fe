// Stock held at the central warehouse for an e-commerce checkout until the order is confirmed, released or expired.
// Usage: auto r = Reservation::hold(id, product, qty, central, now, now + 15min); level.apply(r.holdMovement(mid));
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "magasin/domain/quantity.hpp"
#include "magasin/domain/stock_location.hpp"
#include "magasin/domain/stock_movement.hpp"
#include "magasin/domain/time.hpp"
#include "magasin/domain/uuid.hpp"

namespace magasin::domain {

// held -> committed | released | expired; the last three are final.
enum class ReservationStatus { kHeld, kCommitted, kReleased, kExpired };

// "held", "committed", "released", "expired": the stable wire and storage names.
std::string_view reservationStatusName(ReservationStatus status) noexcept;

class Reservation {
public:
    // Throws DomainError kInvalidValue: "reservation.location.central" (field "location") unless the location is the
    // central warehouse, "reservation.expiry.order" (field "expires_at") unless expiresAt > createdAt.
    static Reservation hold(ReservationId id, ProductId product, Quantity quantity, const Location& location,
                            Timestamp createdAt, Timestamp expiresAt);

    [[nodiscard]] const ReservationId& id() const { return m_id; }
    [[nodiscard]] const ProductId& product() const { return m_product; }
    [[nodiscard]] Quantity quantity() const { return m_quantity; }
    [[nodiscard]] const LocationId& location() const { return m_location; }
    [[nodiscard]] Timestamp createdAt() const { return m_createdAt; }
    [[nodiscard]] Timestamp expiresAt() const { return m_expiresAt; }
    [[nodiscard]] ReservationStatus status() const { return m_status; }
    // When it was committed, released or expired.
    [[nodiscard]] const std::optional<Timestamp>& closedAt() const { return m_closedAt; }
    // Due from the expiry instant on: a checkout at expiresAt is already too late.
    [[nodiscard]] bool isDue(Timestamp now) const { return m_status == ReservationStatus::kHeld && now >= m_expiresAt; }

    // The reservation movement that takes the quantity out of the central stock, source "reservation:<id>:hold".
    [[nodiscard]] Movement holdMovement(MovementId movementId) const;

    // The order is confirmed: the held stock is now sold, so no further movement. Throws kIllegalState:
    // "reservation.commit.not_held" unless held, "reservation.commit.expired" from expiresAt on.
    void commit(Timestamp now);
    // Gives the stock back (reservation_released, source "reservation:<id>:release"). Throws kIllegalState
    // "reservation.release.not_held" unless held.
    Movement release(MovementId movementId, Timestamp now);
    // Expires a held reservation that is due and gives its stock back; otherwise changes nothing and returns nothing,
    // so that a sweeper may call it on any reservation.
    std::optional<Movement> expireIfDue(MovementId movementId, Timestamp now);

private:
    Reservation(ReservationId id, ProductId product, Quantity quantity, LocationId location, Timestamp createdAt,
                Timestamp expiresAt)
        : m_id(id),
          m_product(product),
          m_quantity(quantity),
          m_location(location),
          m_createdAt(createdAt),
          m_expiresAt(expiresAt) {}
    [[nodiscard]] Movement releaseMovement(MovementId movementId, Timestamp at) const;

    ReservationId m_id;
    ProductId m_product;
    Quantity m_quantity;
    LocationId m_location;
    Timestamp m_createdAt;
    Timestamp m_expiresAt;
    ReservationStatus m_status = ReservationStatus::kHeld;
    std::optional<Timestamp> m_closedAt;
};

}  // namespace magasin::domain
