#include "magasin/ui/sync_tables.hpp"

#include <algorithm>
#include <map>

#include "magasin/ui/back_office_page.hpp"
#include "magasin/ui/money_text.hpp"

namespace magasin::ui {

using nlohmann::json;

namespace {

std::string stringOf(const json& object, const std::string& key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::int64_t integerOf(const json& object, const std::string& key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_number_integer() ? it->get<std::int64_t>() : 0;
}

QString text(const json& object, const std::string& key) {
    return QString::fromStdString(stringOf(object, key));
}

// The last 8 characters of an id: enough for a person to match a receipt or tell support (the first ones of a
// UUIDv7 are its time, the same for everything made in the same minutes).
QString shortId(const std::string& id) {
    return QString::fromStdString(id.size() > 8 ? id.substr(id.size() - 8) : id);
}

// "Never" for a time the server never saw, else its age ("3 min ago"): the exact times are in the push and read
// columns.
QString ageOrNever(const json& row, const std::string& key) {
    const std::string iso = stringOf(row, key);
    if (iso.empty()) {
        return SyncTables::tr("Never");
    }
    const QDateTime then = QDateTime::fromString(QString::fromStdString(iso), Qt::ISODateWithMs);
    return then.isValid() ? BackOfficePage::age(then, QDateTime::currentDateTimeUtc()) : BackOfficePage::localTime(iso);
}

JsonColumn countColumn(const QString& header, const std::string& group, const std::string& key, Tone whenAny) {
    JsonColumn column;
    column.header = header;
    column.cell = [group, key](const json& row) {
        return QString::number(row.contains(group) ? integerOf(row.at(group), key) : 0);
    };
    column.sortKey = [group, key](const json& row) {
        return QVariant(static_cast<qlonglong>(row.contains(group) ? integerOf(row.at(group), key) : 0));
    };
    column.alignment = Qt::AlignRight | Qt::AlignVCenter;
    column.tone = [group, key, whenAny](const json& row) {
        return row.contains(group) && integerOf(row.at(group), key) > 0 ? whenAny : Tone::kNormal;
    };
    return column;
}

JsonColumn adviceColumn() {
    return JsonColumn::text(SyncTables::tr("What to do"), "advice");
}

}  // namespace

std::vector<JsonColumn> SyncTables::deviceColumns() {
    JsonColumn name;
    name.header = tr("Terminal");
    name.cell = [](const json& row) {
        return row.value("this_terminal", false) ? tr("%1 (here)").arg(text(row, "name")) : text(row, "name");
    };
    name.sortKey = [](const json& row) { return QVariant(text(row, "name")); };
    JsonColumn status;
    status.header = tr("Status");
    status.cell = [](const json& row) { return row.value("revoked", false) ? tr("Revoked") : tr("In service"); };
    status.tone = [](const json& row) { return row.value("revoked", false) ? Tone::kWarning : Tone::kGood; };
    JsonColumn lastSync;
    lastSync.header = tr("Last sync");
    lastSync.cell = [](const json& row) { return ageOrNever(row, "last_sync_at"); };
    lastSync.sortKey = [](const json& row) { return QVariant(text(row, "last_sync_at")); };
    lastSync.tone = [](const json& row) {
        return stringOf(row, "last_sync_at").empty() && !row.value("revoked", false) ? Tone::kWarning : Tone::kNormal;
    };
    JsonColumn lastPush = JsonColumn::dateTime(tr("Last push"), "last_push_at");
    JsonColumn lastFeed = JsonColumn::dateTime(tr("Last read"), "last_feed_at");
    JsonColumn pending;
    pending.header = tr("Pending");
    pending.cell = [](const json& row) {
        const auto it = row.find("pending");
        return it != row.end() && it->is_number_integer() ? QString::number(it->get<std::int64_t>()) : tr("unknown");
    };
    pending.sortKey = [](const json& row) {
        const auto it = row.find("pending");
        return it != row.end() && it->is_number_integer() ? QVariant(it->get<qlonglong>()) : QVariant(-1LL);
    };
    pending.alignment = Qt::AlignRight | Qt::AlignVCenter;
    pending.tone = [](const json& row) { return integerOf(row, "pending") > 0 ? Tone::kWarning : Tone::kNormal; };
    return {name,
            status,
            lastSync,
            lastPush,
            lastFeed,
            pending,
            JsonColumn::integer(tr("Seq ack."), "last_device_seq"),
            countColumn(tr("Applied"), "commands", "applied", Tone::kGood),
            countColumn(tr("With flags"), "commands", "applied_with_flags", Tone::kWarning),
            countColumn(tr("Rejected commands"), "commands", "rejected", Tone::kBad)};
}

std::vector<JsonColumn> SyncTables::rejectionColumns() {
    JsonColumn type;
    type.header = tr("Command");
    type.cell = [](const json& row) {
        const std::string kind = stringOf(row, "type");
        return kind == "RecordSale"   ? tr("Sale")
               : kind == "CancelSale" ? tr("Cancellation")
                                      : QString::fromStdString(kind);
    };
    JsonColumn problem;
    problem.header = tr("Problem");
    problem.cell = [](const json& row) {
        // The servers' titles are English; the kind of refusal, by status, reads in the UI's language.
        const json p = row.value("problem", json::object());
        const int status = p.value("status", 0);
        const QString kind = status == 401 || status == 403   ? tr("Not allowed")
                             : status == 404                  ? tr("Not found")
                             : status == 409                  ? tr("In conflict with the current state")
                             : status == 400 || status == 422 ? tr("Refused data")
                                                              : text(p, "title");
        return tr("%1 (%2)").arg(kind, text(p, "code"));
    };
    problem.tone = [](const json&) { return Tone::kBad; };
    JsonColumn message;
    message.header = tr("Server's message");
    message.cell = [](const json& row) {
        const json p = row.value("problem", json::object());
        QString detail = text(p, "detail");
        // The field errors add what the detail does not already say.
        for (const auto& e : p.value("errors", json::array())) {
            const QString message = text(e, "message");
            if (!message.isEmpty() && !detail.contains(message)) {
                detail += QStringLiteral(" ") + message;
            }
        }
        return detail;
    };
    JsonColumn command;
    command.header = tr("Command no.");
    command.cell = [](const json& row) {
        return tr("%1 (seq %2)").arg(shortId(stringOf(row, "command_id"))).arg(integerOf(row, "device_seq"));
    };
    return {JsonColumn::dateTime(tr("When"), "at"),
            JsonColumn::text(tr("Terminal"), "device_name"),
            type,
            command,
            problem,
            message,
            adviceColumn()};
}

std::vector<JsonColumn> SyncTables::flagColumns() {
    JsonColumn kind = JsonColumn::text(tr("Flag"), "kind_text");
    kind.tone = [](const json& row) {
        const std::string k = stringOf(row, "kind");
        return k == kStockNegative || k == "totals_differ_from_terminal" ? Tone::kBad : Tone::kWarning;
    };
    JsonColumn sale;
    sale.header = tr("Sale");
    sale.cell = [](const json& row) { return shortId(stringOf(row, "sale_id")); };
    return {JsonColumn::dateTime(tr("When"), "at"),   kind,          JsonColumn::text(tr("Terminal"), "terminal"), sale,
            JsonColumn::text(tr("Detail"), "detail"), adviceColumn()};
}

json SyncTables::deviceRows(const json& devices, const std::optional<LocalTerminal>& local) {
    json rows = json::array();
    if (!devices.is_array()) {
        return rows;
    }
    for (json row : devices) {
        if (!row.is_object()) {
            continue;
        }
        const bool mine = local && stringOf(row, "id") == local->deviceId;
        row["this_terminal"] = mine;
        row["pending"] = mine ? json(local->pendingCommands) : json(nullptr);
        rows.push_back(std::move(row));
    }
    return rows;
}

json SyncTables::rejectionRows(const json& rejections) {
    json rows = json::array();
    if (!rejections.is_array()) {
        return rows;
    }
    for (json row : rejections) {
        if (!row.is_object()) {
            continue;
        }
        row["advice"] = rejectionAdvice(row).toStdString();
        rows.push_back(std::move(row));
    }
    return rows;
}

json SyncTables::flagRows(const json& flaggedSales, const json& stockExceptions, const json& devices,
                          const json& productNames) {
    std::map<std::string, std::string> terminalNames;
    if (devices.is_array()) {
        for (const auto& d : devices) {
            terminalNames[stringOf(d, "id")] = stringOf(d, "name");
        }
    }
    const auto terminalOf = [&](const json& sale) {
        const std::string device = stringOf(sale, "device_id");
        if (device.empty()) {
            return tr("Back office or web").toStdString();
        }
        const auto it = terminalNames.find(device);
        return it != terminalNames.end() ? it->second : shortId(device).toStdString();
    };
    json rows = json::array();
    const auto add = [&rows](const std::string& at, const std::string& kind, const std::string& terminal,
                             const std::string& saleId, const QString& detail) {
        rows.push_back({{"at", at},
                        {"kind", kind},
                        {"kind_text", flagKindText(kind).toStdString()},
                        {"terminal", terminal},
                        {"sale_id", saleId},
                        {"detail", detail.toStdString()},
                        {"advice", flagAdvice(kind).toStdString()}});
    };
    if (flaggedSales.is_array()) {
        for (const auto& sale : flaggedSales) {
            if (!sale.is_object()) {
                continue;
            }
            const json lines = sale.value("lines", json::array());
            for (const auto& flag : sale.value("flags", json::array())) {
                const std::string code = stringOf(flag, "code");
                QString product = shortId(stringOf(flag, "product_id"));
                if (flag.contains("line") && flag["line"].is_number_unsigned() && lines.is_array() &&
                    flag["line"].get<std::size_t>() < lines.size()) {
                    product = text(lines[flag["line"].get<std::size_t>()], "name");
                }
                const QString sold = formatMoney(integerOf(flag, "terminal_value_cents"));
                const QString server = formatMoney(integerOf(flag, "server_value_cents"));
                QString detail;
                if (code == "price_differs_from_catalogue") {
                    detail = tr("%1: sold at %2, catalogue price %3").arg(product, sold, server);
                } else if (code == "archived_product") {
                    detail = tr("%1: archived in the catalogue, sold at %2").arg(product, sold);
                } else if (code == "totals_differ_from_terminal") {
                    detail = tr("Till total %1, server total %2").arg(sold, server);
                } else if (code == "unknown_product") {
                    detail = tr("%1: unknown to the catalogue, sold at %2").arg(product, sold);
                } else {
                    detail = QString::fromStdString(code);
                }
                add(stringOf(sale, "at"), code, terminalOf(sale), stringOf(sale, "id"), detail);
            }
        }
    }
    if (stockExceptions.is_array()) {
        for (const auto& exception : stockExceptions) {
            if (!exception.is_object()) {
                continue;
            }
            const std::string productId = stringOf(exception, "product_id");
            const QString product = productNames.is_object() && productNames.contains(productId)
                                        ? text(productNames, productId)
                                        : shortId(productId);
            QStringList sales;
            std::string lastSale;
            std::string at = stringOf(exception, "updated_at");
            for (const auto& cause : exception.value("causes", json::array())) {
                if (const std::string sale = stringOf(cause, "sale_id"); !sale.empty()) {
                    sales << shortId(sale);
                    lastSale = sale;
                }
            }
            QString detail = tr("%1: %2 in stock").arg(product).arg(integerOf(exception, "level"));
            if (!sales.isEmpty()) {
                detail += QStringLiteral(" ") + tr("after sales %1").arg(sales.join(QStringLiteral(", ")));
            }
            add(at, kStockNegative, std::string(), lastSale, detail);
        }
    }
    // Newest first (ISO-8601 UTC texts order as times).
    std::stable_sort(rows.begin(), rows.end(),
                     [](const json& a, const json& b) { return stringOf(a, "at") > stringOf(b, "at"); });
    return rows;
}

QString SyncTables::flagKindText(const std::string& kind) {
    if (kind == "price_differs_from_catalogue") {
        return tr("Price differed from the catalogue");
    }
    if (kind == "archived_product") {
        return tr("Archived product sold");
    }
    if (kind == "totals_differ_from_terminal") {
        return tr("Till totals differed");
    }
    if (kind == "unknown_product") {
        return tr("Product unknown to the catalogue");
    }
    if (kind == kStockNegative) {
        return tr("Stock went negative");
    }
    return QString::fromStdString(kind);
}

QString SyncTables::flagAdvice(const std::string& kind) {
    if (kind == "price_differs_from_catalogue") {
        return tr("Check the shelf label and the till's price list; nothing to undo, the sale stands as sold.");
    }
    if (kind == "archived_product") {
        return tr("Take the product off the shelf, or restore it in Products if it is still sold; the sale stands.");
    }
    if (kind == "totals_differ_from_terminal") {
        return tr("Check this till's taxes and count its cash drawer; the sale is kept with the server's totals.");
    }
    if (kind == "unknown_product") {
        return tr("Create the product in Products or check its barcode; the sale stands.");
    }
    if (kind == kStockNegative) {
        return tr("Count the shelf and enter the count in Stock; ask for replenishment if it is short.");
    }
    return tr("Look at the sale in Sales; call support if it is unclear.");
}

QString SyncTables::rejectionAdvice(const json& rejection) {
    const json problem = rejection.value("problem", json::object());
    const int status = problem.value("status", 0);
    const bool cancellation = stringOf(rejection, "type") == "CancelSale";
    if (status == 409) {
        return cancellation ? tr("Already done or in conflict: check the sale in Sales; nothing to redo if it is "
                                 "already cancelled.")
                            : tr("Already recorded or in conflict: check the sale in Sales before entering it again.");
    }
    if (status == 401 || status == 403) {
        return cancellation ? tr("This terminal may not do it: cancel the sale here in Sales, or call support.")
                            : tr("This terminal may not record it (is it enrolled in this store?): re-enter the sale "
                                 "at an enrolled till, or call support.");
    }
    return cancellation ? tr("Not applied: cancel the sale again in Sales, or call support with the command number.")
                        : tr("Not recorded: re-enter the sale at the till, or call support with the command number.");
}

}  // namespace magasin::ui
