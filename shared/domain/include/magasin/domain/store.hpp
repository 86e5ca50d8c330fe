// A store of the chain: where it is, which taxes it charges and how long its terminals may sell without syncing.
// Usage: auto store = Store::of(id, "Magasin Central", "1 rue Principale, Montréal", TaxProfile::quebec(), 72h);
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "magasin/domain/tax_profile.hpp"
#include "magasin/domain/time.hpp"
#include "magasin/domain/uuid.hpp"

namespace magasin::domain {

class Store {
public:
    static constexpr std::size_t kNameMinLength = 2;
    static constexpr std::size_t kNameMaxLength = 100;
    static constexpr std::size_t kAddressMinLength = 5;
    static constexpr std::size_t kAddressMaxLength = 200;
    static constexpr std::chrono::hours kMinOfflineWindow{1};
    static constexpr std::chrono::hours kMaxOfflineWindow{168};

    // Name and address are trimmed. Throws DomainError kInvalidValue: "store.name.length", "store.address.length",
    // "store.address.single_line" (the address is one line: it is printed on receipts as is),
    // "store.offline_window.range" (1..168 hours).
    static Store of(StoreId id, std::string_view name, std::string_view address, TaxProfile taxProfile,
                    std::chrono::hours maxOfflineWindow);

    [[nodiscard]] const StoreId& id() const { return m_id; }
    [[nodiscard]] const std::string& name() const { return m_name; }
    [[nodiscard]] const std::string& address() const { return m_address; }
    [[nodiscard]] const TaxProfile& taxProfile() const { return m_taxProfile; }
    [[nodiscard]] std::chrono::hours maxOfflineWindow() const { return m_maxOfflineWindow; }

    // True when more than the window has passed since the terminal last synced: exactly the window is still allowed.
    // A lastSync in the future (a skewed terminal clock) never counts as exceeded.
    [[nodiscard]] bool offlineWindowExceeded(Timestamp lastSync, Timestamp now) const;

private:
    Store(StoreId id, std::string name, std::string address, TaxProfile taxProfile, std::chrono::hours window)
        : m_id(id),
          m_name(std::move(name)),
          m_address(std::move(address)),
          m_taxProfile(std::move(taxProfile)),
          m_maxOfflineWindow(window) {}

    StoreId m_id;
    std::string m_name;
    std::string m_address;
    TaxProfile m_taxProfile;
    std::chrono::hours m_maxOfflineWindow;
};

}  // namespace magasin::domain
