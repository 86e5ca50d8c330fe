// The managers' replenishment screen: the stores' requests by status and store with counts on top, the central and
// the store's stock beside the selected request (what approving will do), approve with an editable quantity, reject
// with a reason, withdraw, a new request, and the suggestions from low stock turned into requests in one click.
// Usage: screen.addPage(new ReplenishmentPage(client)); // objectName "replenishmentPage"
#pragma once

#include <QString>

#include <functional>
#include <map>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "magasin/ui/back_office_page.hpp"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace magasin::ui {

class JsonTableModel;

class ReplenishmentPage : public BackOfficePage {
    Q_OBJECT

public:
    explicit ReplenishmentPage(BackOfficeClient& client, QWidget* parent = nullptr);

    [[nodiscard]] QString title() const override;
    void reload() override;

    // Asks before a withdrawal (a QMessageBox by default); tests answer it themselves.
    void setConfirmation(std::function<bool(const QString& question)> confirm) { m_confirm = std::move(confirm); }

    // For the tests: the tables as shown, and the stock beside the selected request.
    [[nodiscard]] JsonTableModel* requestsModel() const { return m_requests; }
    [[nodiscard]] JsonTableModel* suggestionsModel() const { return m_suggestions; }
    [[nodiscard]] QTableView* requestsView() const { return m_requestsView; }
    [[nodiscard]] QString countsText() const;
    [[nodiscard]] QString stockText() const;
    // The central and the selected request's store levels as shown (nullopt: not shown).
    [[nodiscard]] std::optional<long long> shownCentralLevel() const { return m_centralLevel; }
    [[nodiscard]] std::optional<long long> shownStoreLevel() const { return m_storeLevel; }
    // Selects the request with this id in the table (false when it is not shown).
    bool selectRequest(const QString& id);

private:
    void showRequests(const nlohmann::json& answer);
    void applyFilter();
    void updateSelection();
    void showStock(const nlohmann::json& request, const nlohmann::json& levels);
    [[nodiscard]] nlohmann::json selectedRequest() const;
    void approve();
    void reject();
    void withdraw();
    void createRequest();
    void createFromSuggestion();
    [[nodiscard]] QString staffName(const std::string& id) const;

    JsonTableModel* m_requests = nullptr;
    JsonTableModel* m_suggestions = nullptr;
    QSortFilterProxyModel* m_requestsProxy = nullptr;
    QTableView* m_requestsView = nullptr;
    QTableView* m_suggestionsView = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_storeFilter = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_emptyRequests = nullptr;
    QLabel* m_emptySuggestions = nullptr;
    QLabel* m_selected = nullptr;
    QLabel* m_stock = nullptr;
    QSpinBox* m_approveQuantity = nullptr;
    QPushButton* m_approve = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_reject = nullptr;
    QPushButton* m_withdraw = nullptr;
    QComboBox* m_newProduct = nullptr;
    QComboBox* m_newStore = nullptr;
    QSpinBox* m_newQuantity = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_fromSuggestion = nullptr;
    nlohmann::json m_allRequests = nlohmann::json::array();
    std::map<std::string, QString> m_staffNames;
    std::function<bool(const QString&)> m_confirm;
    std::optional<long long> m_centralLevel;
    std::optional<long long> m_storeLevel;
    int m_stockCall = 0;  // the stock shown is the latest selection's, never an earlier one's late answer
};

}  // namespace magasin::ui
