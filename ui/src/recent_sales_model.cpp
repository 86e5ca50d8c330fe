#include "magasin/ui/recent_sales_model.hpp"

#include <QDateTime>
#include <QLocale>

#include "magasin/ui/money_text.hpp"

namespace magasin::ui {

RecentSalesModel::RecentSalesModel(QObject* parent) : QAbstractTableModel(parent) {}

int RecentSalesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_sales.size());
}

int RecentSalesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant RecentSalesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& sale = m_sales[static_cast<std::size_t>(index.row())];
    const bool cancelled = sale.status == "cancelled";
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
            case kTime: {
                const auto at = QDateTime::fromString(QString::fromStdString(sale.at), Qt::ISODateWithMs);
                return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)
                                    : QString::fromStdString(sale.at);
            }
            case kSaleId:
                // The last 8 characters are what a cashier reads off a receipt; the tooltip has all of it.
                return QString::fromStdString(sale.saleId).right(8);
            case kTotal: return formatMoney(sale.totalCents);
            case kStatus: return cancelled ? tr("Cancelled") : tr("Completed");
            default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == kSaleId) {
        return QString::fromStdString(sale.saleId);
    }
    if (role == Qt::TextAlignmentRole && index.column() == kTotal) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }
    return {};
}

QVariant RecentSalesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case kTime: return tr("Time");
        case kSaleId: return tr("Sale");
        case kTotal: return tr("Total");
        case kStatus: return tr("Status");
        default: return {};
    }
}

Qt::ItemFlags RecentSalesModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    // A cancelled sale cannot be picked again.
    const bool cancelled = m_sales[static_cast<std::size_t>(index.row())].status == "cancelled";
    return cancelled ? Qt::ItemFlags(Qt::ItemIsSelectable) : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

void RecentSalesModel::setSales(std::vector<client::LocalSale> sales) {
    beginResetModel();
    m_sales = std::move(sales);
    endResetModel();
}

const client::LocalSale* RecentSalesModel::saleAt(int row) const {
    if (row < 0 || row >= rowCount()) {
        return nullptr;
    }
    return &m_sales[static_cast<std::size_t>(row)];
}

}  // namespace magasin::ui
