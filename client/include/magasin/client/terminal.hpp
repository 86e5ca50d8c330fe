// The desktop core in one object for the UI and magasin-terminal: journal, caches, sessions, register, print queue,
// and the sync agent, built from a TerminalConfig. Usage: Terminal t(config); t.sessions().login(...);
// t.registerDesk().recordSale(...); t.startSync(); connect(t.syncAgent(), &SyncAgent::statusChanged, ...);
#pragma once

#include <QString>

#include <memory>
#include <optional>

#include "magasin/client/api_client.hpp"
#include "magasin/client/catalogue_cache.hpp"
#include "magasin/client/device_identity.hpp"
#include "magasin/client/journal.hpp"
#include "magasin/client/outbox.hpp"
#include "magasin/client/print_queue.hpp"
#include "magasin/client/sale_register.hpp"
#include "magasin/client/server_endpoints.hpp"
#include "magasin/client/session_service.hpp"
#include "magasin/client/staff_directory.hpp"
#include "magasin/client/stock_snapshot.hpp"
#include "magasin/client/store_profile.hpp"
#include "magasin/client/sync_agent.hpp"

namespace magasin::client {

struct TerminalConfig {
    QString dataDir;  // holds journal.sqlite and device.json (created 0700)
    ServerEndpoints endpoints;
    bool online = true;  // false: never call a server (demo mode, tests)
    [[nodiscard]] QString journalPath() const { return dataDir + QStringLiteral("/journal.sqlite"); }
    [[nodiscard]] QString credentialPath() const { return dataDir + QStringLiteral("/device.json"); }
};

class Terminal {
public:
    explicit Terminal(TerminalConfig config);
    ~Terminal();

    // Not enrolled yet: only enrol() is useful.
    [[nodiscard]] bool enrolled() const { return m_identity.has_value(); }
    [[nodiscard]] const std::optional<DeviceIdentity>& identity() const { return m_identity; }
    void enrol(const std::string& managerCode, const std::string& managerPin, const std::string& deviceName);

    Journal& journal() { return *m_journal; }
    CatalogueCache& catalogue() { return m_catalogue; }
    StockSnapshot& stock() { return m_stock; }
    StaffDirectory& staff() { return m_staff; }
    StoreProfiles& stores() { return m_stores; }
    SessionService& sessions();
    // Requires enrolled(): the register needs the device id and store.
    SaleRegister& registerDesk();
    Outbox& outbox();
    PrintQueue& printQueue() { return m_printQueue; }
    ApiClient* api() { return m_api.get(); }

    // The background worker (one per terminal; a second process on the same journal waits for the lock).
    SyncAgent* startSync(std::chrono::milliseconds interval = std::chrono::seconds(10));
    [[nodiscard]] SyncAgent* syncAgent() { return m_agent.get(); }

private:
    void buildEnrolledParts();

    TerminalConfig m_config;
    std::unique_ptr<Journal> m_journal;
    CatalogueCache m_catalogue;
    StockSnapshot m_stock;
    StaffDirectory m_staff;
    StoreProfiles m_stores;
    PrintQueue m_printQueue;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<ApiClient> m_api;
    std::optional<DeviceIdentity> m_identity;
    std::unique_ptr<SessionService> m_sessions;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<SaleRegister> m_register;
    std::unique_ptr<SyncAgent> m_agent;
};

}  // namespace magasin::client
