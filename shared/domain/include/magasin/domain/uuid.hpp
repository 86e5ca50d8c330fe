// UUIDs (RFC 9562): parse and format the canonical text form, typed ids per entity, and UUIDv7 generation
// behind an injectable clock and random source.  Usage:
//   UuidV7Generator ids(systemClock(), systemRandom());  SaleId id{ids.next()};  id.toString();
#pragma once

#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "magasin/domain/time.hpp"

namespace magasin::domain {

class Uuid {
public:
    using Bytes = std::array<std::uint8_t, 16>;

    constexpr Uuid() = default;  // the nil UUID
    constexpr explicit Uuid(const Bytes& bytes) : m_bytes(bytes) {}
    // Accepts the 36-character 8-4-4-4-12 hex form, either case. Throws DomainError kInvalidValue otherwise.
    static Uuid parse(std::string_view text, std::string_view field = "id");

    [[nodiscard]] const Bytes& bytes() const { return m_bytes; }
    [[nodiscard]] bool isNil() const;
    [[nodiscard]] int version() const { return m_bytes[6] >> 4; }
    // Lower-case canonical form.
    [[nodiscard]] std::string toString() const;
    // Milliseconds since the Unix epoch carried by a UUIDv7 (meaningless for other versions).
    [[nodiscard]] std::int64_t v7Milliseconds() const;

    friend constexpr auto operator<=>(const Uuid&, const Uuid&) = default;

private:
    Bytes m_bytes{};
};

// A UUID that names one kind of entity, so that a ProductId cannot be passed where a StoreId is expected.
template <typename Tag>
class Id {
public:
    Id() = default;
    explicit Id(Uuid uuid) : m_uuid(uuid) {}
    static Id parse(std::string_view text, std::string_view field = "id") { return Id(Uuid::parse(text, field)); }
    [[nodiscard]] const Uuid& uuid() const { return m_uuid; }
    [[nodiscard]] std::string toString() const { return m_uuid.toString(); }
    [[nodiscard]] bool isNil() const { return m_uuid.isNil(); }
    friend auto operator<=>(const Id&, const Id&) = default;

private:
    Uuid m_uuid;
};

using ProductId = Id<struct ProductTag>;
using StoreId = Id<struct StoreTag>;
using StaffId = Id<struct StaffTag>;
using DeviceId = Id<struct DeviceTag>;
using SaleId = Id<struct SaleTag>;
using CustomerId = Id<struct CustomerTag>;
using OrderId = Id<struct OrderTag>;
using CheckoutId = Id<struct CheckoutTag>;
using RequestId = Id<struct ReplenishmentRequestTag>;
using ReservationId = Id<struct ReservationTag>;
using TransferId = Id<struct TransferTag>;
using MovementId = Id<struct MovementTag>;
using LocationId = Id<struct LocationTag>;

// Fills a buffer with random bytes; production passes a CSPRNG, tests pass a fixed sequence.
using RandomSource = std::function<void(std::span<std::uint8_t>)>;
// std::random_device backed source.
RandomSource systemRandom();

// UUIDv7: 48-bit Unix milliseconds, then 74 random bits. Within one millisecond the 12-bit rand_a field is a counter
// (RFC 9562 method 1), so ids from one generator are strictly increasing even when the clock stands still or steps
// back. Not thread-safe: one generator per thread or guard it.
class UuidV7Generator {
public:
    UuidV7Generator(Clock clock, RandomSource random);
    Uuid next();

private:
    Clock m_clock;
    RandomSource m_random;
    std::int64_t m_lastMs = -1;
    std::uint16_t m_counter = 0;
};

}  // namespace magasin::domain

template <typename Tag>
struct std::hash<magasin::domain::Id<Tag>> {
    std::size_t operator()(const magasin::domain::Id<Tag>& id) const noexcept {
        std::size_t h = 0;
        for (auto b : id.uuid().bytes()) {
            h = h * 131 + b;
        }
        return h;
    }
};
