// Money as cashiers read and type it, in the UI's language: "12,34 $" in French, "$12.34" in English.
// Usage: label->setText(formatMoney(1234)); if (auto cents = parseMoney(edit->text())) ...
#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace magasin::ui {

// Formats with QLocale() (the language chosen for the UI).
QString formatMoney(std::int64_t cents);
// "50", "50.5", "50,50", "50,50 $", "$50.50" -> cents; std::nullopt for anything else or a negative amount
// (domain::Money::parse decides what an amount is).
std::optional<std::int64_t> parseMoney(const QString& text);

}  // namespace magasin::ui
