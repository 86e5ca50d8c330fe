#include "magasin/ui/json_table_model.hpp"

#include <QBrush>
#include <QColor>

#include "magasin/ui/back_office_page.hpp"
#include "magasin/ui/money_text.hpp"

namespace magasin::ui {

JsonColumn JsonColumn::text(const QString& header, const std::string& key) {
    JsonColumn column;
    column.header = header;
    column.cell = [key](const nlohmann::json& row) { return JsonTableModel::field(row, key); };
    return column;
}

JsonColumn JsonColumn::integer(const QString& header, const std::string& key) {
    JsonColumn column = text(header, key);
    column.sortKey = [key](const nlohmann::json& row) {
        const auto it = row.find(key);
        return it != row.end() && it->is_number() ? QVariant(it->get<qlonglong>()) : QVariant();
    };
    column.alignment = Qt::AlignRight | Qt::AlignVCenter;
    return column;
}

JsonColumn JsonColumn::money(const QString& header, const std::string& key) {
    JsonColumn column = integer(header, key);
    column.cell = [key](const nlohmann::json& row) {
        const auto it = row.find(key);
        return it != row.end() && it->is_number_integer() ? formatMoney(it->get<std::int64_t>()) : QString();
    };
    return column;
}

JsonColumn JsonColumn::dateTime(const QString& header, const std::string& key) {
    JsonColumn column = text(header, key);  // ISO-8601 UTC texts sort as they read
    column.cell = [key](const nlohmann::json& row) {
        const auto it = row.find(key);
        return it != row.end() && it->is_string() ? BackOfficePage::localTime(it->get<std::string>()) : QString();
    };
    column.sortKey = [key](const nlohmann::json& row) { return QVariant(JsonTableModel::field(row, key)); };
    return column;
}

JsonTableModel::JsonTableModel(std::vector<JsonColumn> columns, QObject* parent)
    : QAbstractTableModel(parent), m_columns(std::move(columns)) {}

int JsonTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int JsonTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant JsonTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& row = m_rows[static_cast<std::size_t>(index.row())];
    const auto& column = m_columns[static_cast<std::size_t>(index.column())];
    switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole: return column.cell(row);
        case Qt::UserRole: return column.sortKey ? column.sortKey(row) : QVariant(column.cell(row));
        case Qt::TextAlignmentRole: return QVariant::fromValue(column.alignment);
        case Qt::ForegroundRole: {
            if (!column.tone) {
                return {};
            }
            switch (column.tone(row)) {
                case Tone::kWarning: return QBrush(QColor(0x9a, 0x5b, 0x00));
                case Tone::kBad: return QBrush(QColor(0xb0, 0x1e, 0x1e));
                case Tone::kGood: return QBrush(QColor(0x1d, 0x6b, 0x2f));
                case Tone::kNormal: return {};
            }
            return {};
        }
        default: return {};
    }
}

QVariant JsonTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        return m_columns[static_cast<std::size_t>(section)].header;
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(m_columns[static_cast<std::size_t>(section)].alignment);
    }
    return {};
}

Qt::ItemFlags JsonTableModel::flags(const QModelIndex& index) const {
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

void JsonTableModel::setRows(const nlohmann::json& rows) {
    beginResetModel();
    m_rows = nlohmann::json::array();
    if (rows.is_array()) {
        for (const auto& row : rows) {
            if (row.is_object()) {
                m_rows.push_back(row);
            }
        }
    }
    endResetModel();
}

const nlohmann::json& JsonTableModel::rowAt(int row) const {
    static const nlohmann::json kNone = nlohmann::json::object();
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)] : kNone;
}

int JsonTableModel::findRow(const std::string& key, const std::string& value) const {
    for (int i = 0; i < rowCount(); ++i) {
        if (field(m_rows[static_cast<std::size_t>(i)], key).toStdString() == value) {
            return i;
        }
    }
    return -1;
}

QString JsonTableModel::field(const nlohmann::json& row, const std::string& key) {
    const auto it = row.find(key);
    if (it == row.end() || it->is_null()) {
        return {};
    }
    if (it->is_string()) {
        return QString::fromStdString(it->get<std::string>());
    }
    if (it->is_boolean()) {
        return it->get<bool>() ? QStringLiteral("✓") : QString();
    }
    return QString::fromStdString(it->dump());
}

}  // namespace magasin::ui
