#include "magasin/commandes/session_service.hpp"

#include "magasin/domain/domain_error.hpp"
#include "magasin/server/change_feed.hpp"
#include "magasin/server/http_error.hpp"
#include "magasin/server/login_throttle.hpp"
#include "magasin/server/opaque_secret.hpp"
#include "magasin/server/transaction.hpp"

namespace magasin::commandes {

using domain::DomainError;
using domain::ErrorCode;
using nlohmann::json;
using server::HttpError;

namespace {

constexpr const char* kStaffColumns = "SELECT id, employee_code, name, role, store_id, pin_verifier, active FROM staff";

HttpError unauthorized(std::string detail) {
    return std::move(
        HttpError::unauthorized(std::move(detail)).withHeader("WWW-Authenticate", "Bearer realm=\"magasin\""));
}

HttpError wrongCredentials() {
    return unauthorized("The employee code or the PIN is wrong");
}

std::string iso(domain::Timestamp t) {
    return domain::toIso8601(t);
}

json staffJson(const pqxx::row& staff) {
    return {{"id", staff[0].as<std::string>()},       {"employee_code", staff[1].as<std::string>()},
            {"name", staff[2].as<std::string>()},     {"role", staff[3].as<std::string>()},
            {"store_id", staff[4].as<std::string>()}, {"active", staff[6].as<bool>()}};
}

void publishVerifier(pqxx::work& tx, const pqxx::row& staff) {
    server::ChangeFeed::append(tx, "staff_verifier", staff[0].as<std::string>(), sync::ChangeOp::kUpsert,
                               staffVerifierJson(staff), domain::StoreId::parse(staff[4].as<std::string>()));
}

}  // namespace

json staffVerifierJson(const pqxx::row& staff) {
    json j = staffJson(staff);
    j["pin_verifier"] = staff[5].as<std::string>();
    return j;
}

SessionService::SessionService(server::DbPool& pool, const server::TokenSigner& signer, PinHasher hasher,
                               domain::Clock clock)
    : m_pool(pool), m_signer(signer), m_hasher(hasher), m_clock(clock), m_ids(clock, domain::systemRandom()) {}

domain::Uuid SessionService::newId() {
    const std::lock_guard lock(m_idMutex);
    return m_ids.next();
}

json SessionService::issue(pqxx::work& tx, const pqxx::row& staff, const std::optional<std::string>& device) {
    server::Claims claims;
    claims.subject = staff[0].as<std::string>();
    claims.kind = server::TokenKind::kStaff;
    claims.role = domain::parseRole(staff[3].as<std::string>());
    claims.store = domain::StoreId::parse(staff[4].as<std::string>());
    if (device) {
        claims.device = domain::DeviceId::parse(*device);
    }
    const std::string refreshToken = server::newOpaqueSecret("rt_");
    tx.exec_params(
        "INSERT INTO refresh_tokens (token_hash, staff_id, device_id, expires_at)"
        " VALUES ($1, $2, NULLIF($3, '')::uuid, $4::timestamptz)",
        server::secretHash(refreshToken), claims.subject, device.value_or(""), iso(m_clock() + kRefreshTokenTtl));
    return {{"access_token", m_signer.sign(claims, kAccessTokenTtl)},
            {"token_type", "Bearer"},
            {"expires_in", std::chrono::seconds(kAccessTokenTtl).count()},
            {"refresh_token", refreshToken},
            {"staff", staffJson(staff)},
            {"device_id", device ? json(*device) : json(nullptr)}};
}

json SessionService::login(const LoginAttempt& attempt) {
    const domain::Pin pin = domain::Pin::parse(attempt.pin, "pin");
    if (attempt.employeeCode.empty() || attempt.employeeCode.size() > domain::Staff::kCodeMaxLength) {
        throw DomainError(ErrorCode::kInvalidValue, "staff.employee_code.format", "employee_code",
                          "An employee code has 4 to 8 digits");
    }
    const auto now = m_clock();
    // Who is knocking: the enrolled device when it proves itself, else the network address. Failures elsewhere never
    // delay the cashier at their own terminal.
    std::optional<std::string> device;
    std::string deviceStore;
    if (attempt.deviceCredential) {
        const auto rows = server::withReadOnly(m_pool, [&](pqxx::nontransaction& tx) {
            return tx.exec_params("SELECT id, store_id FROM devices WHERE credential_hash = $1 AND revoked_at IS NULL",
                                  server::secretHash(*attempt.deviceCredential));
        });
        if (rows.empty()) {
            throw unauthorized("This device credential is unknown or was revoked: enrol the terminal again");
        }
        device = rows[0][0].as<std::string>();
        deviceStore = rows[0][1].as<std::string>();
    }
    const std::string client = device ? "device:" + *device : "ip:" + attempt.clientAddress;
    const pqxx::result staffRows = admit(attempt.employeeCode, client, now);
    const bool verified = !staffRows.empty() && m_hasher.verify(staffRows[0][5].as<std::string>(), pin);
    if (staffRows.empty()) {
        m_hasher.verifyNothing(pin);
    }
    if (!verified) {
        recordFailure(attempt.employeeCode, client, now);
        throw wrongCredentials();
    }
    const pqxx::row staff = staffRows[0];
    if (!staff[6].as<bool>()) {
        throw unauthorized("This staff member is disabled: see a manager");
    }
    if (device && deviceStore != staff[4].as<std::string>()) {
        throw HttpError::forbidden("This terminal belongs to another store");
    }
    return server::withTransaction(m_pool, [&](pqxx::work& tx) {
        forgetFailures(tx, attempt.employeeCode, client);
        return issue(tx, staff, device);
    });
}

pqxx::result SessionService::admit(const std::string& employeeCode, const std::string& client, domain::Timestamp now) {
    const auto [waitMs, staffRows] = server::withReadOnly(m_pool, [&](pqxx::nontransaction& tx) {
        const auto wait = tx.exec_params(
            "SELECT CEIL(EXTRACT(EPOCH FROM (blocked_until - $3::timestamptz)) * 1000)::bigint FROM login_attempts"
            " WHERE employee_code = $1 AND client = $2 AND blocked_until > $3::timestamptz",
            employeeCode, client, iso(now));
        return std::pair(wait.empty() ? 0 : wait[0][0].as<std::int64_t>(),
                         tx.exec_params(std::string(kStaffColumns) + " WHERE employee_code = $1", employeeCode));
    });
    if (waitMs > 0) {
        const auto seconds = std::to_string((waitMs + 999) / 1000);
        throw std::move(HttpError(429, "too_many_attempts", "Too many login attempts",
                                  "Too many wrong PINs for this employee code: try again in " + seconds + " s")
                            .withHeader("Retry-After", seconds));
    }
    return staffRows;
}

void SessionService::recordFailure(const std::string& employeeCode, const std::string& client, domain::Timestamp now) {
    server::withTransaction(m_pool, [&](pqxx::work& tx) {
        const auto row = tx.exec_params(
            "INSERT INTO login_attempts (employee_code, client, failures, blocked_until)"
            " VALUES ($1, $2, 1, $3::timestamptz) ON CONFLICT (employee_code, client)"
            " DO UPDATE SET failures = login_attempts.failures + 1 RETURNING failures",
            employeeCode, client, iso(now));
        const auto delay = server::LoginThrottle::delayAfter(row[0][0].as<int>());
        tx.exec_params(
            "UPDATE login_attempts SET blocked_until = $3::timestamptz WHERE employee_code = $1 AND client = $2",
            employeeCode, client, iso(now + delay));
    });
}

void SessionService::forgetFailures(pqxx::work& tx, const std::string& employeeCode, const std::string& client) {
    tx.exec_params("DELETE FROM login_attempts WHERE employee_code = $1 AND client = $2", employeeCode, client);
}

domain::Actor SessionService::verifyManager(const std::string& employeeCode, const std::string& pinText,
                                            const domain::StoreId& store) {
    const domain::Pin pin = domain::Pin::parse(pinText, "manager_pin");
    const std::string client = "override:" + store.toString();
    const auto now = m_clock();
    const pqxx::result rows = admit(employeeCode, client, now);
    const bool verified = !rows.empty() && m_hasher.verify(rows[0][5].as<std::string>(), pin);
    if (rows.empty()) {
        m_hasher.verifyNothing(pin);
    }
    if (!verified || rows[0][3].as<std::string>() != "manager" || rows[0][4].as<std::string>() != store.toString() ||
        !rows[0][6].as<bool>()) {
        if (!verified) {
            recordFailure(employeeCode, client, now);
        }
        throw HttpError::forbidden(
            "The manager override was refused: a manager of this store types their code and PIN");
    }
    server::withTransaction(m_pool, [&](pqxx::work& tx) { forgetFailures(tx, employeeCode, client); });
    return {domain::StaffId::parse(rows[0][0].as<std::string>()), domain::Role::kManager};
}

json SessionService::refresh(const std::string& refreshToken) {
    enum class Verdict { kIssued, kUnknown, kReused, kExpired, kDisabled };
    const auto now = iso(m_clock());
    json session;
    const Verdict verdict = server::withTransaction(m_pool, [&](pqxx::work& tx) {
        const auto rows = tx.exec_params(
            "SELECT r.staff_id, r.device_id::text, r.revoked_at IS NOT NULL, r.expires_at <= $2::timestamptz,"
            " COALESCE(d.revoked_at IS NOT NULL, false) FROM refresh_tokens r LEFT JOIN devices d ON d.id = r.device_id"
            " WHERE r.token_hash = $1 FOR UPDATE OF r",
            server::secretHash(refreshToken), now);
        if (rows.empty()) {
            return Verdict::kUnknown;
        }
        const auto staffId = rows[0][0].as<std::string>();
        if (rows[0][2].as<bool>()) {
            tx.exec_params(
                "UPDATE refresh_tokens SET revoked_at = $2::timestamptz WHERE staff_id = $1"
                " AND revoked_at IS NULL",
                staffId, now);
            return Verdict::kReused;
        }
        tx.exec_params("UPDATE refresh_tokens SET revoked_at = $2::timestamptz WHERE token_hash = $1",
                       server::secretHash(refreshToken), now);
        if (rows[0][3].as<bool>()) {
            return Verdict::kExpired;
        }
        const auto staff = tx.exec_params(std::string(kStaffColumns) + " WHERE id = $1", staffId);
        if (staff.empty() || !staff[0][6].as<bool>() || rows[0][4].as<bool>()) {
            return Verdict::kDisabled;
        }
        session =
            issue(tx, staff[0], rows[0][1].is_null() ? std::nullopt : std::optional(rows[0][1].as<std::string>()));
        return Verdict::kIssued;
    });
    switch (verdict) {
        case Verdict::kIssued: return session;
        case Verdict::kUnknown: throw unauthorized("This refresh token is unknown: log in again");
        case Verdict::kReused:
            throw unauthorized("This refresh token was already used: every session of this staff member is closed");
        case Verdict::kExpired: throw unauthorized("This refresh token expired: log in again");
        case Verdict::kDisabled: throw unauthorized("This staff member or device was disabled");
    }
    throw unauthorized("Log in again");
}

void SessionService::logout(const std::string& refreshToken) {
    server::withTransaction(m_pool, [&](pqxx::work& tx) {
        tx.exec_params(
            "UPDATE refresh_tokens SET revoked_at = $2::timestamptz WHERE token_hash = $1"
            " AND revoked_at IS NULL",
            server::secretHash(refreshToken), iso(m_clock()));
    });
}

json SessionService::enrolDevice(const domain::StoreId& store, const std::string& name, const domain::StaffId& by) {
    const std::string credential = server::newOpaqueSecret("dc_");
    const std::string id = newId().toString();
    server::withTransaction(m_pool, [&](pqxx::work& tx) {
        tx.exec_params(
            "INSERT INTO devices (id, store_id, name, credential_hash, enrolled_by, enrolled_at)"
            " VALUES ($1, $2, $3, $4, $5, $6::timestamptz)",
            id, store.toString(), name, server::secretHash(credential), by.toString(), iso(m_clock()));
    });
    return {{"id", id}, {"store_id", store.toString()}, {"name", name}, {"credential", credential}};
}

json SessionService::deviceToken(const domain::DeviceId& device, const std::string& credential) {
    const auto rows = server::withReadOnly(m_pool, [&](pqxx::nontransaction& tx) {
        return tx.exec_params(
            "SELECT store_id FROM devices WHERE id = $1 AND credential_hash = $2"
            " AND revoked_at IS NULL",
            device.toString(), server::secretHash(credential));
    });
    if (rows.empty()) {
        throw unauthorized("This device credential is wrong or the device was revoked");
    }
    server::Claims claims;
    claims.subject = device.toString();
    claims.kind = server::TokenKind::kDevice;
    claims.role = domain::Role::kCashier;
    claims.store = domain::StoreId::parse(rows[0][0].as<std::string>());
    claims.device = device;
    return {{"access_token", m_signer.sign(claims, kAccessTokenTtl)},
            {"token_type", "Bearer"},
            {"expires_in", std::chrono::seconds(kAccessTokenTtl).count()}};
}

void SessionService::revokeDevice(const domain::DeviceId& device, const StoreGuard& guard) {
    server::withTransaction(m_pool, [&](pqxx::work& tx) {
        const auto rows = tx.exec_params(
            "SELECT store_id, revoked_at IS NOT NULL FROM devices WHERE id = $1 FOR UPDATE", device.toString());
        if (rows.empty()) {
            throw DomainError(ErrorCode::kNotFound, "device.unknown", "id", "No device with id " + device.toString());
        }
        guard(domain::StoreId::parse(rows[0][0].as<std::string>()));
        if (rows[0][1].as<bool>()) {
            throw DomainError(ErrorCode::kIllegalState, "device.revoke.already_revoked", "id",
                              "This device is already revoked");
        }
        const auto now = iso(m_clock());
        tx.exec_params("UPDATE devices SET revoked_at = $2::timestamptz WHERE id = $1", device.toString(), now);
        tx.exec_params(
            "UPDATE refresh_tokens SET revoked_at = $2::timestamptz WHERE device_id = $1"
            " AND revoked_at IS NULL",
            device.toString(), now);
    });
}

json SessionService::setStaffActive(const domain::StaffId& staffId, bool active, const StoreGuard& guard) {
    return server::withTransaction(m_pool, [&](pqxx::work& tx) {
        const auto rows = tx.exec_params(std::string(kStaffColumns) + " WHERE id = $1 FOR UPDATE", staffId.toString());
        if (rows.empty()) {
            throw DomainError(ErrorCode::kNotFound, "staff.unknown", "id",
                              "No staff member with id " + staffId.toString());
        }
        const auto& row = rows[0];
        guard(domain::StoreId::parse(row[4].as<std::string>()));
        domain::Staff staff = domain::Staff::of(
            staffId, row[1].as<std::string>(), row[2].as<std::string>(), domain::parseRole(row[3].as<std::string>()),
            domain::StoreId::parse(row[4].as<std::string>()), row[5].as<std::string>());
        if (!row[6].as<bool>()) {
            staff.disable();
        }
        active ? staff.enable() : staff.disable();
        tx.exec_params("UPDATE staff SET active = $2 WHERE id = $1", staffId.toString(), active);
        if (!active) {
            tx.exec_params(
                "UPDATE refresh_tokens SET revoked_at = $2::timestamptz WHERE staff_id = $1"
                " AND revoked_at IS NULL",
                staffId.toString(), iso(m_clock()));
        }
        const auto updated = tx.exec_params(std::string(kStaffColumns) + " WHERE id = $1", staffId.toString());
        publishVerifier(tx, updated[0]);
        return staffJson(updated[0]);
    });
}

json SessionService::staffOfStore(const domain::StoreId& store) {
    return server::withReadOnly(m_pool, [&](pqxx::nontransaction& tx) {
        json items = json::array();
        for (const auto& row :
             tx.exec_params(std::string(kStaffColumns) + " WHERE store_id = $1 ORDER BY name, id", store.toString())) {
            items.push_back(staffJson(row));
        }
        return json{{"items", std::move(items)}};
    });
}

server::TokenVerifier::RevocationCheck SessionService::revocationCheck() {
    return [this](const server::Claims& claims) {
        if (claims.kind == server::TokenKind::kService) {
            return false;
        }
        return server::withReadOnly(m_pool, [&](pqxx::nontransaction& tx) {
            const std::string device = claims.device ? claims.device->toString() : std::string();
            const std::string staff = claims.kind == server::TokenKind::kStaff ? claims.subject : std::string();
            // A subject that is not a UUID cannot name a member: compare as text so it only fails to match.
            const auto rows = tx.exec_params(
                "SELECT (NULLIF($1, '') IS NULL OR EXISTS (SELECT 1 FROM staff WHERE id::text = $1 AND active))"
                " AND (NULLIF($2, '') IS NULL OR EXISTS (SELECT 1 FROM devices WHERE id::text = $2"
                " AND revoked_at IS NULL))",
                staff, device);
            return !rows[0][0].as<bool>();
        });
    };
}

std::vector<DemoStaff> SessionService::demoStaff() {
    std::vector<DemoStaff> staff;
    const char* names[4][2] = {{"Julie Roy", "Marc Gagnon"},
                               {"Sophie Lavoie", "Luc Bouchard"},
                               {"Émilie Côté", "Alain Pelletier"},
                               {"Chloé Morin", "Nicolas Fortin"}};
    for (int s = 1; s <= 4; ++s) {
        const auto n = std::to_string(s);
        const auto store = domain::StoreId::parse("33333333-3333-3333-3333-33333333333" + n);
        staff.push_back({domain::StaffId::parse("44444444-4444-4444-4444-4444444444" + n + "1"), n + "001",
                         names[s - 1][0], domain::Role::kCashier, store, n + n + n + n});
        staff.push_back({domain::StaffId::parse("44444444-4444-4444-4444-4444444444" + n + "2"), n + "002",
                         names[s - 1][1], domain::Role::kManager, store, n + "9" + n + "9"});
    }
    return staff;
}

int SessionService::loadDemoStaff() {
    int created = 0;
    for (const auto& demo : demoStaff()) {
        const bool exists = server::withReadOnly(m_pool, [&](pqxx::nontransaction& tx) {
            return !tx.exec_params("SELECT 1 FROM staff WHERE id = $1", demo.id.toString()).empty();
        });
        if (exists) {
            continue;
        }
        const auto staff = domain::Staff::of(demo.id, demo.employeeCode, demo.name, demo.role, demo.store,
                                             m_hasher.hash(domain::Pin::parse(demo.pin)));
        server::withTransaction(m_pool, [&](pqxx::work& tx) {
            const auto rows = tx.exec_params(
                "INSERT INTO staff (id, employee_code, name, role, store_id, pin_verifier) VALUES ($1, $2, $3, $4, $5, "
                "$6)"
                " ON CONFLICT DO NOTHING RETURNING id, employee_code, name, role, store_id, pin_verifier, active",
                staff.id().toString(), staff.employeeCode(), staff.name(), std::string(domain::roleName(staff.role())),
                staff.store().toString(), staff.pinVerifier());
            if (!rows.empty()) {
                publishVerifier(tx, rows[0]);
                ++created;
            }
        });
    }
    return created;
}

}  // namespace magasin::commandes
