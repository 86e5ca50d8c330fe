#include "magasin/domain/reservation.hpp"

#include "magasin/domain/domain_error.hpp"

namespace magasin::domain {

std::string_view reservationStatusName(ReservationStatus status) noexcept {
    switch (status) {
        case ReservationStatus::kHeld: return "held";
        case ReservationStatus::kCommitted: return "committed";
        case ReservationStatus::kReleased: return "released";
        case ReservationStatus::kExpired: return "expired";
    }
    return "unknown";
}

Reservation Reservation::hold(ReservationId id, ProductId product, Quantity quantity, const Location& location,
                              Timestamp createdAt, Timestamp expiresAt) {
    if (!location.isCentral()) {
        throw DomainError(ErrorCode::kInvalidValue, "reservation.location.central", "location",
                          "Online orders reserve stock at the central warehouse only");
    }
    if (expiresAt <= createdAt) {
        throw DomainError(ErrorCode::kInvalidValue, "reservation.expiry.order", "expires_at",
                          "A reservation must expire after it is made");
    }
    return Reservation(id, product, quantity, location.id(), createdAt, expiresAt);
}

Movement Reservation::holdMovement(MovementId movementId) const {
    return Movement::of(movementId, m_location, m_product, MovementReason::kReservation, m_quantity,
                        "reservation:" + m_id.toString() + ":hold", m_createdAt);
}

Movement Reservation::releaseMovement(MovementId movementId, Timestamp at) const {
    return Movement::of(movementId, m_location, m_product, MovementReason::kReservationReleased, m_quantity,
                        "reservation:" + m_id.toString() + ":release", at);
}

void Reservation::commit(Timestamp now) {
    if (m_status != ReservationStatus::kHeld) {
        throw DomainError(ErrorCode::kIllegalState, "reservation.commit.not_held", "",
                          "This reservation is " + std::string(reservationStatusName(m_status)) +
                              "; only a held reservation can be confirmed");
    }
    if (now >= m_expiresAt) {
        throw DomainError(ErrorCode::kIllegalState, "reservation.commit.expired", "",
                          "This reservation expired at " + toIso8601(m_expiresAt) + "; check out again");
    }
    m_status = ReservationStatus::kCommitted;
    m_closedAt = now;
}

Movement Reservation::release(MovementId movementId, Timestamp now) {
    if (m_status != ReservationStatus::kHeld) {
        throw DomainError(ErrorCode::kIllegalState, "reservation.release.not_held", "",
                          "This reservation is " + std::string(reservationStatusName(m_status)) +
                              "; only a held reservation can be released");
    }
    auto movement = releaseMovement(movementId, now);
    m_status = ReservationStatus::kReleased;
    m_closedAt = now;
    return movement;
}

std::optional<Movement> Reservation::expireIfDue(MovementId movementId, Timestamp now) {
    if (!isDue(now)) {
        return std::nullopt;
    }
    auto movement = releaseMovement(movementId, now);
    m_status = ReservationStatus::kExpired;
    m_closedAt = now;
    return movement;
}

}  // namespace magasin::domain
