#include "magasin/client/receipt.hpp"

namespace magasin::client {

Receipt Receipt::fromSale(const domain::Sale& sale, const std::string& storeName, const std::string& storeAddress,
                          const std::string& cashierName) {
    Receipt r;
    r.saleId = sale.id().toString();
    r.storeName = storeName;
    r.storeAddress = storeAddress;
    r.at = domain::toIso8601(sale.at());
    r.cashierName = cashierName;
    for (const auto& line : sale.lines()) {
        r.lines.push_back({line.name(), line.quantity().value(), line.unitPrice().cents(),
                           line.discount() ? line.discount()->amount.cents() : 0, line.total().cents(),
                           line.isTaxable()});
    }
    const auto& t = sale.totals();
    r.subtotalCents = t.subtotal.cents();
    for (const auto& tax : t.taxes) {
        r.taxes.push_back({tax.code, tax.rate.hundredThousandths(), tax.amount.cents()});
    }
    r.totalCents = t.total.cents();
    for (const auto& p : sale.payments()) {
        r.payments.push_back(
            {p.method() == domain::PaymentMethod::kCash ? "cash" : "card", p.amount().cents(), p.reference()});
    }
    r.changeCents = sale.changeDue().cents();
    return r;
}

nlohmann::json Receipt::toJson() const {
    nlohmann::json lineArray = nlohmann::json::array();
    for (const auto& l : lines) {
        lineArray.push_back({{"name", l.name},
                             {"quantity", l.quantity},
                             {"unit_price_cents", l.unitPriceCents},
                             {"discount_cents", l.discountCents},
                             {"total_cents", l.totalCents},
                             {"taxable", l.taxable}});
    }
    nlohmann::json taxArray = nlohmann::json::array();
    for (const auto& t : taxes) {
        taxArray.push_back({{"code", t.code}, {"rate", t.rateHundredThousandths}, {"amount_cents", t.amountCents}});
    }
    nlohmann::json paymentArray = nlohmann::json::array();
    for (const auto& p : payments) {
        paymentArray.push_back({{"method", p.method}, {"amount_cents", p.amountCents}, {"reference", p.reference}});
    }
    return {{"sale_id", saleId},
            {"store_name", storeName},
            {"store_address", storeAddress},
            {"at", at},
            {"cashier_name", cashierName},
            {"lines", lineArray},
            {"subtotal_cents", subtotalCents},
            {"taxes", taxArray},
            {"total_cents", totalCents},
            {"payments", paymentArray},
            {"change_cents", changeCents}};
}

Receipt Receipt::fromJson(const nlohmann::json& j) {
    Receipt r;
    r.saleId = j.at("sale_id").get<std::string>();
    r.storeName = j.at("store_name").get<std::string>();
    r.storeAddress = j.at("store_address").get<std::string>();
    r.at = j.at("at").get<std::string>();
    r.cashierName = j.at("cashier_name").get<std::string>();
    for (const auto& l : j.at("lines")) {
        r.lines.push_back({l.at("name").get<std::string>(), l.at("quantity").get<std::int64_t>(),
                           l.at("unit_price_cents").get<std::int64_t>(), l.at("discount_cents").get<std::int64_t>(),
                           l.at("total_cents").get<std::int64_t>(), l.at("taxable").get<bool>()});
    }
    r.subtotalCents = j.at("subtotal_cents").get<std::int64_t>();
    for (const auto& t : j.at("taxes")) {
        r.taxes.push_back({t.at("code").get<std::string>(), t.at("rate").get<std::int64_t>(),
                           t.at("amount_cents").get<std::int64_t>()});
    }
    r.totalCents = j.at("total_cents").get<std::int64_t>();
    for (const auto& p : j.at("payments")) {
        r.payments.push_back({p.at("method").get<std::string>(), p.at("amount_cents").get<std::int64_t>(),
                              p.at("reference").get<std::string>()});
    }
    r.changeCents = j.at("change_cents").get<std::int64_t>();
    return r;
}

std::string formatCad(std::int64_t cents) {
    const bool negative = cents < 0;
    const std::uint64_t magnitude =
        negative ? 0 - static_cast<std::uint64_t>(cents) : static_cast<std::uint64_t>(cents);
    std::string whole = std::to_string(magnitude / 100);
    // Québec French groups thousands with a (no-break) space: 1 234,56 $.
    for (int i = static_cast<int>(whole.size()) - 3; i > 0; i -= 3) {
        whole.insert(static_cast<std::size_t>(i), " ");
    }
    const auto fraction = magnitude % 100;
    return (negative ? "-" : "") + whole + "," + (fraction < 10 ? "0" : "") + std::to_string(fraction) + " $";
}

}  // namespace magasin::client
