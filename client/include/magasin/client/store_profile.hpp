// The terminal's store as commandes publishes it: name and address for receipts, taxes for totals.
// Usage: StoreProfiles stores(journal); auto s = stores.byId(id); domain::computeTotals(s->taxProfile, ...);
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "magasin/domain/tax_profile.hpp"

namespace magasin::client {

class Journal;

struct StoreProfile {
    std::string id;
    std::string name;
    std::string address;
    domain::TaxProfile taxProfile = domain::TaxProfile::quebec();
    int maxOfflineWindowHours = 72;

    // Reads commandes' store JSON (storeToJson).
    static StoreProfile fromJson(const nlohmann::json& j);
    [[nodiscard]] nlohmann::json toJson() const;
};

class StoreProfiles {
public:
    explicit StoreProfiles(Journal& journal) : m_journal(journal) {}
    void upsert(const StoreProfile& store);
    [[nodiscard]] std::optional<StoreProfile> byId(const std::string& storeId);

private:
    Journal& m_journal;
};

}  // namespace magasin::client
