#include "magasin/ui/sales_columns.hpp"

#include <QCoreApplication>
#include <QStringList>

#include "magasin/ui/back_office_page.hpp"
#include "magasin/ui/money_text.hpp"

namespace magasin::ui {

using nlohmann::json;

namespace {

std::int64_t cents(const json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_number_integer() ? it->get<std::int64_t>() : 0;
}

std::int64_t totalOf(const json& sale) {
    const auto it = sale.find("totals");
    return it != sale.end() && it->is_object() ? cents(*it, "total_cents") : 0;
}

QString paymentMethodText(const std::string& method) {
    if (method == "cash") {
        return QCoreApplication::translate("SalesPage", "Cash");
    }
    if (method == "card") {
        return QCoreApplication::translate("SalesPage", "Card");
    }
    return QString::fromStdString(method);
}

QString paymentsText(const json& sale) {
    QStringList methods;
    for (const auto& payment : sale.value("payments", json::array())) {
        const QString method = paymentMethodText(payment.value("method", std::string()));
        if (!methods.contains(method)) {
            methods << method;
        }
    }
    return methods.join(QStringLiteral(" + "));
}

// A receipt line: the text on the left, the amount at a fixed column on the right.
QString receiptLine(const QString& left, const QString& right, int width = 44) {
    const int gap = std::max(1, width - static_cast<int>(left.size()) - static_cast<int>(right.size()));
    return left + QString(gap, QLatin1Char(' ')) + right;
}

}  // namespace

SalesTotals salesTotals(const json& sales) {
    SalesTotals totals;
    if (!sales.is_array()) {
        return totals;
    }
    for (const auto& sale : sales) {
        ++totals.count;
        if (sale.value("status", std::string()) == "cancelled") {
            ++totals.cancelled;
        } else {
            totals.revenueCents += totalOf(sale);
        }
        const auto flags = sale.find("flags");
        if (flags != sale.end() && flags->is_array() && !flags->empty()) {
            ++totals.flagged;
        }
    }
    return totals;
}

QString saleFlagText(const std::string& code) {
    if (code == "price_differs_from_catalogue") {
        return QCoreApplication::translate("SalesPage", "Price differs from the catalogue");
    }
    if (code == "archived_product") {
        return QCoreApplication::translate("SalesPage", "Archived product sold");
    }
    if (code == "totals_differ_from_terminal") {
        return QCoreApplication::translate("SalesPage", "Till totals differ");
    }
    if (code == "unknown_product") {
        return QCoreApplication::translate("SalesPage", "Product unknown to the catalogue");
    }
    return QString::fromStdString(code);
}

QString saleFlagsText(const json& sale) {
    QStringList texts;
    for (const auto& flag : sale.value("flags", json::array())) {
        const QString text = saleFlagText(flag.value("code", std::string()));
        if (!texts.contains(text)) {
            texts << text;
        }
    }
    return texts.join(QStringLiteral(", "));
}

QString saleStatusText(const std::string& status) {
    if (status == "active") {
        return QCoreApplication::translate("SalesPage", "Completed");
    }
    if (status == "cancelled") {
        return QCoreApplication::translate("SalesPage", "Cancelled");
    }
    return QString::fromStdString(status);
}

std::vector<JsonColumn> saleColumns(StaffNames names) {
    auto cashier = JsonColumn::text(QCoreApplication::translate("SalesPage", "Cashier"), "staff_id");
    cashier.cell = [names](const json& row) { return staffText(row.value("staff_id", json()), names); };
    auto lines = JsonColumn::integer(QCoreApplication::translate("SalesPage", "Items"), "lines");
    lines.cell = [](const json& row) {
        std::int64_t count = 0;
        for (const auto& line : row.value("lines", json::array())) {
            count += line.value("quantity", std::int64_t{0});
        }
        return QString::number(count);
    };
    lines.sortKey = [cell = lines.cell](const json& row) { return QVariant(cell(row).toLongLong()); };
    auto total = JsonColumn::money(QCoreApplication::translate("SalesPage", "Total"), "totals");
    total.cell = [](const json& row) { return formatMoney(totalOf(row)); };
    total.sortKey = [](const json& row) { return QVariant(static_cast<qlonglong>(totalOf(row))); };
    auto payments = JsonColumn::text(QCoreApplication::translate("SalesPage", "Payment"), "payments");
    payments.cell = [](const json& row) { return paymentsText(row); };
    auto status = JsonColumn::text(QCoreApplication::translate("SalesPage", "Status"), "status");
    status.cell = [](const json& row) { return saleStatusText(row.value("status", std::string())); };
    status.tone = [](const json& row) {
        return row.value("status", std::string()) == "cancelled" ? Tone::kBad : Tone::kNormal;
    };
    auto flags = JsonColumn::text(QCoreApplication::translate("SalesPage", "Flags"), "flags");
    flags.cell = [](const json& row) { return saleFlagsText(row); };
    flags.tone = [](const json& row) {
        const auto it = row.find("flags");
        return it != row.end() && it->is_array() && !it->empty() ? Tone::kWarning : Tone::kNormal;
    };
    auto origin = JsonColumn::text(QCoreApplication::translate("SalesPage", "Recorded"), "origin");
    origin.cell = [](const json& row) {
        return row.value("origin", std::string()) == "terminal" ? QCoreApplication::translate("SalesPage", "till sync")
                                                                : QCoreApplication::translate("SalesPage", "online");
    };
    return {JsonColumn::dateTime(QCoreApplication::translate("SalesPage", "Time"), "at"),
            cashier,
            lines,
            total,
            payments,
            status,
            flags,
            origin};
}

QString saleReceiptText(const json& sale, const QString& storeName, const StaffNames& names) {
    QStringList out;
    out << storeName;
    out << QCoreApplication::translate("SalesPage", "Sale %1")
               .arg(QString::fromStdString(sale.value("id", std::string())));
    out << QCoreApplication::translate("SalesPage", "%1 · cashier: %2")
               .arg(BackOfficePage::localTime(sale.value("at", std::string())),
                    staffText(sale.value("staff_id", json()), names));
    out << QString(44, QLatin1Char('-'));
    for (const auto& line : sale.value("lines", json::array())) {
        const QString name = JsonTableModel::field(line, "name");
        out << receiptLine(QStringLiteral("%1 × %2").arg(JsonTableModel::field(line, "quantity"), name),
                           formatMoney(cents(line, "total_cents")));
        if (line.value("quantity", 1) != 1) {
            out << QStringLiteral("    ") + QCoreApplication::translate("SalesPage", "%1 each")
                                                .arg(formatMoney(cents(line, "unit_price_cents")));
        }
        if (cents(line, "discount_cents") > 0) {
            out << QStringLiteral("    ") + QCoreApplication::translate("SalesPage", "discount %1")
                                                .arg(formatMoney(-cents(line, "discount_cents")));
        }
        if (!line.value("taxable", true)) {
            out << QStringLiteral("    ") + QCoreApplication::translate("SalesPage", "not taxable");
        }
    }
    out << QString(44, QLatin1Char('-'));
    const json totals = sale.value("totals", json::object());
    out << receiptLine(QCoreApplication::translate("SalesPage", "Subtotal"),
                       formatMoney(cents(totals, "subtotal_cents")));
    for (const auto& tax : totals.value("taxes", json::array())) {
        out << receiptLine(JsonTableModel::field(tax, "code"), formatMoney(cents(tax, "amount_cents")));
    }
    out << receiptLine(QCoreApplication::translate("SalesPage", "TOTAL"), formatMoney(cents(totals, "total_cents")));
    for (const auto& payment : sale.value("payments", json::array())) {
        out << receiptLine(paymentMethodText(payment.value("method", std::string())),
                           formatMoney(cents(payment, "amount_cents")));
    }
    if (cents(sale, "change_due_cents") > 0) {
        out << receiptLine(QCoreApplication::translate("SalesPage", "Change due"),
                           formatMoney(cents(sale, "change_due_cents")));
    }
    const auto flags = sale.value("flags", json::array());
    if (!flags.empty()) {
        out << QString();
        out << QCoreApplication::translate("SalesPage", "To check:");
        for (const auto& flag : flags) {
            QString detail = QStringLiteral("  • ") + saleFlagText(flag.value("code", std::string()));
            if (flag.contains("server_value_cents")) {
                detail += QCoreApplication::translate("SalesPage", " (till: %1, server: %2)")
                              .arg(formatMoney(cents(flag, "terminal_value_cents")),
                                   formatMoney(cents(flag, "server_value_cents")));
            }
            out << detail;
        }
    }
    const json cancellation = sale.value("cancellation", json());
    if (cancellation.is_object()) {
        out << QString();
        out << QCoreApplication::translate("SalesPage", "CANCELLED %1 by %2: %3")
                   .arg(BackOfficePage::localTime(cancellation.value("at", std::string())),
                        staffText(cancellation.value("by", json()), names),
                        JsonTableModel::field(cancellation, "reason"));
    }
    return out.join(QLatin1Char('\n'));
}

}  // namespace magasin::ui
