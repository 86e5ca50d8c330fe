#include "magasin/client/session_service.hpp"

#include <QLoggingCategory>

#include "magasin/client/api_client.hpp"
#include "magasin/client/client_error.hpp"
#include "magasin/client/journal.hpp"
#include "magasin/client/pin_verifier.hpp"
#include "magasin/client/staff_directory.hpp"
#include "magasin/domain/domain_error.hpp"
#include "magasin/domain/staff.hpp"

Q_LOGGING_CATEGORY(lcSession, "magasin.client.session")

namespace magasin::client {
namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

void requirePinShape(const std::string& pin) {
    try {
        (void)domain::Pin::parse(pin);
    } catch (const domain::DomainError& e) {
        throw ClientError(ClientError::kInvalid, e.what());
    }
}

// Offline, nobody throttles for the server: three wrong PINs in a row for one code are free, then each further try
// waits twice as long (1 s .. 15 min), as commandes does online (ADR 0008).
constexpr int kFreeFailures = 3;

}  // namespace

SessionService::SessionService(Journal& journal, ApiClient* api, std::optional<DeviceIdentity> identity,
                               domain::Clock clock)
    : m_journal(journal), m_api(api), m_identity(std::move(identity)), m_clock(std::move(clock)) {}

void SessionService::audit(const std::string& action, const std::string& staffId, const std::string& approvedBy,
                           const std::string& subject, const std::string& detail) {
    m_journal.exec(QStringLiteral("INSERT INTO audit_log (at, action, staff_id, approved_by, subject, detail)"
                                  " VALUES (?, ?, ?, ?, ?, ?)"),
                   {q(domain::toIso8601(m_clock())), q(action), q(staffId), q(approvedBy), q(subject), q(detail)});
}

std::vector<AuditEntry> SessionService::auditLog(int limit) {
    QSqlQuery rows = m_journal.exec(
        QStringLiteral(
            "SELECT at, action, staff_id, approved_by, subject, detail FROM audit_log ORDER BY id DESC LIMIT ?"),
        {limit});
    std::vector<AuditEntry> out;
    while (rows.next()) {
        out.push_back({rows.value(0).toString().toStdString(), rows.value(1).toString().toStdString(),
                       rows.value(2).toString().toStdString(), rows.value(3).toString().toStdString(),
                       rows.value(4).toString().toStdString(), rows.value(5).toString().toStdString()});
    }
    return out;
}

StaffSession SessionService::login(const std::string& employeeCode, const std::string& pin) {
    requirePinShape(pin);
    if (m_api != nullptr && m_identity) {
        try {
            const auto answer = m_api->login(employeeCode, pin, m_identity->credential);
            const auto& staff = answer.at("staff");
            StaffSession s;
            s.staffId = domain::StaffId::parse(staff.at("id").get<std::string>());
            s.employeeCode = staff.at("employee_code").get<std::string>();
            s.name = staff.at("name").get<std::string>();
            s.role = domain::parseRole(staff.at("role").get<std::string>());
            s.storeId = domain::StoreId::parse(staff.at("store_id").get<std::string>());
            s.online = true;
            s.accessToken = answer.at("access_token").get<std::string>();
            s.refreshToken = answer.value("refresh_token", std::string());
            s.startedAt = m_clock();
            audit("login_online", s.staffId.toString(), {}, employeeCode, {});
            return s;
        } catch (const ApiError& e) {
            if (!e.transient()) {
                audit("login_failed", {}, {}, employeeCode, e.what());
                const std::string detail = e.problem.detail;
                if (e.status == 429) {
                    throw ClientError(ClientError::kThrottled, detail);
                }
                if (e.status == 403) {
                    throw ClientError(ClientError::kOtherStore, detail);
                }
                if (e.status == 401 && detail.find("disabled") != std::string::npos) {
                    throw ClientError(ClientError::kStaffDisabled, detail);
                }
                if (e.status == 401 && detail.find("device credential") != std::string::npos) {
                    throw ClientError(ClientError::kNotEnrolled, detail);
                }
                if (e.status == 401) {
                    throw ClientError(ClientError::kWrongCredentials, detail);
                }
                throw ClientError(ClientError::kServer, e.what());
            }
            qCInfo(lcSession) << "commandes unreachable, logging in offline:" << e.what();
        }
    }
    return offlineLogin(employeeCode, pin);
}

