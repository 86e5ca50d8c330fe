#include "magasin/ui/money_text.hpp"

#include <QLocale>

#include "magasin/domain/domain_error.hpp"
#include "magasin/domain/money.hpp"

namespace magasin::ui {

QString formatMoney(std::int64_t cents) {
    const QLocale locale;
    const bool negative = cents < 0;
    const std::int64_t magnitude = negative ? -cents : cents;
    // Integer arithmetic for the digits; QLocale only for the separators and the symbol's place.
    const QString units = locale.toString(static_cast<qlonglong>(magnitude / 100));
    const QString number = units + locale.decimalPoint() +
                           QStringLiteral("%1").arg(static_cast<int>(magnitude % 100), 2, 10, QLatin1Char('0'));
    const QString sign = negative ? QStringLiteral("-") : QString();
    if (locale.language() == QLocale::French) {
        return sign + number + QStringLiteral("\u00a0$");
    }
    return sign + QStringLiteral("$") + number;
}

std::optional<std::int64_t> parseMoney(const QString& text) {
    QString cleaned = text.trimmed();
    cleaned.remove(QLatin1Char('$'));
    cleaned.remove(QChar(0x00a0));
    cleaned.remove(QChar(0x202f));
    cleaned = cleaned.trimmed();
    if (cleaned.isEmpty()) {
        return std::nullopt;
    }
    try {
        const auto money = domain::Money::parse(cleaned.toStdString());
        if (money.isNegative()) {
            return std::nullopt;
        }
        return money.cents();
    } catch (const domain::DomainError&) {
        return std::nullopt;
    }
}

}  // namespace magasin::ui
