#include "magasin/ui/report_content.hpp"

#include <QCoreApplication>
#include <QLocale>

#include "magasin/ui/money_text.hpp"
#include "magasin/ui/report_csv.hpp"

namespace magasin::ui {

namespace {

std::int64_t integerOf(const nlohmann::json& object, const std::string& key) {
    if (!object.is_object()) {
        return 0;
    }
    const auto it = object.find(key);
    return it != object.end() && it->is_number_integer() ? it->get<std::int64_t>() : 0;
}

std::int64_t sizeOf(const nlohmann::json& object, const std::string& key) {
    if (!object.is_object()) {
        return 0;
    }
    const auto it = object.find(key);
    return it != object.end() && it->is_array() ? static_cast<std::int64_t>(it->size()) : 0;
}

}  // namespace

ReportFigures ReportFigures::of(const nlohmann::json& consolidated) {
    ReportFigures f;
    f.revenueCents = integerOf(consolidated, "revenue_cents");
    f.taxesCents = integerOf(consolidated, "taxes_collected_cents");
    f.sales = integerOf(consolidated, "sale_count");
    if (f.sales > 0 && f.revenueCents >= 0) {
        f.averageBasketCents = (2 * f.revenueCents + f.sales) / (2 * f.sales);
    }
    if (consolidated.is_object() && consolidated.contains("products_sold") &&
        consolidated["products_sold"].is_array()) {
        for (const auto& p : consolidated["products_sold"]) {
            f.units += integerOf(p, "quantity");
        }
    }
    f.ruptures = sizeOf(consolidated, "ruptures");
    f.overstock = sizeOf(consolidated, "overstock");
    return f;
}

std::vector<KeyFigure> keyFigures(const ReportFigures& f) {
    const QLocale locale;
    const auto count = [&locale](std::int64_t n) { return locale.toString(static_cast<qlonglong>(n)); };
    const bool sales = f.sales > 0;
    return {
        {QStringLiteral("revenue"), QCoreApplication::translate("ReportsPage", "Revenue before taxes"),
         formatMoney(f.revenueCents), csvMoney(f.revenueCents)},
        {QStringLiteral("sales"), QCoreApplication::translate("ReportsPage", "Number of sales"), count(f.sales),
         QString::number(f.sales)},
        {QStringLiteral("basket"), QCoreApplication::translate("ReportsPage", "Average basket"),
         sales ? formatMoney(f.averageBasketCents) : QStringLiteral("\u2014"),
         sales ? csvMoney(f.averageBasketCents) : QString()},
        {QStringLiteral("taxes"), QCoreApplication::translate("ReportsPage", "Taxes collected"),
         formatMoney(f.taxesCents), csvMoney(f.taxesCents)},
        {QStringLiteral("units"), QCoreApplication::translate("ReportsPage", "Units sold"), count(f.units),
         QString::number(f.units)},
        {QStringLiteral("ruptures"), QCoreApplication::translate("ReportsPage", "Ruptures"), count(f.ruptures),
         QString::number(f.ruptures)},
        {QStringLiteral("overstock"), QCoreApplication::translate("ReportsPage", "Overstock"), count(f.overstock),
         QString::number(f.overstock)},
    };
}

nlohmann::json ReportContent::stores() const {
    if (indicators.is_object() && indicators.contains("items") && indicators["items"].is_array()) {
        return indicators["items"];
    }
    return nlohmann::json::array();
}

nlohmann::json ReportContent::list(const std::string& key) const {
    if (consolidated.is_object() && consolidated.contains(key) && consolidated[key].is_array()) {
        return consolidated[key];
    }
    return nlohmann::json::array();
}

QString ReportContent::storeName() const {
    const QString id = JsonTableModel::field(consolidated, "store_id");
    for (const auto& store : stores()) {
        if (JsonTableModel::field(store, "store_id") == id) {
            return JsonTableModel::field(store, "store_name");
        }
    }
    return id;
}

nlohmann::json ReportContent::productsWithShares() const {
    nlohmann::json rows = list("products_sold");
    const std::int64_t revenue = figures().revenueCents;
    for (auto& row : rows) {
        const std::int64_t part = integerOf(row, "revenue_cents");
        row["share_permille"] = revenue > 0 ? (2 * 1000 * part + revenue) / (2 * revenue) : 0;
    }
    return rows;
}

std::vector<JsonColumn> reportStoreColumns() {
    auto ruptures = JsonColumn::integer(QCoreApplication::translate("ReportsPage", "Ruptures"), "ruptures");
    ruptures.tone = [](const nlohmann::json& row) { return row.value("ruptures", 0) > 0 ? Tone::kBad : Tone::kNormal; };
    auto overstock = JsonColumn::integer(QCoreApplication::translate("ReportsPage", "Overstock"), "overstock");
    overstock.tone = [](const nlohmann::json& row) {
        return row.value("overstock", 0) > 0 ? Tone::kWarning : Tone::kNormal;
    };
    return {JsonColumn::text(QCoreApplication::translate("ReportsPage", "Store"), "store_name"),
            JsonColumn::money(QCoreApplication::translate("ReportsPage", "Revenue"), "revenue_cents"), ruptures,
            overstock, JsonColumn::text(QCoreApplication::translate("ReportsPage", "Top products (units)"), "trend")};
}

std::vector<JsonColumn> reportProductColumns() {
    auto share = JsonColumn::integer(QCoreApplication::translate("ReportsPage", "Share of revenue"), "share_permille");
    share.cell = [](const nlohmann::json& row) {
        const auto it = row.find("share_permille");
        if (it == row.end() || !it->is_number_integer()) {
            return QString();
        }
        return QLocale().toString(static_cast<double>(it->get<std::int64_t>()) / 10.0, 'f', 1) + QStringLiteral(" %");
    };
    return {JsonColumn::text(QCoreApplication::translate("ReportsPage", "Product"), "name"),
            JsonColumn::integer(QCoreApplication::translate("ReportsPage", "Units sold"), "quantity"),
            JsonColumn::money(QCoreApplication::translate("ReportsPage", "Revenue"), "revenue_cents"), share};
}

std::vector<JsonColumn> reportStockColumns(Tone tone) {
    auto level = JsonColumn::integer(QCoreApplication::translate("ReportsPage", "Level"), "level");
    level.tone = [tone](const nlohmann::json&) { return tone; };
    return {JsonColumn::text(QCoreApplication::translate("ReportsPage", "Product"), "name"), level};
}

}  // namespace magasin::ui
