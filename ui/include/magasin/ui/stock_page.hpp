// The stock screen: "where am I short?" — levels of the central warehouse and every store with their labels and
// totals on top, thresholds edited in place, stock exceptions with the sales that caused them, transfers and
// movements. Usage: screen.addPage(new StockPage(client)); page->reload();
#pragma once

#include <QHash>
#include <QString>

#include <nlohmann/json.hpp>

#include "magasin/ui/back_office_page.hpp"
#include "magasin/ui/stock_tables.hpp"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace magasin::ui {

class JsonTableModel;

class StockPage : public BackOfficePage {
    Q_OBJECT

public:
    explicit StockPage(BackOfficeClient& client, QWidget* parent = nullptr);

    [[nodiscard]] QString title() const override;
    void reload() override;

    // For the tests: the tables' models (levels with names, exceptions, causes, transfers, movements) and the text
    // of the totals line and of the sale shown.
    [[nodiscard]] JsonTableModel* levels() const { return m_levels; }
    [[nodiscard]] JsonTableModel* exceptions() const { return m_exceptions; }
    [[nodiscard]] JsonTableModel* causes() const { return m_causes; }
    [[nodiscard]] JsonTableModel* transfers() const { return m_transfers; }
    [[nodiscard]] JsonTableModel* movements() const { return m_movements; }
    [[nodiscard]] QString totalsText() const;
    [[nodiscard]] QString saleText() const;

    // Selects the level (levels tab) or the exception (exceptions tab) of that location and product; false if none.
    bool selectLevel(const QString& locationId, const QString& productId);
    bool selectException(const QString& locationId, const QString& productId);
    // Shows the sale of the selected cause (the first one when none is selected).
    void showSelectedSale();
    // The threshold editor of the selected level: its values, then saves them (PUT, then reads the level again).
    void setThresholdInputs(int critical, int low, int high);
    void saveThresholds();

private:
    void buildLevelsTab(QTabWidget* tabs);
    void buildExceptionsTab(QTabWidget* tabs);
    void fetchProductNames(int page);
    void showData();
    // Selects the level again after the tables were refilled, on whichever tab is shown.
    bool restoreLevel(const QString& locationId, const QString& productId);
    void levelSelected();
    void exceptionSelected();
    void applyLocationFilter();

    StockNames m_names;
    nlohmann::json m_rawLevels = nlohmann::json::array();
    nlohmann::json m_rawExceptions = nlohmann::json::array();
    nlohmann::json m_rawTransfers = nlohmann::json::array();
    nlohmann::json m_rawMovements = nlohmann::json::array();
    nlohmann::json m_locations = nlohmann::json::array();

    QLabel* m_totals = nullptr;
    QComboBox* m_location = nullptr;
    QLineEdit* m_filter = nullptr;
    QTabWidget* m_tabs = nullptr;
    JsonTableModel* m_levels = nullptr;
    JsonTableModel* m_exceptions = nullptr;
    JsonTableModel* m_causes = nullptr;
    JsonTableModel* m_transfers = nullptr;
    JsonTableModel* m_movements = nullptr;
    QSortFilterProxyModel* m_levelsProxy = nullptr;
    QSortFilterProxyModel* m_exceptionsProxy = nullptr;
    QSortFilterProxyModel* m_transfersProxy = nullptr;
    QSortFilterProxyModel* m_movementsProxy = nullptr;
    QTableView* m_levelsView = nullptr;
    QTableView* m_exceptionsView = nullptr;
    QTableView* m_causesView = nullptr;
    QLabel* m_thresholdTitle = nullptr;
    QSpinBox* m_critical = nullptr;
    QSpinBox* m_low = nullptr;
    QSpinBox* m_high = nullptr;
    QPushButton* m_saveThresholds = nullptr;
    QLabel* m_exceptionsEmpty = nullptr;
    QPushButton* m_showSale = nullptr;
    QLabel* m_sale = nullptr;
    QString m_selectedLocation;  // of the level whose thresholds are edited
    QString m_selectedProduct;
    QString m_exceptionKey;  // "<location>/<product>" of the exception whose sales are shown
};

}  // namespace magasin::ui
