#include "magasin/domain/store.hpp"

#include "magasin/domain/bounded_text.hpp"
#include "magasin/domain/domain_error.hpp"

namespace magasin::domain {

Store Store::of(StoreId id, std::string_view name, std::string_view address, TaxProfile taxProfile,
                std::chrono::hours maxOfflineWindow) {
    std::string storeName =
        boundedText(name, kNameMinLength, kNameMaxLength, "store.name.length", "name", "A store name");
    std::string storeAddress =
        boundedText(address, kAddressMinLength, kAddressMaxLength, "store.address.length", "address", "An address");
    if (storeAddress.find_first_of("\r\n") != std::string::npos) {
        throw DomainError(ErrorCode::kInvalidValue, "store.address.single_line", "address",
                          "An address must fit on one line");
    }
    if (maxOfflineWindow < kMinOfflineWindow || maxOfflineWindow > kMaxOfflineWindow) {
        throw DomainError(ErrorCode::kInvalidValue, "store.offline_window.range", "max_offline_hours",
                          "The offline window must be 1 to 168 hours");
    }
    return Store(id, std::move(storeName), std::move(storeAddress), std::move(taxProfile), maxOfflineWindow);
}

bool Store::offlineWindowExceeded(Timestamp lastSync, Timestamp now) const {
    return now - lastSync > m_maxOfflineWindow;
}

}  // namespace magasin::domain
