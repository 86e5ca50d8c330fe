#include "magasin/ui/stock_tables.hpp"

#include <QCoreApplication>
#include <QLocale>

#include "magasin/ui/back_office_page.hpp"

namespace magasin::ui {

using nlohmann::json;

namespace {

QString nameOf(const QHash<QString, QString>& names, const json& row, const std::string& key) {
    const QString id = JsonTableModel::field(row, key);
    if (id.isEmpty()) {
        return {};
    }
    const auto it = names.constFind(id);
    return it != names.constEnd() ? *it : id.left(8);
}

qlonglong integerOf(const json& row, const std::string& key) {
    const auto it = row.find(key);
    return it != row.end() && it->is_number() ? it->get<qlonglong>() : 0;
}

qlonglong threshold(const json& row, const char* key) {
    const auto it = row.find("thresholds");
    return it != row.end() && it->is_object() ? integerOf(*it, key) : 0;
}

JsonColumn thresholdColumn(const QString& header, const char* key) {
    JsonColumn column = JsonColumn::integer(header, "");
    column.cell = [key](const json& row) {
        const auto it = row.find("thresholds");
        if (it == row.end() || !it->is_object()) {
            return QString();
        }
        const QString value = QString::number(threshold(row, key));
        return it->value("custom", false)
                   ? value
                   : QCoreApplication::translate("magasin::ui::StockTables", "%1 (default)").arg(value);
    };
    column.sortKey = [key](const json& row) { return QVariant(threshold(row, key)); };
    return column;
}

JsonColumn levelColumn() {
    JsonColumn column = JsonColumn::integer(QCoreApplication::translate("magasin::ui::StockTables", "Level"), "level");
    column.tone = levelTone;
    return column;
}

JsonColumn labelColumn() {
    JsonColumn column;
    column.header = QCoreApplication::translate("magasin::ui::StockTables", "Label");
    column.cell = levelLabelText;
    column.tone = levelTone;
    // Worst first when sorted ascending: the level itself orders the labels.
    column.sortKey = [](const json& row) { return QVariant(integerOf(row, "level")); };
    return column;
}

}  // namespace

json withNames(const json& rows, const StockNames& names) {
    json named = json::array();
    if (!rows.is_array()) {
        return named;
    }
    for (const auto& row : rows) {
        if (!row.is_object()) {
            continue;
        }
        json copy = row;
        copy["product_name"] = nameOf(names.products, row, "product_id").toStdString();
        if (row.contains("to_location_id")) {
            copy["location_name"] = nameOf(names.locations, row, "to_location_id").toStdString();
            copy["from_location_name"] = nameOf(names.locations, row, "from_location_id").toStdString();
        } else {
            copy["location_name"] = nameOf(names.locations, row, "location_id").toStdString();
        }
        named.push_back(std::move(copy));
    }
    return named;
}

QString levelLabelText(const json& level) {
    const qlonglong value = integerOf(level, "level");
    if (value < 0) {
        return QCoreApplication::translate("magasin::ui::StockTables", "Negative");
    }
    if (value == 0) {
        return QCoreApplication::translate("magasin::ui::StockTables", "Out of stock");
    }
    const bool french = QLocale().language() == QLocale::French;
    const QString label = JsonTableModel::field(level, french ? "label_fr" : "label_en");
    return label.isEmpty() ? JsonTableModel::field(level, "label") : label;
}

Tone levelTone(const json& level) {
    const QString label = JsonTableModel::field(level, "label");
    if (integerOf(level, "level") <= 0 || label == QStringLiteral("critical")) {
        return Tone::kBad;
    }
    return label == QStringLiteral("low") ? Tone::kWarning : Tone::kNormal;
}

StockTotals stockTotals(const json& levels) {
    StockTotals totals;
    if (!levels.is_array()) {
        return totals;
    }
    for (const auto& level : levels) {
        ++totals.levels;
        const qlonglong value = integerOf(level, "level");
        const QString label = JsonTableModel::field(level, "label");
        if (value < 0) {
            ++totals.negative;
        } else if (value == 0) {
            ++totals.out;
        } else if (label == QStringLiteral("critical")) {
            ++totals.critical;
        } else if (label == QStringLiteral("low")) {
            ++totals.low;
        }
    }
    return totals;
}

QString stockTotalsText(const StockTotals& totals) {
    return QCoreApplication::translate("magasin::ui::StockTables",
                                       "%1 levels: %2 low, %3 critical, %4 out of stock, %5 negative")
        .arg(totals.levels)
        .arg(totals.low)
        .arg(totals.critical)
        .arg(totals.out)
        .arg(totals.negative);
}

std::vector<JsonColumn> stockLevelColumns() {
    return {JsonColumn::text(QCoreApplication::translate("magasin::ui::StockTables", "Location"), "location_name"),
            JsonColumn::text(QCoreApplication::translate("magasin::ui::StockTables", "Product"), "product_name"),
            levelColumn(),
            labelColumn(),
            thresholdColumn(QCoreApplication::translate("magasin::ui::StockTables", "Critical at"), "critical"),
            thresholdColumn(QCoreApplication::translate("magasin::ui::StockTables", "Low at"), "low"),
            thresholdColumn(QCoreApplication::translate("magasin::ui::StockTables", "High at"), "high"),
            JsonColumn::dateTime(QCoreApplication::translate("magasin::ui::StockTables", "Updated"), "updated_at")};
}

std::vector<JsonColumn> stockExceptionColumns() {
    JsonColumn sales;
    sales.header = QCoreApplication::translate("magasin::ui::StockTables", "Sales that caused it");
    sales.cell = [](const json& row) {
        const auto it = row.find("causes");
        return QString::number(it != row.end() && it->is_array() ? it->size() : 0);
    };
    sales.sortKey = [](const json& row) {
        const auto it = row.find("causes");
        return QVariant(static_cast<qlonglong>(it != row.end() && it->is_array() ? it->size() : 0));
    };
    sales.alignment = Qt::AlignRight | Qt::AlignVCenter;
    return {JsonColumn::text(QCoreApplication::translate("magasin::ui::StockTables", "Location"), "location_name"),
            JsonColumn::text(QCoreApplication::translate("magasin::ui::StockTables", "Product"), "product_name"),
            levelColumn(),
            labelColumn(),
            sales,
            JsonColumn::dateTime(QCoreApplication::translate("magasin::ui::StockTables", "Updated"), "updated_at")};
}

std::vector<JsonColumn> exceptionCauseColumns() {
    JsonColumn delta =
        JsonColumn::integer(QCoreApplication::translate("magasin::ui::StockTables", "Quantity"), "delta");
    delta.tone = [](const json& row) { return integerOf(row, "level_after") < 0 ? Tone::kBad : Tone::kNormal; };
    JsonColumn after =
        JsonColumn::integer(QCoreApplication::translate("magasin::ui::StockTables", "Level after"), "level_after");
    after.tone = delta.tone;
    JsonColumn origin;
    origin.header = QCoreApplication::translate("magasin::ui::StockTables", "Recorded");
    origin.cell = [](const json& row) {
        return JsonTableModel::field(row, "origin") == QStringLiteral("offline")
                   ? QCoreApplication::translate("magasin::ui::StockTables", "Offline at the till")
                   : QCoreApplication::translate("magasin::ui::StockTables", "Online");
    };
    return {JsonColumn::dateTime(QCoreApplication::translate("magasin::ui::StockTables", "When"), "at"), delta, after,
            JsonColumn::text(QCoreApplication::translate("magasin::ui::StockTables", "Sale"), "sale_id"), origin};
}

std::vector<JsonColumn> transferColumns() {
    return {JsonColumn::dateTime(QCoreApplication::translate("magasin::ui::StockTables", "When"), "at"),
            JsonColumn::text(QCoreApplication::translate("magasin::ui::StockTables", "Product"), "product_name"),
            JsonColumn::integer(QCoreApplication::translate("magasin::ui::StockTables", "Quantity"), "quantity"),
            JsonColumn::text(QCoreApplication::translate("magasin::ui::StockTables", "From"), "from_location_name"),
            JsonColumn::text(QCoreApplication::translate("magasin::ui::StockTables", "To"), "location_name"),
            JsonColumn::text(QCoreApplication::translate("magasin::ui::StockTables", "By"), "actor")};
}

std::vector<JsonColumn> movementColumns() {
    JsonColumn delta =
        JsonColumn::integer(QCoreApplication::translate("magasin::ui::StockTables", "Quantity"), "delta");
    delta.cell = [](const json& row) {
        const qlonglong value = integerOf(row, "delta");
        return value > 0 ? QStringLiteral("+%1").arg(value) : QString::number(value);
    };
    JsonColumn after =
        JsonColumn::integer(QCoreApplication::translate("magasin::ui::StockTables", "Level after"), "level_after");
    after.tone = [](const json& row) { return integerOf(row, "level_after") < 0 ? Tone::kBad : Tone::kNormal; };
    return {JsonColumn::dateTime(QCoreApplication::translate("magasin::ui::StockTables", "When"), "at"),
            JsonColumn::text(QCoreApplication::translate("magasin::ui::StockTables", "Location"), "location_name"),
            JsonColumn::text(QCoreApplication::translate("magasin::ui::StockTables", "Product"), "product_name"),
            JsonColumn::text(QCoreApplication::translate("magasin::ui::StockTables", "Reason"), "reason"),
            delta,
            after,
            JsonColumn::text(QCoreApplication::translate("magasin::ui::StockTables", "Source"), "source")};
}

}  // namespace magasin::ui
