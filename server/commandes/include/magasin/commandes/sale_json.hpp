// The sale on the wire: the body a terminal, the back office or the web checkout sends, and the stored/published form
// (GET /v1/sales/{id}, feed entity "sale"). Usage: auto s = saleSubmissionFromJson(body, roleOf);
//   json doc = saleToJson(sale, "rest", flagsToJson(flags));  Sale again = saleFromJson(doc);
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "magasin/domain/sale.hpp"
#include "magasin/domain/sale_flags.hpp"

namespace magasin::commandes {

// The totals a terminal computed, compared with the server's (flag totals_differ_from_terminal).
struct TerminalTax {
    std::string code;
    domain::Money amount;
};
struct TerminalTotals {
    domain::Money subtotal;
    domain::Money taxableSubtotal;
    std::vector<TerminalTax> taxes;
    domain::Money taxTotal;
    domain::Money total;
};

struct SaleSubmission {
    domain::NewSale sale;
    std::optional<TerminalTotals> terminalTotals;
};

// The role of a staff member by id, to check who approved a discount; throws DomainError kNotFound when unknown.
using RoleLookup = std::function<domain::Role(const domain::StaffId&)>;

// Reads {id, store_id, device_id?, staff_id?, customer_id?, at, channel?, lines: [{product_id, name, unit_price_cents,
// quantity, taxable?, discount_cents?, discount_approved_by?}], payments: [{method, amount_cents, reference?}],
// totals?: {subtotal_cents, taxable_subtotal_cents, taxes: [{code, amount_cents}], tax_total_cents, total_cents}}.
// Throws DomainError (kInvalidValue with the JSON path as field) for anything malformed; the sale's own rules are
// Sale::record's.
SaleSubmission saleSubmissionFromJson(const nlohmann::json& body, const RoleLookup& roleOf);

// The domain's totals for what the terminal said: each tax takes the store profile's rate of its code (an unknown
// code gets rate 0, so it differs), so that only amounts and codes decide whether they agree.
domain::Totals terminalTotalsOf(const TerminalTotals& totals, const domain::TaxProfile& profile);

// [{code, line?, product_id?, server_value_cents?, terminal_value_cents}]
nlohmann::json flagsToJson(const std::vector<domain::RaisedFlag>& flags);

// The published form: {id, store_id, device_id, staff_id, customer_id, at, channel, origin, status, lines:
// [{product_id, name, unit_price_cents, quantity, taxable, discount_cents, discount_approved_by, total_cents}],
// payments, totals: {subtotal_cents, taxable_subtotal_cents, taxes: [{code, rate, amount_cents}], tax_total_cents,
// total_cents}, change_due_cents, flags, cancellation: null | {by, by_role, approved_by, reason, at}}.
nlohmann::json saleToJson(const domain::Sale& sale, const std::string& origin, const nlohmann::json& flags);

// The sale back from its published form (Sale::restore: the stored totals stand).
domain::Sale saleFromJson(const nlohmann::json& doc);

std::string_view channelName(domain::SaleChannel channel) noexcept;  // "store" | "web"

}  // namespace magasin::commandes
