#include "magasin/ui/replenishment_columns.hpp"

#include <QCoreApplication>

namespace magasin::ui {
QString requestStatusText(const std::string& status) {
    if (status == "pending") {
        return QCoreApplication::translate("ReplenishmentPage", "Pending");
    }
    if (status == "approved" || status == "transferred") {
        return QCoreApplication::translate("ReplenishmentPage", "Approved");
    }
    if (status == "rejected") {
        return QCoreApplication::translate("ReplenishmentPage", "Rejected");
    }
    if (status == "withdrawn") {
        return QCoreApplication::translate("ReplenishmentPage", "Withdrawn");
    }
    return QString::fromStdString(status);
}

Tone requestStatusTone(const std::string& status) {
    if (status == "pending") {
        return Tone::kWarning;
    }
    if (status == "approved" || status == "transferred") {
        return Tone::kGood;
    }
    if (status == "rejected") {
        return Tone::kBad;
    }
    return Tone::kNormal;
}

QString staffText(const nlohmann::json& value, const StaffNames& names, const QString& unknown) {
    if (!value.is_string()) {
        return {};
    }
    // Requests record a person's decision as "staff:<id>" (ADR 0012), a reconciliation as "inventaire".
    auto id = value.get<std::string>();
    if (id.starts_with("staff:")) {
        id = id.substr(6);
    }
    if (names) {
        if (const QString name = names(id); !name.isEmpty()) {
            return name;
        }
    }
    if (id.size() != 36) {
        return QString::fromStdString(id);  // the server's word ("inventaire")
    }
    // Not a person of the manager's store: what the caller knows of them, or the id's end to tell two apart.
    return unknown.isEmpty() ? QCoreApplication::translate("ReplenishmentPage", "staff …%1")
                                   .arg(QString::fromStdString(id.substr(id.size() - 4)))
                             : unknown;
}

std::vector<JsonColumn> requestColumns(StaffNames names) {
    auto product = JsonColumn::text(QCoreApplication::translate("ReplenishmentPage", "Product"), "product_name");
    auto store = JsonColumn::text(QCoreApplication::translate("ReplenishmentPage", "Store"), "store_name");
    auto status = JsonColumn::text(QCoreApplication::translate("ReplenishmentPage", "Status"), "status");
    status.cell = [](const nlohmann::json& row) { return requestStatusText(row.value("status", std::string())); };
    status.tone = [](const nlohmann::json& row) { return requestStatusTone(row.value("status", std::string())); };
    auto asked = JsonColumn::integer(QCoreApplication::translate("ReplenishmentPage", "Asked"), "quantity");
    auto approved =
        JsonColumn::integer(QCoreApplication::translate("ReplenishmentPage", "Approved qty"), "approved_quantity");
    auto requestedBy = JsonColumn::text(QCoreApplication::translate("ReplenishmentPage", "Asked by"), "requested_by");
    requestedBy.cell = [names](const nlohmann::json& row) {
        return staffText(row.value("requested_by", nlohmann::json()), names,
                         QCoreApplication::translate("ReplenishmentPage", "staff of %1")
                             .arg(JsonTableModel::field(row, "store_name")));
    };
    auto decidedBy = JsonColumn::text(QCoreApplication::translate("ReplenishmentPage", "Decided by"), "decided_by");
    decidedBy.cell = [names](const nlohmann::json& row) {
        return staffText(row.value("decided_by", nlohmann::json()), names,
                         QCoreApplication::translate("ReplenishmentPage", "another store's manager"));
    };
    return {product,
            store,
            asked,
            status,
            approved,
            requestedBy,
            JsonColumn::dateTime(QCoreApplication::translate("ReplenishmentPage", "Asked at"), "requested_at"),
            decidedBy,
            JsonColumn::dateTime(QCoreApplication::translate("ReplenishmentPage", "Decided at"), "decided_at"),
            JsonColumn::text(QCoreApplication::translate("ReplenishmentPage", "Rejection reason"), "rejection_reason")};
}

std::vector<JsonColumn> suggestionColumns() {
    auto level = JsonColumn::integer(QCoreApplication::translate("ReplenishmentPage", "Store level"), "level");
    level.tone = [](const nlohmann::json& row) {
        const auto it = row.find("level");
        return it != row.end() && it->is_number() && it->get<std::int64_t>() <= 0 ? Tone::kBad : Tone::kWarning;
    };
    return {JsonColumn::text(QCoreApplication::translate("ReplenishmentPage", "Store"), "store_name"),
            JsonColumn::text(QCoreApplication::translate("ReplenishmentPage", "Product"), "product_name"), level,
            JsonColumn::integer(QCoreApplication::translate("ReplenishmentPage", "Suggested qty"), "quantity")};
}

}  // namespace magasin::ui
