// Staff, devices and sessions: PIN login (Argon2id) with per-(employee code, client) growing delays, Ed25519 access
// tokens with rotated opaque refresh tokens, device enrolment and device tokens, disabling staff or devices, and the
// revocation check commandes' TokenVerifier runs on every request. Usage: SessionService s(pool, signer, hasher,
// clock);
//   json session = s.login({"1001", "1111", std::nullopt, "10.0.0.7"});  TokenVerifier v(key, clock,
//   s.revocationCheck());
#pragma once

#include <chrono>
#include <functional>
#include <mutex>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "magasin/commandes/pin_hasher.hpp"
#include "magasin/commandes/sale_book.hpp"
#include "magasin/domain/staff.hpp"
#include "magasin/domain/uuid.hpp"
#include "magasin/server/authentication.hpp"
#include "magasin/server/db_pool.hpp"
#include "magasin/server/token_signer.hpp"
#include "magasin/server/token_verifier.hpp"

namespace magasin::commandes {

struct LoginAttempt {
    std::string employeeCode;
    std::string pin;
    std::optional<std::string> deviceCredential;  // the terminal's credential: logs in "on" that device
    std::string clientAddress;                    // the network peer, for throttling logins without a device
};

// A demo staff member and the dev PIN `./magasin run` prints.
struct DemoStaff {
    domain::StaffId id;
    std::string employeeCode;
    std::string name;
    domain::Role role;
    domain::StoreId store;
    std::string pin;
};

class SessionService {
public:
    static constexpr std::chrono::minutes kAccessTokenTtl{15};
    static constexpr std::chrono::hours kRefreshTokenTtl{12};  // one shift; then the PIN again

    SessionService(server::DbPool& pool, const server::TokenSigner& signer, PinHasher hasher, domain::Clock clock);

    // {access_token, token_type "Bearer", expires_in, refresh_token, staff: {id, employee_code, name, role, store_id},
    // device_id}. HttpError 401 (wrong code or PIN, disabled staff, unknown or revoked device credential), 403 (the
    // device belongs to another store), 429 with Retry-After while this (code, client) waits; DomainError 422 for a
    // PIN that is not 4..6 digits.
    nlohmann::json login(const LoginAttempt& attempt);
    // The same answer with a new refresh token; the presented one is spent. A spent token presented again revokes
    // every session of that staff member (it was stolen or replayed). HttpError 401 otherwise.
    nlohmann::json refresh(const std::string& refreshToken);
    // Revokes the refresh token (unknown or spent ones too: logging out twice is fine).
    void logout(const std::string& refreshToken);

    // A manager's override typed on the spot (cancelling for a cashier): the manager of `store` with that code and
    // PIN. Throttled like a login (client "override:<store>"). HttpError 403 when it is not an active manager of the
    // store, 429 while waiting.
    domain::Actor verifyManager(const std::string& employeeCode, const std::string& pin, const domain::StoreId& store);

    // {id, store_id, name, credential}: the credential is shown once, only its hash is kept.
    nlohmann::json enrolDevice(const domain::StoreId& store, const std::string& name, const domain::StaffId& by);
    // {access_token, token_type, expires_in}: a device token (kind device, role cashier). HttpError 401 when the
    // credential does not belong to that device or the device was revoked.
    nlohmann::json deviceToken(const domain::DeviceId& device, const std::string& credential);
    // Revokes the device and its sessions. DomainError kNotFound "device.unknown", kIllegalState
    // "device.revoke.already_revoked".
    void revokeDevice(const domain::DeviceId& device, const StoreGuard& guard);
    // Enables or disables (Staff::enable/disable decide), revokes a disabled member's sessions and publishes the
    // verifier's new state. Returns the staff JSON. DomainError kNotFound "staff.unknown", kIllegalState.
    nlohmann::json setStaffActive(const domain::StaffId& staff, bool active, const StoreGuard& guard);
    // {items: [staff JSON]} of one store, by name: who sold what, for the managers' filters (no PIN verifiers).
    nlohmann::json staffOfStore(const domain::StoreId& store);

    // For TokenVerifier: a staff token whose member is disabled or unknown, or any token of a revoked device.
    server::TokenVerifier::RevocationCheck revocationCheck();

    // Creates the demo staff missing from the database (hashing their PINs); returns how many.
    int loadDemoStaff();
    static std::vector<DemoStaff> demoStaff();

private:
    // HttpError 429 with Retry-After while (code, client) waits; else the staff row(s) with that code.
    pqxx::result admit(const std::string& employeeCode, const std::string& client, domain::Timestamp now);
    void recordFailure(const std::string& employeeCode, const std::string& client, domain::Timestamp now);
    void forgetFailures(pqxx::work& tx, const std::string& employeeCode, const std::string& client);
    nlohmann::json issue(pqxx::work& tx, const pqxx::row& staff, const std::optional<std::string>& device);
    domain::Uuid newId();

    server::DbPool& m_pool;
    const server::TokenSigner& m_signer;
    PinHasher m_hasher;
    domain::Clock m_clock;
    std::mutex m_idMutex;
    domain::UuidV7Generator m_ids;
};

// The feed entity "staff_verifier": {id, employee_code, name, role, store_id, pin_verifier, active}.
nlohmann::json staffVerifierJson(const pqxx::row& staff);

}  // namespace magasin::commandes
