// The point of sale: scan or search, the cart, big live totals, and every action on a function key shown on its
// button (F2 search, F4 quantity, Del remove, F12 pay, F8 cancel a sale, F9 ask for stock, F10 log out, F11 reprint).
// Usage: PosScreen s(pos); connect(scanner, &ScannerFilter::scanned, &s, &PosScreen::onScanned);
#pragma once

#include <QWidget>

#include <cstdint>
#include <optional>
#include <utility>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace magasin::ui {

class PosController;

class PosScreen : public QWidget {
    Q_OBJECT

public:
    explicit PosScreen(PosController& pos, QWidget* parent = nullptr);

    // A barcode from the scanner (anywhere on the screen) or typed in the search field.
    void onScanned(const QString& digits);
    // Refreshes the header (cashier, store) after a login.
    void refreshSession();
    [[nodiscard]] QString message() const;

    // The function-key actions (also the tests' entry points besides the keys).
    void focusSearch();
    void focusQuantity();
    void removeCurrentLine();
    void openPayment();
    void openCancelSale();
    void requestReplenishment();
    void reprintReceipt();

Q_SIGNALS:
    void logoutRequested();
    // F6 or the button (shown to managers): the main window opens the back office if the role allows it.
    void backOfficeRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refreshTotals();
    void onSearchTextChanged(const QString& text);
    void onSearchEnter();
    void addSearchResult(int row);
    void applyQuantity();
    void showMessage(const QString& text, bool error);
    int currentCartRow() const;

    PosController& m_pos;
    QLabel* m_header;
    QLineEdit* m_input;
    QTableView* m_results;
    QTableView* m_cart;
    QLabel* m_subtotal;
    QLabel* m_taxes;
    QLabel* m_total;
    QSpinBox* m_quantity;
    QPushButton* m_pay;
    QPushButton* m_backOffice;
    QLabel* m_message;
    QPlainTextEdit* m_receipt;
    std::optional<std::pair<std::int64_t, std::int64_t>> m_lastSale;  // total and change of the sale just paid
};

}  // namespace magasin::ui
