// Search results for the typed search (name, category, price, local stock), read-only.
// Usage: ProductSearchModel m; m.setResults({{product, stock.levelOf(product.id)}}); m.productAt(row);
#pragma once

#include <QAbstractTableModel>

#include <cstdint>
#include <optional>
#include <vector>

#include "magasin/client/cached_product.hpp"

namespace magasin::ui {

struct ProductHit {
    client::CachedProduct product;
    std::optional<std::int64_t> stock;  // the local snapshot; empty when inventaire never sent a level
};

class ProductSearchModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { kName, kCategory, kPrice, kStock, kColumnCount };

    explicit ProductSearchModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setResults(std::vector<ProductHit> hits);
    [[nodiscard]] const client::CachedProduct* productAt(int row) const;

private:
    std::vector<ProductHit> m_hits;
};

}  // namespace magasin::ui
