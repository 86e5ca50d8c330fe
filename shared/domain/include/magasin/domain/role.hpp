// The role of a staff member, which decides what they may do: cashiers sell, managers also run the store.
// Usage: auto role = parseRole("manager"); if (role == Role::kManager) ...
#pragma once

#include <string_view>

namespace magasin::domain {

enum class Role { kCashier, kManager };

// "cashier" | "manager"; throws DomainError kInvalidValue (rule "role.unknown") otherwise.
Role parseRole(std::string_view text);
std::string_view roleName(Role role) noexcept;
// Throws DomainError kPermissionDenied (rule "role.manager_required") unless the role is manager.
void requireManager(Role role, std::string_view action);

}  // namespace magasin::domain
