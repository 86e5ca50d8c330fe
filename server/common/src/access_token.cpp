#include "magasin/server/access_token.hpp"

#include "magasin/sync/json_fields.hpp"

namespace magasin::server {

using nlohmann::json;

std::string_view tokenKindName(TokenKind kind) noexcept {
    switch (kind) {
        case TokenKind::kStaff: return "staff";
        case TokenKind::kDevice: return "device";
        case TokenKind::kService: return "service";
    }
    return "staff";
}

std::string claimsProblem(const Claims& claims) {
    if (claims.subject.empty()) {
        return "the subject is empty";
    }
    const bool service = claims.kind == TokenKind::kService;
    if (service && (claims.role || claims.store)) {
        return "a service token carries no role and no store";
    }
    if (!service && (!claims.role || !claims.store)) {
        return "a staff or device token needs a role and a store";
    }
    return {};
}

json claimsToJson(const Claims& claims) {
    json j = {{"sub", claims.subject},
              {"kind", tokenKindName(claims.kind)},
              {"iat", claims.issuedAt.time_since_epoch().count()},
              {"exp", claims.expiresAt.time_since_epoch().count()},
              {"jti", claims.tokenId}};
    if (claims.role) {
        j["role"] = domain::roleName(*claims.role);
    }
    if (claims.store) {
        j["store"] = claims.store->toString();
    }
    if (claims.device) {
        j["device"] = claims.device->toString();
    }
    return j;
}

Claims claimsFromJson(const json& j) {
    const sync::JsonFields f(j);
    Claims claims;
    claims.subject = f.string("sub");
    const std::string kind = f.string("kind");
    if (kind == "staff") {
        claims.kind = TokenKind::kStaff;
    } else if (kind == "device") {
        claims.kind = TokenKind::kDevice;
    } else if (kind == "service") {
        claims.kind = TokenKind::kService;
    } else {
        f.fail("kind", "token.kind", "kind must be \"staff\", \"device\" or \"service\"");
    }
    if (const auto role = f.optionalString("role")) {
        claims.role = domain::parseRole(*role);
    }
    if (f.has("store")) {
        claims.store = domain::StoreId(f.uuid("store"));
    }
    if (f.has("device")) {
        claims.device = domain::DeviceId(f.uuid("device"));
    }
    claims.issuedAt = std::chrono::sys_seconds(std::chrono::seconds(f.integer("iat")));
    claims.expiresAt = std::chrono::sys_seconds(std::chrono::seconds(f.integer("exp")));
    claims.tokenId = f.string("jti");
    return claims;
}

}  // namespace magasin::server
