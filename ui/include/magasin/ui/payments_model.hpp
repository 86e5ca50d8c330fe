// The payments taken so far for the sale in the payment dialog (method, amount, card reference): split payments.
// Usage: PaymentsModel m; m.addCash(5000); m.addCard(2000, "T-1234"); m.toDomain();
#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <cstdint>
#include <vector>

#include "magasin/domain/sale.hpp"

namespace magasin::ui {

struct PaymentEntry {
    domain::PaymentMethod method = domain::PaymentMethod::kCash;
    std::int64_t amountCents = 0;
    QString reference;
};

class PaymentsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { kMethod, kAmount, kReference, kColumnCount };

    explicit PaymentsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void add(PaymentEntry entry);
    void removeAt(int row);
    void clear();
    [[nodiscard]] std::int64_t totalCents() const;
    [[nodiscard]] std::int64_t cashCents() const;
    [[nodiscard]] const std::vector<PaymentEntry>& entries() const { return m_entries; }
    // As the domain takes them (domain::Payment::cash / card); throws DomainError on a bad reference.
    [[nodiscard]] std::vector<domain::Payment> toDomain() const;

private:
    std::vector<PaymentEntry> m_entries;
};

}  // namespace magasin::ui
