// The sales use cases, each inside the caller's transaction so that the REST route (with its Idempotency-Key) and
// the RecordSale / CancelSale sync commands share ONE code path. Usage: SaleBook book(clock);
//   RecordedSale r = book.record(tx, saleSubmissionFromJson(body, book.roleLookup(tx, store)), "rest");
#pragma once

#include <functional>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include "magasin/commandes/sale_json.hpp"
#include "magasin/domain/sales_report.hpp"
#include "magasin/domain/time.hpp"

namespace magasin::commandes {

struct RecordedSale {
    nlohmann::json sale;    // the stored sale (saleToJson)
    bool replayed = false;  // the id was already recorded: this is the stored sale, nothing was written
    [[nodiscard]] bool flagged() const { return !sale.at("flags").empty(); }
};

struct CancelRequest {
    domain::Actor by;
    std::optional<domain::Actor> approvedBy;  // a manager's override of a cashier's cancellation
    domain::Reason reason;
};

struct SaleFilter {
    std::optional<domain::StoreId> store;   // nullopt: every store (service tokens)
    std::optional<domain::Timestamp> from;  // inclusive
    std::optional<domain::Timestamp> to;    // exclusive
    std::optional<domain::StaffId> staff;
    std::optional<std::string> status;  // "active" | "cancelled"
    std::optional<bool> flagged;
    int limit = 100;
    int offset = 0;
};

// Throws HttpError 403 when the caller may not act on that store's sales.
using StoreGuard = std::function<void(const domain::StoreId&)>;

class SaleBook {
public:
    static constexpr int kMaxPageSize = 500;

    explicit SaleBook(domain::Clock clock) : m_clock(std::move(clock)) {}

    // Records the sale once per id: totals recomputed with the store's tax profile (Sale::record), flags raised
    // against the local catalogue copy and the terminal's totals (flagOfflineSale), the sale stored with its flags and
    // its "sale" change appended, scoped to its store. A known id returns the stored sale (replayed) untouched.
    // Throws DomainError: the sale's own rules, kNotFound "store.unknown".
    RecordedSale record(pqxx::work& tx, const SaleSubmission& submission, const std::string& origin) const;

    // Cancels an active sale (Sale::cancel decides who may) and appends its change. Throws DomainError kNotFound
    // "sale.unknown", kIllegalState "sale.cancel.not_active", kPermissionDenied "role.manager_required".
    nlohmann::json cancel(pqxx::work& tx, const domain::SaleId& id, const CancelRequest& request,
                          const StoreGuard& guard) const;

    // Throws DomainError kNotFound "sale.unknown"; `guard` sees the sale's store first.
    nlohmann::json get(pqxx::transaction_base& tx, const domain::SaleId& id, const StoreGuard& guard) const;
    // Most recent first.
    nlohmann::json list(pqxx::transaction_base& tx, const SaleFilter& filter) const;

    // The store's active sales whose time is in the period, as domain sales (for the reports).
    std::vector<domain::Sale> activeSales(pqxx::transaction_base& tx, const domain::StoreId& store,
                                          const domain::ReportPeriod& period) const;

    // Staff roles from the database, for discount approvers and overrides: kNotFound "staff.unknown" unless the id
    // is a member of `store`.
    static RoleLookup roleLookup(pqxx::transaction_base& tx, const domain::StoreId& store);

private:
    domain::Clock m_clock;
};

}  // namespace magasin::commandes
