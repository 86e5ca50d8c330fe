#include "magasin/domain/stock_movement.hpp"

#include "magasin/domain/domain_error.hpp"
#include "magasin/domain/text.hpp"

#include <array>
#include <utility>

namespace magasin::domain {
namespace {

constexpr std::array<std::pair<MovementReason, std::string_view>, 8> kReasonNames{{
    {MovementReason::kSale, "sale"},
    {MovementReason::kSaleCancelled, "sale_cancelled"},
    {MovementReason::kTransferOut, "transfer_out"},
    {MovementReason::kTransferIn, "transfer_in"},
    {MovementReason::kReservation, "reservation"},
    {MovementReason::kReservationReleased, "reservation_released"},
    {MovementReason::kAdjustment, "adjustment"},
    {MovementReason::kCount, "count"},
}};

// Sources are built by code ("sale:<uuid>:<line>"), so surrounding spaces are a bug, not something to trim.
std::string validSource(std::string_view source) {
    if (trim(source).empty()) {
        throw DomainError(ErrorCode::kInvalidValue, "movement.source.empty", "source",
                          "A stock movement must name what caused it");
    }
    if (source.size() > Movement::kMaxSourceLength) {
        throw DomainError(ErrorCode::kInvalidValue, "movement.source.length", "source",
                          "A stock movement source must be at most 255 bytes long");
    }
    return std::string(source);
}

}  // namespace

std::string_view movementReasonName(MovementReason reason) noexcept {
    for (const auto& [value, name] : kReasonNames) {
        if (value == reason) {
            return name;
        }
    }
    return "unknown";
}

MovementReason parseMovementReason(std::string_view text) {
    for (const auto& [value, name] : kReasonNames) {
        if (name == text) {
            return value;
        }
    }
    throw DomainError(ErrorCode::kInvalidValue, "movement.reason.unknown", "reason",
                      "Unknown stock movement reason \"" + std::string(text.substr(0, 32)) + "\"");
}

Movement Movement::of(MovementId id, LocationId location, ProductId product, MovementReason reason, Quantity quantity,
                      std::string_view source, Timestamp at, MovementOrigin origin) {
    std::int64_t sign = 0;
    switch (reason) {
        case MovementReason::kSale:
        case MovementReason::kTransferOut:
        case MovementReason::kReservation: sign = -1; break;
        case MovementReason::kSaleCancelled:
        case MovementReason::kTransferIn:
        case MovementReason::kReservationReleased: sign = 1; break;
        case MovementReason::kAdjustment:
        case MovementReason::kCount:
            throw DomainError(ErrorCode::kInvalidValue, "movement.reason.signed", "reason",
                              "An adjustment or a count carries its own sign; record it as such");
    }
    if (origin == MovementOrigin::kOfflineSale && reason != MovementReason::kSale &&
        reason != MovementReason::kSaleCancelled) {
        throw DomainError(ErrorCode::kInvalidValue, "movement.offline.reason", "reason",
                          "Only a sale or its cancellation can come from an offline terminal");
    }
    return Movement(id, location, product, reason, sign * quantity.value(), std::nullopt, validSource(source), at,
                    origin);
}

Movement Movement::adjustment(MovementId id, LocationId location, ProductId product, std::int64_t delta,
                              std::string_view source, Timestamp at) {
    // Only negate what fits a quantity: anything below -10,000 is refused as it is, naming the value given.
    (void)Quantity::of(delta < 0 && delta >= -Quantity::kMax ? -delta : delta, "delta");
    return Movement(id, location, product, MovementReason::kAdjustment, delta, std::nullopt, validSource(source), at,
                    MovementOrigin::kOnline);
}

Movement Movement::count(MovementId id, LocationId location, ProductId product, std::int64_t counted,
                         std::int64_t currentLevel, std::string_view source, Timestamp at) {
    if (counted < 0) {
        throw DomainError(ErrorCode::kInvalidValue, "movement.count.negative", "counted",
                          "A counted quantity cannot be negative");
    }
    return Movement(id, location, product, MovementReason::kCount, counted - currentLevel, counted, validSource(source),
                    at, MovementOrigin::kOnline);
}

}  // namespace magasin::domain
