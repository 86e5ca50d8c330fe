// The current stock of one product at one location, kept in step with the ledger, and the labels people read it by.
// Usage: StockLevel level(store, product, 4); auto outcome = level.apply(sale); labelName(level.label(), lang);
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "magasin/domain/language.hpp"
#include "magasin/domain/stock_location.hpp"
#include "magasin/domain/stock_movement.hpp"
#include "magasin/domain/uuid.hpp"

namespace magasin::domain {

// The central warehouse reads Critical, Low, Normal, High; a store reads Critical, Low, Medium, Well stocked.
enum class LevelLabel { kCritical, kLow, kNormal, kMedium, kHigh, kWellStocked };

// Where the labels change for one (location, product). Three limits, strictly increasing:
//   level <= critical -> Critical;  level <= low -> Low;  level >= high -> High (central) / Well stocked (store);
//   anything between -> Normal (central) / Medium (store).
// The seed's "store <= 20 Moyen" is high = 21 here, so that both kinds read the limits the same way.
class Thresholds {
public:
    // Throws DomainError kInvalidValue: "thresholds.negative" (critical < 0, field "critical") or "thresholds.order"
    // (not critical < low < high; field "low" or "high").
    static Thresholds of(LocationKind kind, std::int64_t critical, std::int64_t low, std::int64_t high);
    // Central: critical 5, low 10, high 100. Store: critical 2, low 5, high 21.
    static Thresholds defaultsFor(LocationKind kind);

    [[nodiscard]] LocationKind kind() const { return m_kind; }
    [[nodiscard]] std::int64_t critical() const { return m_critical; }
    [[nodiscard]] std::int64_t low() const { return m_low; }
    [[nodiscard]] std::int64_t high() const { return m_high; }
    friend bool operator==(const Thresholds&, const Thresholds&) = default;

private:
    Thresholds(LocationKind kind, std::int64_t critical, std::int64_t low, std::int64_t high)
        : m_kind(kind), m_critical(critical), m_low(low), m_high(high) {}
    LocationKind m_kind;
    std::int64_t m_critical;
    std::int64_t m_low;
    std::int64_t m_high;
};

LevelLabel labelFor(std::int64_t level, const Thresholds& thresholds);
// "Critique"/"Critical", "Bas"/"Low", "Normal", "Moyen"/"Medium", "Élevé"/"High", "Haut"/"Well stocked".
std::string_view labelName(LevelLabel label, Language language) noexcept;

// An offline sale took a level below zero: someone must count the shelf or fix the stock.
struct StockException {
    LocationId location;
    ProductId product;
    std::int64_t levelAfter;
    std::string source;  // the movement's source, e.g. "sale:<uuid>:<line>"
    friend bool operator==(const StockException&, const StockException&) = default;
};

struct MovementOutcome {
    std::int64_t level;
    std::optional<StockException> exception;
    friend bool operator==(const MovementOutcome&, const MovementOutcome&) = default;
};

class StockLevel {
public:
    // With the default thresholds of the location's kind.
    StockLevel(Location location, ProductId product, std::int64_t level);
    // Throws DomainError kInvalidValue "stock_level.thresholds.kind" when the thresholds are for the other kind.
    StockLevel(Location location, ProductId product, std::int64_t level, Thresholds thresholds);

    [[nodiscard]] const Location& location() const { return m_location; }
    [[nodiscard]] const ProductId& product() const { return m_product; }
    // Signed: offline sales may have taken it below zero.
    [[nodiscard]] std::int64_t level() const { return m_level; }
    [[nodiscard]] const Thresholds& thresholds() const { return m_thresholds; }
    [[nodiscard]] LevelLabel label() const { return labelFor(m_level, m_thresholds); }

    // Moves the level by the movement, or throws and leaves it unchanged:
    //   kInvalidValue "stock_level.movement.mismatch" for another location or product;
    //   kIllegalState "stock_level.count.stale" when a count was prepared against another level;
    //   kInsufficientStock "stock_level.insufficient" when an online movement would take the level below zero.
    // An offline sale that takes the level below zero is applied and reported as a stock exception.
    MovementOutcome apply(const Movement& movement);

private:
    Location m_location;
    ProductId m_product;
    std::int64_t m_level;
    Thresholds m_thresholds;
};

}  // namespace magasin::domain
