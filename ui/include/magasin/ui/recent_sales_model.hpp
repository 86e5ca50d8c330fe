// This terminal's recent sales (time, sale id, total, status), to pick the one to cancel or reprint.
// Usage: RecentSalesModel m; m.setSales(register.recentSales()); m.saleAt(row)->saleId;
#pragma once

#include <QAbstractTableModel>

#include <vector>

#include "magasin/client/sale_register.hpp"

namespace magasin::ui {

class RecentSalesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { kTime, kSaleId, kTotal, kStatus, kColumnCount };

    explicit RecentSalesModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    void setSales(std::vector<client::LocalSale> sales);
    [[nodiscard]] const client::LocalSale* saleAt(int row) const;

private:
    std::vector<client::LocalSale> m_sales;
};

}  // namespace magasin::ui
