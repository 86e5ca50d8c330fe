// Staff login at the terminal (online through commandes, offline against its own store's Argon2id verifiers),
// enrolment by a manager, and manager overrides by PIN, each one audited in the journal.
// Usage: SessionService s(journal, api, identity, clock); auto who = s.login("1001", "1111");
//        domain::Actor m = s.managerOverride("1002", "1919", "cancel_sale", saleId, who);
#pragma once

#include <optional>
#include <string>

#include "magasin/client/device_identity.hpp"
#include "magasin/client/staff_session.hpp"
#include "magasin/domain/sale.hpp"

namespace magasin::client {

class ApiClient;
class Journal;

// One line of the journal's audit log.
struct AuditEntry {
    std::string at;
    std::string action;   // "login_online", "login_offline", "login_failed", "override_granted", "override_refused"
    std::string staffId;  // who acted (empty when unknown)
    std::string approvedBy;
    std::string subject;  // e.g. the sale id an override was for
    std::string detail;
};

class SessionService {
public:
    // `api` may be null: the terminal then works offline only.
    SessionService(Journal& journal, ApiClient* api, std::optional<DeviceIdentity> identity, domain::Clock clock);

    // Online first when a server is configured; when commandes cannot be reached, checks the PIN against the local
    // verifier of this store's staff. A wrong PIN answered by the server is final (no offline retry). Throws
    // ClientError kWrongCredentials, kStaffDisabled, kOtherStore, kThrottled, kNotEnrolled (offline, no identity).
    StaffSession login(const std::string& employeeCode, const std::string& pin);

    // A manager of this store types code + PIN on the spot; checked against the local verifiers (works offline) and
    // audited with `action` and `subject`. Throws ClientError kOverrideRefused.
    domain::Actor managerOverride(const std::string& employeeCode, const std::string& pin, const std::string& action,
                                  const std::string& subject, const StaffSession& requestedBy);

    // Enrolment: a manager logs in online, commandes creates the device and its credential, which is saved to
    // `file` (0600). Throws ClientError kUnreachable, kWrongCredentials, kOverrideRefused (not a manager), kServer.
    static DeviceIdentity enrol(ApiClient& api, const std::string& managerCode, const std::string& managerPin,
                                const std::string& deviceName, const class DeviceCredentialFile& file);

    [[nodiscard]] std::vector<AuditEntry> auditLog(int limit = 100);

private:
    void audit(const std::string& action, const std::string& staffId, const std::string& approvedBy,
               const std::string& subject, const std::string& detail);
    StaffSession offlineLogin(const std::string& employeeCode, const std::string& pin);

    Journal& m_journal;
    ApiClient* m_api;
    std::optional<DeviceIdentity> m_identity;
    domain::Clock m_clock;
};

}  // namespace magasin::client
