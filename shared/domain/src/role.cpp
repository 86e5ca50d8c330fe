#include "magasin/domain/role.hpp"

#include "magasin/domain/domain_error.hpp"

#include <string>

namespace magasin::domain {

Role parseRole(std::string_view text) {
    if (text == "cashier") {
        return Role::kCashier;
    }
    if (text == "manager") {
        return Role::kManager;
    }
    throw DomainError(ErrorCode::kInvalidValue, "role.unknown", "role",
                      "Role must be \"cashier\" or \"manager\", not \"" + std::string(text.substr(0, 32)) + "\"");
}

std::string_view roleName(Role role) noexcept {
    return role == Role::kManager ? "manager" : "cashier";
}

void requireManager(Role role, std::string_view action) {
    if (role != Role::kManager) {
        throw DomainError(ErrorCode::kPermissionDenied, "role.manager_required", "",
                          "Only a manager may " + std::string(action));
    }
}

}  // namespace magasin::domain
