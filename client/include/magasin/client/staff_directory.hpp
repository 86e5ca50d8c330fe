// The staff of the terminal's own store with their Argon2id PIN verifiers, from commandes' feed, for offline login.
// Usage: StaffDirectory staff(journal); staff.upsert(StaffRecord::fromJson(change.data)); staff.byCode("1001");
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "magasin/domain/role.hpp"

namespace magasin::client {

class Journal;

struct StaffRecord {
    std::string id;
    std::string employeeCode;
    std::string name;
    domain::Role role = domain::Role::kCashier;
    std::string storeId;
    std::string pinVerifier;  // "$argon2id$..."
    bool active = true;

    // Reads commandes' staff_verifier JSON. Throws nlohmann::json::exception or DomainError on a malformed record.
    static StaffRecord fromJson(const nlohmann::json& j);
};

class StaffDirectory {
public:
    explicit StaffDirectory(Journal& journal) : m_journal(journal) {}
    void upsert(const StaffRecord& staff);
    void remove(const std::string& staffId);
    void clear();
    [[nodiscard]] std::optional<StaffRecord> byCode(const std::string& employeeCode);
    [[nodiscard]] std::optional<StaffRecord> byId(const std::string& staffId);

private:
    Journal& m_journal;
};

}  // namespace magasin::client
