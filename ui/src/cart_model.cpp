#include "magasin/ui/cart_model.hpp"

#include "magasin/domain/quantity.hpp"
#include "magasin/ui/money_text.hpp"

namespace magasin::ui {

CartModel::CartModel(QObject* parent) : QAbstractTableModel(parent) {}

int CartModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int CartModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant CartModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& line = m_lines[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
            case kProduct: return QString::fromStdString(line.name);
            case kQuantity: return static_cast<qlonglong>(line.quantity);
            case kUnitPrice:
                return role == Qt::EditRole ? QVariant(static_cast<qlonglong>(line.unitPriceCents))
                                            : QVariant(formatMoney(line.unitPriceCents));
            case kLineTotal: {
                const std::int64_t total = line.unitPriceCents * line.quantity - line.discountCents;
                return role == Qt::EditRole ? QVariant(static_cast<qlonglong>(total)) : QVariant(formatMoney(total));
            }
            default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != kProduct) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }
    if (role == Qt::ToolTipRole && index.column() == kProduct && !line.taxable) {
        return tr("Not taxable");
    }
    return {};
}

QVariant CartModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case kProduct: return tr("Product");
        case kQuantity: return tr("Qty");
        case kUnitPrice: return tr("Unit price");
        case kLineTotal: return tr("Total");
        default: return {};
    }
}

Qt::ItemFlags CartModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == kQuantity) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool CartModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != kQuantity) {
        return false;
    }
    bool ok = false;
    const qlonglong quantity = value.toLongLong(&ok);
    return ok && setQuantity(index.row(), quantity);
}

int CartModel::add(const client::CachedProduct& product, std::int64_t quantity) {
    for (std::size_t i = 0; i < m_lines.size(); ++i) {
        if (m_lines[i].productId == product.id && m_lines[i].discountCents == 0) {
            const int row = static_cast<int>(i);
            setQuantity(row, m_lines[i].quantity + quantity);
            return row;
        }
    }
    const int row = static_cast<int>(m_lines.size());
    beginInsertRows({}, row, row);
    client::CartLine line;
    line.productId = product.id;
    line.name = product.name;
    line.unitPriceCents = product.priceCents;
    line.quantity = quantity;
    line.taxable = product.taxable;
    m_lines.push_back(std::move(line));
    endInsertRows();
    Q_EMIT linesChanged();
    return row;
}

bool CartModel::setQuantity(int row, std::int64_t quantity) {
    if (row < 0 || row >= rowCount() || quantity < domain::Quantity::kMin || quantity > domain::Quantity::kMax) {
        return false;
    }
    m_lines[static_cast<std::size_t>(row)].quantity = quantity;
    Q_EMIT dataChanged(index(row, kQuantity), index(row, kLineTotal));
    Q_EMIT linesChanged();
    return true;
}

void CartModel::removeLine(int row) {
    if (row < 0 || row >= rowCount()) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_lines.erase(m_lines.begin() + row);
    endRemoveRows();
    Q_EMIT linesChanged();
}

void CartModel::clear() {
    if (m_lines.empty()) {
        return;
    }
    beginResetModel();
    m_lines.clear();
    endResetModel();
    Q_EMIT linesChanged();
}

}  // namespace magasin::ui
