// A read-only table over the JSON objects a server lists, its columns declared once: header, cell text, sort key,
// alignment, tone (warning/bad rows in colour). Usage: JsonTableModel m({JsonColumn::text(tr("Name"), "name")});
// m.setRows(answer["items"]); view->setModel(&m); m.rowAt(view->currentIndex().row())["id"];
#pragma once

#include <QAbstractTableModel>
#include <QVariant>

#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace magasin::ui {

enum class Tone { kNormal, kWarning, kBad, kGood };

struct JsonColumn {
    QString header;
    std::function<QString(const nlohmann::json&)> cell;  // the text shown
    // What the column sorts by (Qt::UserRole); the cell's text when not given.
    std::function<QVariant(const nlohmann::json&)> sortKey;
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    // The cell's colour; normal when not given.
    std::function<Tone(const nlohmann::json&)> tone;

    // The common kinds of cell, by the field's key in each row object.
    static JsonColumn text(const QString& header, const std::string& key);
    static JsonColumn integer(const QString& header, const std::string& key);
    static JsonColumn money(const QString& header, const std::string& key);     // cents -> "12,34 $"
    static JsonColumn dateTime(const QString& header, const std::string& key);  // ISO UTC -> local
};

class JsonTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit JsonTableModel(std::vector<JsonColumn> columns, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // A JSON array of objects (anything else empties the table).
    void setRows(const nlohmann::json& rows);
    [[nodiscard]] const nlohmann::json& rowAt(int row) const;
    [[nodiscard]] const nlohmann::json& rows() const { return m_rows; }
    // The row whose `key` equals `value`, or -1.
    [[nodiscard]] int findRow(const std::string& key, const std::string& value) const;

    // A field as text whatever its JSON type ("" when missing or null).
    static QString field(const nlohmann::json& row, const std::string& key);

private:
    std::vector<JsonColumn> m_columns;
    nlohmann::json m_rows = nlohmann::json::array();
};

}  // namespace magasin::ui
