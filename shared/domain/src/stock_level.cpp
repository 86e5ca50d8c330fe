#include "magasin/domain/stock_level.hpp"

#include "magasin/domain/domain_error.hpp"

#include <algorithm>

namespace magasin::domain {

Thresholds Thresholds::of(LocationKind kind, std::int64_t critical, std::int64_t low, std::int64_t high) {
    if (critical < 0) {
        throw DomainError(ErrorCode::kInvalidValue, "thresholds.negative", "critical",
                          "The critical threshold cannot be negative");
    }
    if (low <= critical) {
        throw DomainError(ErrorCode::kInvalidValue, "thresholds.order", "low",
                          "The low threshold must be above the critical threshold");
    }
    if (high <= low) {
        throw DomainError(ErrorCode::kInvalidValue, "thresholds.order", "high",
                          "The high threshold must be above the low threshold");
    }
    return Thresholds(kind, critical, low, high);
}

Thresholds Thresholds::defaultsFor(LocationKind kind) {
    return kind == LocationKind::kCentral ? Thresholds(kind, 5, 10, 100) : Thresholds(kind, 2, 5, 21);
}

LevelLabel labelFor(std::int64_t level, const Thresholds& thresholds) {
    const bool central = thresholds.kind() == LocationKind::kCentral;
    if (level <= thresholds.critical()) {
        return LevelLabel::kCritical;
    }
    if (level <= thresholds.low()) {
        return LevelLabel::kLow;
    }
    if (level >= thresholds.high()) {
        return central ? LevelLabel::kHigh : LevelLabel::kWellStocked;
    }
    return central ? LevelLabel::kNormal : LevelLabel::kMedium;
}

std::string_view labelName(LevelLabel label, Language language) noexcept {
    const bool french = language == Language::kFrench;
    switch (label) {
        case LevelLabel::kCritical: return french ? "Critique" : "Critical";
        case LevelLabel::kLow: return french ? "Bas" : "Low";
        case LevelLabel::kNormal: return "Normal";
        case LevelLabel::kMedium: return french ? "Moyen" : "Medium";
        case LevelLabel::kHigh: return french ? "Élevé" : "High";
        case LevelLabel::kWellStocked: return french ? "Haut" : "Well stocked";
    }
    return "";
}

StockLevel::StockLevel(Location location, ProductId product, std::int64_t level)
    : StockLevel(location, product, level, Thresholds::defaultsFor(location.kind())) {}

StockLevel::StockLevel(Location location, ProductId product, std::int64_t level, Thresholds thresholds)
    : m_location(std::move(location)), m_product(product), m_level(level), m_thresholds(thresholds) {
    if (m_thresholds.kind() != m_location.kind()) {
        throw DomainError(ErrorCode::kInvalidValue, "stock_level.thresholds.kind", "",
                          "These thresholds are for another kind of location");
    }
}

MovementOutcome StockLevel::apply(const Movement& movement) {
    if (movement.location() != m_location.id() || movement.product() != m_product) {
        throw DomainError(ErrorCode::kInvalidValue, "stock_level.movement.mismatch", "",
                          "This stock movement is for another location or product");
    }
    const std::int64_t after = m_level + movement.delta();
    if (movement.counted() && after != *movement.counted()) {
        throw DomainError(ErrorCode::kIllegalState, "stock_level.count.stale", "",
                          "The stock changed while the count was entered; count again");
    }
    std::optional<StockException> exception;
    if (movement.delta() < 0 && after < 0) {
        if (!movement.fromOfflineSale()) {
            throw DomainError(ErrorCode::kInsufficientStock, "stock_level.insufficient", "quantity",
                              "Not enough stock at " + m_location.name() + ": " +
                                  std::to_string(std::max<std::int64_t>(m_level, 0)) + " available, " +
                                  std::to_string(-movement.delta()) + " asked");
        }
        exception = StockException{m_location.id(), m_product, after, movement.source()};
    }
    m_level = after;
    return {m_level, exception};
}

}  // namespace magasin::domain
