#include "magasin/ui/product_search_model.hpp"

#include "magasin/ui/money_text.hpp"

namespace magasin::ui {

ProductSearchModel::ProductSearchModel(QObject* parent) : QAbstractTableModel(parent) {}

int ProductSearchModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

int ProductSearchModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant ProductSearchModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& hit = m_hits[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
            case kName: return QString::fromStdString(hit.product.name);
            case kCategory: return QString::fromStdString(hit.product.category);
            case kPrice: return formatMoney(hit.product.priceCents);
            case kStock: return hit.stock ? QVariant(static_cast<qlonglong>(*hit.stock)) : QVariant(tr("?"));
            default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == kPrice || index.column() == kStock)) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }
    if (role == Qt::ToolTipRole && index.column() == kStock && !hit.stock) {
        return tr("No stock level received yet");
    }
    return {};
}

QVariant ProductSearchModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case kName: return tr("Product");
        case kCategory: return tr("Category");
        case kPrice: return tr("Price");
        case kStock: return tr("In stock");
        default: return {};
    }
}

void ProductSearchModel::setResults(std::vector<ProductHit> hits) {
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

const client::CachedProduct* ProductSearchModel::productAt(int row) const {
    if (row < 0 || row >= rowCount()) {
        return nullptr;
    }
    return &m_hits[static_cast<std::size_t>(row)].product;
}

}  // namespace magasin::ui
