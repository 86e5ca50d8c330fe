// The products screen: "what do we sell, at what price?" — search by name, SKU or barcode, the list with category,
// price and status, a form to add or edit a product (a new category is created on the way), a price change with its
// history, archive/unarchive after confirmation. Usage: screen.addPage(new ProductsPage(client));
#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include "magasin/ui/back_office_page.hpp"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace magasin::ui {

class JsonTableModel;

class ProductsPage : public BackOfficePage {
    Q_OBJECT

public:
    explicit ProductsPage(BackOfficeClient& client, QWidget* parent = nullptr);

    [[nodiscard]] QString title() const override;
    void reload() override;

    // For the tests: the list, the selected product's price history, the totals line, the form's error line.
    [[nodiscard]] JsonTableModel* products() const { return m_products; }
    [[nodiscard]] JsonTableModel* priceHistory() const { return m_history; }
    [[nodiscard]] QString totalsText() const;
    [[nodiscard]] QString formError() const;
    // The id of the product in the form; empty for a new one.
    [[nodiscard]] QString currentId() const { return m_currentId; }

    // Selects the listed product with that id and loads it in the form; false when it is not listed.
    bool selectProduct(const QString& id);
    // Empties the form for a new product (Ctrl+N).
    void newProduct();
    // Creates (new) or updates (selected) the product from the form (Ctrl+S).
    void saveProduct();
    // Changes the selected product's price to the amount typed in "New price".
    void changePrice();
    // Archives or unarchives the selected product, after the manager confirms.
    void toggleArchived();

private:
    void search();
    void showProduct(const nlohmann::json& product);
    void showForm(const nlohmann::json& product);
    void fetchHistory();
    void mergeExact(const nlohmann::json& product, int generation);
    void showTotals();
    void formFailed(const BackOfficeReply& reply);
    void sendProduct();
    [[nodiscard]] QStringList typedBarcodes() const;

    JsonTableModel* m_products = nullptr;
    JsonTableModel* m_history = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_archivedToo = nullptr;
    QLabel* m_totals = nullptr;
    QTimer* m_searchTimer = nullptr;
    long long m_serverTotal = 0;
    int m_generation = 0;      // answers of an older search are dropped
    int m_rowsGeneration = 0;  // the search whose words answered last
    nlohmann::json m_exact;    // the product of this search's exact barcode or SKU lookup, if found

    QLabel* m_formTitle = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_category = nullptr;
    QLineEdit* m_price = nullptr;
    QLineEdit* m_description = nullptr;
    QLineEdit* m_sku = nullptr;
    QLineEdit* m_barcodes = nullptr;
    QCheckBox* m_taxable = nullptr;
    QLabel* m_formError = nullptr;
    QPushButton* m_save = nullptr;
    QLineEdit* m_newPrice = nullptr;
    QPushButton* m_changePrice = nullptr;
    QPushButton* m_archive = nullptr;
    QLabel* m_status = nullptr;

    QString m_currentId;
    nlohmann::json m_current;
};

}  // namespace magasin::ui
