// What a signed access token says about its bearer (ARCHITECTURE.md §7): who, of which kind, with which role, for
// which store, and for how long. Usage: Claims c{.subject = id, .kind = TokenKind::kStaff, .role = Role::kCashier};
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "magasin/domain/role.hpp"
#include "magasin/domain/uuid.hpp"

namespace magasin::server {

// staff: a person logged in on a terminal or the back office; device: an enrolled terminal syncing under its
// credential; service: one of our servers calling another (no role, no store: it acts for the whole chain).
enum class TokenKind { kStaff, kDevice, kService };
std::string_view tokenKindName(TokenKind kind) noexcept;  // "staff", "device", "service"

struct Claims {
    std::string subject;  // sub: the staff or device id, or the service's name
    TokenKind kind = TokenKind::kStaff;
    std::optional<domain::Role> role;        // required for staff and device, absent for service
    std::optional<domain::StoreId> store;    // required for staff and device, absent for service
    std::optional<domain::DeviceId> device;  // the terminal the token was issued on, when any
    std::chrono::sys_seconds issuedAt{};     // iat, set by TokenSigner
    std::chrono::sys_seconds expiresAt{};    // exp, set by TokenSigner
    std::string tokenId;                     // jti, random, set by TokenSigner (for revocation)
    friend bool operator==(const Claims&, const Claims&) = default;
};

// The rule both sides hold claims to: an empty string when they are consistent, else what is wrong.
std::string claimsProblem(const Claims& claims);

// JSON members: sub, kind, role, store, device, iat, exp (unix seconds), jti. The reader is strict (JsonFields) and
// throws domain::DomainError on any fault.
nlohmann::json claimsToJson(const Claims& claims);
Claims claimsFromJson(const nlohmann::json& j);

}  // namespace magasin::server
