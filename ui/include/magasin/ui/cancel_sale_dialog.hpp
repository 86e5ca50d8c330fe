// Cancelling a past sale of this terminal: pick it, give a reason; a cashier also needs a manager's code and PIN
// (checked locally, works offline, audited). Usage: CancelSaleDialog d(pos); d.exec();
#pragma once

#include <QDialog>

#include "magasin/ui/recent_sales_model.hpp"

class QGroupBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace magasin::ui {

class PosController;

class CancelSaleDialog : public QDialog {
    Q_OBJECT

public:
    explicit CancelSaleDialog(PosController& pos, QWidget* parent = nullptr);

    RecentSalesModel* sales() { return &m_sales; }
    // Selects the sale with this id (a receipt's id); false when it is not among the recent ones.
    bool selectSale(const QString& saleId);
    // Cancels the selected sale; shows the reason of a refusal and stays open.
    bool confirm();
    [[nodiscard]] QString error() const;

private:
    PosController& m_pos;
    RecentSalesModel m_sales;
    QTableView* m_table;
    QLineEdit* m_reason;
    QGroupBox* m_approval;
    QLineEdit* m_managerCode;
    QLineEdit* m_managerPin;
    QLabel* m_error;
};

}  // namespace magasin::ui