StaffSession SessionService::offlineLogin(const std::string& employeeCode, const std::string& pin) {
    if (!m_identity) {
        throw ClientError(ClientError::kNotEnrolled,
                          "This terminal is not enrolled: a manager must enrol it once online");
    }
    // Throttle: failures for this code since its last success.
    QSqlQuery failures = m_journal.exec(
        QStringLiteral("SELECT count(*), max(at) FROM audit_log WHERE action = 'login_failed' AND subject = ? AND id >"
                       " COALESCE((SELECT max(id) FROM audit_log WHERE action IN ('login_online', 'login_offline')"
                       " AND subject = ?), 0)"),
        {q(employeeCode), q(employeeCode)});
    const bool counted = failures.next();
    const int failureCount = counted ? failures.value(0).toInt() : 0;
    const QString lastFailure = counted ? failures.value(1).toString() : QString();
    // An unfinished SELECT keeps a read transaction open on this connection; the audit INSERT below would then have
    // to upgrade it, which SQLite refuses at once (no busy wait) while the sync worker writes: "database is locked".
    failures.finish();
    if (failureCount >= kFreeFailures) {
        const int extra = failureCount - kFreeFailures;
        const auto wait = std::chrono::seconds(std::min<std::int64_t>(900, std::int64_t(1) << std::min(extra, 10)));
        const auto last = domain::parseIso8601(lastFailure.toStdString());
        if (m_clock() < last + wait) {
            throw ClientError(
                ClientError::kThrottled,
                "Too many wrong PINs for this employee code: try again in " +
                    std::to_string(std::chrono::duration_cast<std::chrono::seconds>(last + wait - m_clock()).count() +
                                   1) +
                    " s");
        }
    }
    StaffDirectory directory(m_journal);
    const auto staff = directory.byCode(employeeCode);
    // Verify even when the code is unknown would be better against timing; the verifier list is local and small, so
    // the lookup itself already tells an attacker with the file everything.
    const bool verified = staff && PinVerifier::verify(staff->pinVerifier, pin);
    if (!verified) {
        audit("login_failed", staff ? staff->id : std::string(), {}, employeeCode, "offline");
        throw ClientError(ClientError::kWrongCredentials, "The employee code or the PIN is wrong");
    }
    if (staff->storeId != m_identity->storeId.toString()) {
        throw ClientError(ClientError::kOtherStore, "This staff member belongs to another store");
    }
    if (!staff->active) {
        audit("login_failed", staff->id, {}, employeeCode, "disabled");
        throw ClientError(ClientError::kStaffDisabled, "This staff member is disabled: see a manager");
    }
    StaffSession s;
    s.staffId = domain::StaffId::parse(staff->id);
    s.employeeCode = staff->employeeCode;
    s.name = staff->name;
    s.role = staff->role;
    s.storeId = domain::StoreId::parse(staff->storeId);
    s.online = false;
    s.startedAt = m_clock();
    audit("login_offline", staff->id, {}, employeeCode, {});
    return s;
}

domain::Actor SessionService::managerOverride(const std::string& employeeCode, const std::string& pin,
                                              const std::string& action, const std::string& subject,
                                              const StaffSession& requestedBy) {
    StaffDirectory directory(m_journal);
    const auto staff = directory.byCode(employeeCode);
    const bool verified = staff && PinVerifier::verify(staff->pinVerifier, pin);
    const bool allowed = verified && staff->role == domain::Role::kManager && staff->active &&
                         staff->storeId == requestedBy.storeId.toString();
    const std::string detail = action + " for " + requestedBy.staffId.toString();
    if (!allowed) {
        audit("override_refused", requestedBy.staffId.toString(), staff ? staff->id : std::string(), subject, detail);
        throw ClientError(ClientError::kOverrideRefused,
                          "The manager override was refused: a manager of this store types their code and PIN");
    }
    audit("override_granted", requestedBy.staffId.toString(), staff->id, subject, detail);
    return {domain::StaffId::parse(staff->id), domain::Role::kManager};
}

DeviceIdentity SessionService::enrol(ApiClient& api, const std::string& managerCode, const std::string& managerPin,
                                     const std::string& deviceName, const DeviceCredentialFile& file) {
    try {
        const auto session = api.login(managerCode, managerPin, std::nullopt);
        const auto& staff = session.at("staff");
        if (staff.at("role").get<std::string>() != "manager") {
            throw ClientError(ClientError::kOverrideRefused, "Only a manager can enrol a terminal");
        }
        const std::string store = staff.at("store_id").get<std::string>();
        const auto device = api.enrolDevice(session.at("access_token").get<std::string>(), store, deviceName);
        DeviceIdentity identity;
        identity.deviceId = domain::DeviceId::parse(device.at("id").get<std::string>());
        identity.storeId = domain::StoreId::parse(device.at("store_id").get<std::string>());
        identity.name = device.value("name", deviceName);
        identity.credential = device.at("credential").get<std::string>();
        file.save(identity);
        return identity;
    } catch (const ApiError& e) {
        if (e.unreachable()) {
            throw ClientError(ClientError::kUnreachable, e.what());
        }
        if (e.status == 401) {
            throw ClientError(ClientError::kWrongCredentials, e.problem.detail);
        }
        throw ClientError(ClientError::kServer, e.what());
    }
}

}  // namespace magasin::client
