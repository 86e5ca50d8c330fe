// The managers' sales screen: the sales of a store filtered by period, cashier, status and flags, the count and the
// revenue on top, the selected sale's receipt beside the list, and its cancellation with a reason (confirmed first).
// Usage: screen.addPage(new SalesPage(client)); // objectName "salesPage"
#pragma once

#include <QString>

#include <functional>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "magasin/ui/back_office_page.hpp"
#include "magasin/ui/sales_columns.hpp"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace magasin::ui {

class SalesPage : public BackOfficePage {
    Q_OBJECT

public:
    explicit SalesPage(BackOfficeClient& client, QWidget* parent = nullptr);

    [[nodiscard]] QString title() const override;
    void reload() override;

    // Asks before a cancellation (a QMessageBox by default); tests answer it themselves.
    void setConfirmation(std::function<bool(const QString& question)> confirm) { m_confirm = std::move(confirm); }

    // For the tests: the list as shown, its totals, the receipt shown, the query the list was asked with.
    [[nodiscard]] JsonTableModel* salesModel() const { return m_sales; }
    [[nodiscard]] const SalesTotals& totals() const { return m_totals; }
    [[nodiscard]] QString totalsText() const;
    [[nodiscard]] QString receiptText() const;
    [[nodiscard]] const QString& lastQuery() const { return m_lastQuery; }
    // Selects the sale with this id in the list (false when it is not shown).
    bool selectSale(const QString& id);

private:
    void reloadSales();
    void reloadStaff();
    void showSales(const nlohmann::json& answer);
    void updateSelection();
    [[nodiscard]] nlohmann::json selectedSale() const;
    void cancelSale();
    [[nodiscard]] QString staffName(const std::string& id) const;

    JsonTableModel* m_sales = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_store = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_cashier = nullptr;
    QComboBox* m_status = nullptr;
    QCheckBox* m_flagged = nullptr;
    QLabel* m_totalsLabel = nullptr;
    QLabel* m_empty = nullptr;
    QPlainTextEdit* m_receipt = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_cancel = nullptr;
    SalesTotals m_totals;
    QString m_lastQuery;
    QString m_wantedSale;  // selected before a reload, selected again when its answer comes
    std::map<std::string, QString> m_staffNames;
    std::function<bool(const QString&)> m_confirm;
    bool m_filling = false;  // combos being refilled: no reload per item
};

}  // namespace magasin::ui
