// The lines of the sale being rung up, as a table (product, quantity, unit price, line total); quantity is editable.
// Usage: CartModel cart; cart.add(product); cart.setQuantity(0, 3); register.totalsOf(cart.lines());
#pragma once

#include <QAbstractTableModel>

#include <vector>

#include "magasin/client/cached_product.hpp"
#include "magasin/client/sale_register.hpp"

namespace magasin::ui {

class CartModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { kProduct, kQuantity, kUnitPrice, kLineTotal, kColumnCount };

    explicit CartModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Scanning the same product again adds one to its line. Returns the row of the line.
    int add(const client::CachedProduct& product, std::int64_t quantity = 1);
    // False (and nothing changes) outside domain::Quantity's 1..10000.
    bool setQuantity(int row, std::int64_t quantity);
    void removeLine(int row);
    void clear();
    [[nodiscard]] const std::vector<client::CartLine>& lines() const { return m_lines; }
    [[nodiscard]] bool isEmpty() const { return m_lines.empty(); }

Q_SIGNALS:
    void linesChanged();

private:
    std::vector<client::CartLine> m_lines;
};

}  // namespace magasin::ui
