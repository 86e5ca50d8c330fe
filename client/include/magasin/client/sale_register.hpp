// What the POS screen calls to sell: totals from the domain's rules, a sale recorded locally as one transaction
// (local sale, outbox command, stock adjustment, receipt job), cancellations with a manager override, replenishment
// requests. Usage: auto done = reg.recordSale(session, lines, {domain::Payment::cash(Money::fromCents(5000))});
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "magasin/client/receipt.hpp"
#include "magasin/client/staff_session.hpp"
#include "magasin/domain/sale.hpp"
#include "magasin/domain/time.hpp"
#include "magasin/sync/wire.hpp"

namespace magasin::client {

class Journal;
class Outbox;

struct CartLine {
    std::string productId;
    std::string name;
    std::int64_t unitPriceCents = 0;  // as sold (the catalogue price, or a manager's override)
    std::int64_t quantity = 1;
    bool taxable = true;
    std::int64_t discountCents = 0;
    std::optional<domain::Actor> discountApprovedBy;  // required when discountCents != 0: a manager
};

struct RecordedSale {
    std::string saleId;
    sync::Command command;
    Receipt receipt;
    std::int64_t changeDueCents = 0;
};

struct LocalSale {
    std::string saleId;
    std::string at;
    std::string staffId;
    std::string status;  // "active", "cancelled"
    std::int64_t totalCents = 0;
};

class SaleRegister {
public:
    SaleRegister(Journal& journal, Outbox& outbox, domain::StoreId store, domain::Clock clock);

    // Subtotal, taxes and total of a cart under the store's tax profile (domain::computeTotals).
    [[nodiscard]] domain::Totals totalsOf(const std::vector<CartLine>& lines);

    // Validates with domain::Sale::record (throws ClientError kInvalid with the rule's message: short payment, bad
    // quantity...), then commits in ONE journal transaction: the local sale, the RecordSale command, the stock
    // adjustments and the receipt's print job. Nothing is sent here.
    RecordedSale recordSale(const StaffSession& cashier, const std::vector<CartLine>& lines,
                            const std::vector<domain::Payment>& payments);

    // Cancels a sale of this terminal: a manager session, or a cashier with `override` (SessionService::
    // managerOverride). Throws ClientError kNotFound, kOverrideRefused (cashier without override), kInvalid (reason
    // rule, already cancelled).
    sync::Command cancelSale(const StaffSession& who, const std::string& saleId, const std::string& reason,
                             const std::optional<domain::Actor>& managerOverride);

    // Queues a CreateReplenishmentRequest for supply-chain. Throws ClientError kInvalid for a quantity
    // outside 1..10000.
    sync::Command requestReplenishment(const StaffSession& who, const std::string& productId, std::int64_t quantity);

    [[nodiscard]] std::vector<LocalSale> recentSales(int limit = 50);
    [[nodiscard]] std::int64_t saleCount();

private:
    Journal& m_journal;
    Outbox& m_outbox;
    domain::StoreId m_store;
    domain::Clock m_clock;
    domain::UuidV7Generator m_ids;
};

}  // namespace magasin::client
