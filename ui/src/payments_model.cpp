#include "magasin/ui/payments_model.hpp"

#include "magasin/ui/money_text.hpp"

namespace magasin::ui {

PaymentsModel::PaymentsModel(QObject* parent) : QAbstractTableModel(parent) {}

int PaymentsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int PaymentsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant PaymentsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& entry = m_entries[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
            case kMethod: return entry.method == domain::PaymentMethod::kCash ? tr("Cash") : tr("Card");
            case kAmount: return formatMoney(entry.amountCents);
            case kReference: return entry.reference;
            default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == kAmount) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }
    return {};
}

QVariant PaymentsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case kMethod: return tr("Method");
        case kAmount: return tr("Amount");
        case kReference: return tr("Terminal reference");
        default: return {};
    }
}

void PaymentsModel::add(PaymentEntry entry) {
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_entries.push_back(std::move(entry));
    endInsertRows();
}

void PaymentsModel::removeAt(int row) {
    if (row < 0 || row >= rowCount()) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_entries.erase(m_entries.begin() + row);
    endRemoveRows();
}

void PaymentsModel::clear() {
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

std::int64_t PaymentsModel::totalCents() const {
    std::int64_t total = 0;
    for (const auto& e : m_entries) {
        total += e.amountCents;
    }
    return total;
}

std::int64_t PaymentsModel::cashCents() const {
    std::int64_t total = 0;
    for (const auto& e : m_entries) {
        if (e.method == domain::PaymentMethod::kCash) {
            total += e.amountCents;
        }
    }
    return total;
}

std::vector<domain::Payment> PaymentsModel::toDomain() const {
    std::vector<domain::Payment> out;
    out.reserve(m_entries.size());
    for (const auto& e : m_entries) {
        out.push_back(e.method == domain::PaymentMethod::kCash
                          ? domain::Payment::cash(domain::Money::fromCents(e.amountCents))
                          : domain::Payment::card(domain::Money::fromCents(e.amountCents), e.reference.toStdString()));
    }
    return out;
}

}  // namespace magasin::ui
