// The replenishment page's tables, declared once so that the page and the model tests share them: the requests
// (status in words and colour) and the suggestions from low stock. Usage:
// JsonTableModel requests(requestColumns(names)); requests.setRows(answer["items"]);
#pragma once

#include <QString>

#include <functional>
#include <string>
#include <vector>

#include "magasin/ui/json_table_model.hpp"

namespace magasin::ui {

// A person's name from their staff id (an empty text: not known here).
using StaffNames = std::function<QString(const std::string& staffId)>;

// "Pending", "Approved", "Rejected", "Withdrawn" (approved and transferred read the same to a manager).
QString requestStatusText(const std::string& status);
Tone requestStatusTone(const std::string& status);
// Who asked or decided ("<id>" or "staff:<id>"): the name when known, "inventaire" as such, else `unknown` (when
// empty, the id's end).
QString staffText(const nlohmann::json& value, const StaffNames& names, const QString& unknown = {});

std::vector<JsonColumn> requestColumns(StaffNames names);
std::vector<JsonColumn> suggestionColumns();

}  // namespace magasin::ui
