// Who is logged in at the terminal, how (online with tokens, or offline against the local verifiers), and the role.
// Usage: StaffSession s = sessions.login("1001", "1111"); if (s.role == domain::Role::kManager) ...
#pragma once

#include <string>

#include "magasin/domain/role.hpp"
#include "magasin/domain/time.hpp"
#include "magasin/domain/uuid.hpp"

namespace magasin::client {

struct StaffSession {
    domain::StaffId staffId;
    std::string employeeCode;
    std::string name;
    domain::Role role = domain::Role::kCashier;
    domain::StoreId storeId;
    bool online = false;       // true: commandes checked the PIN and issued the tokens below
    std::string accessToken;   // empty offline
    std::string refreshToken;  // empty offline
    domain::Timestamp startedAt{};
};

}  // namespace magasin::client
