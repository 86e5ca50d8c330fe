#include "magasin/ui/product_tables.hpp"

#include <QCoreApplication>
#include <QStringList>

#include "magasin/ui/money_text.hpp"

namespace magasin::ui {

using nlohmann::json;

namespace {

std::int64_t cents(const json& row, const char* key) {
    const auto it = row.find(key);
    return it != row.end() && it->is_number_integer() ? it->get<std::int64_t>() : 0;
}

}  // namespace

QString productStatusText(const json& product) {
    return product.value("active", true) ? QCoreApplication::translate("magasin::ui::ProductTables", "Active")
                                         : QCoreApplication::translate("magasin::ui::ProductTables", "Archived");
}

std::vector<JsonColumn> productColumns() {
    JsonColumn barcodes;
    barcodes.header = QCoreApplication::translate("magasin::ui::ProductTables", "Barcodes");
    barcodes.cell = [](const json& row) {
        QStringList codes;
        const auto it = row.find("barcodes");
        if (it != row.end() && it->is_array()) {
            for (const auto& code : *it) {
                if (code.is_string()) {
                    codes << QString::fromStdString(code.get<std::string>());
                }
            }
        }
        return codes.join(QStringLiteral(", "));
    };
    JsonColumn taxable;
    taxable.header = QCoreApplication::translate("magasin::ui::ProductTables", "Taxable");
    taxable.cell = [](const json& row) {
        return row.value("taxable", true) ? QCoreApplication::translate("magasin::ui::ProductTables", "Yes")
                                          : QCoreApplication::translate("magasin::ui::ProductTables", "No");
    };
    JsonColumn status;
    status.header = QCoreApplication::translate("magasin::ui::ProductTables", "Status");
    status.cell = productStatusText;
    status.tone = [](const json& row) { return row.value("active", true) ? Tone::kGood : Tone::kWarning; };
    return {JsonColumn::text(QCoreApplication::translate("magasin::ui::ProductTables", "Name"), "name"),
            JsonColumn::text(QCoreApplication::translate("magasin::ui::ProductTables", "Category"), "category"),
            JsonColumn::money(QCoreApplication::translate("magasin::ui::ProductTables", "Price"), "price_cents"),
            JsonColumn::text(QCoreApplication::translate("magasin::ui::ProductTables", "SKU"), "sku"),
            barcodes,
            taxable,
            status};
}

std::vector<JsonColumn> priceHistoryColumns() {
    JsonColumn change;
    change.header = QCoreApplication::translate("magasin::ui::ProductTables", "Difference");
    change.cell = [](const json& row) {
        const std::int64_t delta = cents(row, "new_price_cents") - cents(row, "old_price_cents");
        return (delta > 0 ? QStringLiteral("+") : QStringLiteral("-")) + formatMoney(delta < 0 ? -delta : delta);
    };
    change.sortKey = [](const json& row) {
        return QVariant(static_cast<qlonglong>(cents(row, "new_price_cents") - cents(row, "old_price_cents")));
    };
    change.alignment = Qt::AlignRight | Qt::AlignVCenter;
    change.tone = [](const json& row) {
        return cents(row, "new_price_cents") > cents(row, "old_price_cents") ? Tone::kWarning : Tone::kGood;
    };
    return {
        JsonColumn::dateTime(QCoreApplication::translate("magasin::ui::ProductTables", "When"), "changed_at"),
        JsonColumn::money(QCoreApplication::translate("magasin::ui::ProductTables", "Old price"), "old_price_cents"),
        JsonColumn::money(QCoreApplication::translate("magasin::ui::ProductTables", "New price"), "new_price_cents"),
        change};
}

}  // namespace magasin::ui
