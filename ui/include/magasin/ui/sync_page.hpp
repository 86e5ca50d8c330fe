// Sync & conflicts: the store's terminals (last sync, pending and acknowledged commands, how their commands went),
// the commands the servers rejected and the flagged offline sales and negative stock, each with what to do.
// Usage: screen.addPage(new SyncPage(client, [&] { return LocalTerminal{id, outbox.pendingCount()}; }));
#pragma once

#include <QString>

#include <functional>
#include <optional>

#include <nlohmann/json.hpp>

#include "magasin/ui/back_office_page.hpp"
#include "magasin/ui/json_table_model.hpp"
#include "magasin/ui/sync_tables.hpp"

class QLabel;
class QTableView;

namespace magasin::ui {

class SyncPage : public BackOfficePage {
    Q_OBJECT

public:
    // `localTerminal` says which terminal this app is and how many commands its outbox holds (none: not known).
    SyncPage(BackOfficeClient& client, std::function<std::optional<LocalTerminal>()> localTerminal,
             QWidget* parent = nullptr);

    // This app's terminal as the main window holding `screen` has it (its journal's outbox), asked at each reload.
    static std::function<std::optional<LocalTerminal>()> localTerminalOf(QWidget* screen);

    [[nodiscard]] QString title() const override;
    void reload() override;

    [[nodiscard]] const JsonTableModel& devices() const { return *m_devices; }
    [[nodiscard]] const JsonTableModel& rejections() const { return *m_rejections; }
    [[nodiscard]] const JsonTableModel& flags() const { return *m_flags; }
    // The counts above the tables.
    [[nodiscard]] QString summaryText() const;

private:
    void showDevices(const nlohmann::json& answer);
    void rebuildFlags();
    void updateSummary();

    std::function<std::optional<LocalTerminal>()> m_localTerminal;
    JsonTableModel* m_devices = nullptr;
    JsonTableModel* m_rejections = nullptr;
    JsonTableModel* m_flags = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_devicesEmpty = nullptr;
    QLabel* m_rejectionsEmpty = nullptr;
    QLabel* m_flagsEmpty = nullptr;
    nlohmann::json m_deviceItems = nlohmann::json::array();
    nlohmann::json m_flaggedSales = nlohmann::json::array();
    nlohmann::json m_stockExceptions = nlohmann::json::array();
    nlohmann::json m_productNames = nlohmann::json::object();
    bool m_devicesKnown = false;
    bool m_rejectionsKnown = false;
    bool m_flagsKnown = false;
};

}  // namespace magasin::ui
