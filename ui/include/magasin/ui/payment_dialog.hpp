// Taking payment: cash (amount tendered, change due) and card (amount and the external terminal's reference), as
// many as needed (split payments); completes the sale through PosController. Keyboard: type, Enter; F5 cash, F6 card.
// Usage: PaymentDialog d(pos, totals.total.cents()); if (d.exec() == QDialog::Accepted) d.recorded()->saleId;
#pragma once

#include <QDialog>

#include <optional>

#include "magasin/client/sale_register.hpp"
#include "magasin/ui/payments_model.hpp"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace magasin::ui {

class PosController;

class PaymentDialog : public QDialog {
    Q_OBJECT

public:
    PaymentDialog(PosController& pos, std::int64_t totalCents, QWidget* parent = nullptr);

    [[nodiscard]] std::int64_t remainingCents() const;
    [[nodiscard]] std::int64_t changeCents() const;
    [[nodiscard]] const std::optional<client::RecordedSale>& recorded() const { return m_recorded; }
    PaymentsModel* payments() { return &m_payments; }

    // The same as the buttons (and the tests' entry points besides the keys).
    bool addCash();
    bool addCard();
    bool complete();

private:
    void refresh();
    void onEnter();
    void removeSelected();

    PosController& m_pos;
    std::int64_t m_total;
    PaymentsModel m_payments;
    std::optional<client::RecordedSale> m_recorded;
    QLabel* m_due;
    QLabel* m_remaining;
    QLineEdit* m_amount;
    QLineEdit* m_reference;
    QTableView* m_table;
    QPushButton* m_complete;
    QLabel* m_error;
};

}  // namespace magasin::ui
