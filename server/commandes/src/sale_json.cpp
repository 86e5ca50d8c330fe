#include "magasin/commandes/sale_json.hpp"

#include "magasin/domain/domain_error.hpp"
#include "magasin/sync/json_fields.hpp"

namespace magasin::commandes {

using domain::DomainError;
using domain::ErrorCode;
using domain::Money;
using nlohmann::json;
using sync::JsonFields;

namespace {

json optionalId(const auto& id) {
    return id ? json(id->toString()) : json(nullptr);
}

domain::SaleChannel channelOf(const JsonFields& body) {
    const auto text = body.optionalString("channel").value_or("store");
    if (text == "store") {
        return domain::SaleChannel::kStore;
    }
    if (text == "web") {
        return domain::SaleChannel::kWeb;
    }
    body.fail("channel", "sale.channel.unknown", "channel must be \"store\" or \"web\"");
}

domain::SaleLine lineOf(const JsonFields& line, const RoleLookup& roleOf) {
    std::optional<domain::LineDiscount> discount;
    if (auto cents = line.optionalInteger("discount_cents"); cents && *cents != 0) {
        if (!line.has("discount_approved_by")) {
            line.fail("discount_approved_by", "sale.line.discount.approver_required",
                      "A discount names the manager who approved it");
        }
        const domain::StaffId approver(line.uuid("discount_approved_by"));
        discount = domain::LineDiscount{Money::fromCents(*cents), {approver, roleOf(approver)}};
    }
    return domain::SaleLine::of(domain::ProductId(line.uuid("product_id")), line.string("name"),
                                domain::Price::fromCents(line.integer("unit_price_cents")),
                                domain::Quantity::of(line.integer("quantity"), line.pathOf("quantity")),
                                line.optionalBoolean("taxable").value_or(true), discount);
}

domain::Payment paymentOf(const JsonFields& payment) {
    const auto method = payment.string("method");
    const Money amount = Money::fromCents(payment.integer("amount_cents"));
    if (method == "cash") {
        return domain::Payment::cash(amount);
    }
    if (method == "card") {
        return domain::Payment::card(amount, payment.string("reference"));
    }
    payment.fail("method", "payment.method.unknown", "A payment method is \"cash\" or \"card\"");
}

TerminalTotals terminalTotalsOf(const JsonFields& totals) {
    TerminalTotals t;
    t.subtotal = Money::fromCents(totals.integer("subtotal_cents"));
    t.taxableSubtotal = Money::fromCents(totals.integer("taxable_subtotal_cents"));
    for (const auto& tax : totals.objects("taxes")) {
        t.taxes.push_back({tax.string("code"), Money::fromCents(tax.integer("amount_cents"))});
    }
    t.taxTotal = Money::fromCents(totals.integer("tax_total_cents"));
    t.total = Money::fromCents(totals.integer("total_cents"));
    return t;
}

domain::Role roleNamed(const std::string& text) {
    return domain::parseRole(text);
}

}  // namespace

std::string_view channelName(domain::SaleChannel channel) noexcept {
    return channel == domain::SaleChannel::kWeb ? "web" : "store";
}

SaleSubmission saleSubmissionFromJson(const json& body, const RoleLookup& roleOf) {
    const JsonFields fields(body);
    SaleSubmission s;
    s.sale.id = domain::SaleId(fields.uuid("id"));
    s.sale.store = domain::StoreId(fields.uuid("store_id"));
    if (fields.has("device_id")) {
        s.sale.device = domain::DeviceId(fields.uuid("device_id"));
    }
    if (fields.has("staff_id")) {
        s.sale.staff = domain::StaffId(fields.uuid("staff_id"));
    }
    if (fields.has("customer_id")) {
        s.sale.customer = domain::CustomerId(fields.uuid("customer_id"));
    }
    s.sale.at = fields.timestamp("at");
    s.sale.channel = channelOf(fields);
    for (const auto& line : fields.objects("lines")) {
        s.sale.lines.push_back(lineOf(line, roleOf));
    }
    if (fields.has("payments")) {
        for (const auto& payment : fields.objects("payments")) {
            s.sale.payments.push_back(paymentOf(payment));
        }
    }
    if (fields.has("totals")) {
        s.terminalTotals = terminalTotalsOf(fields.object("totals"));
    }
    return s;
}

domain::Totals terminalTotalsOf(const TerminalTotals& totals, const domain::TaxProfile& profile) {
    domain::Totals t{totals.subtotal, totals.taxableSubtotal, {}, totals.taxTotal, totals.total};
    for (const auto& tax : totals.taxes) {
        domain::Rate rate = domain::Rate::fromHundredThousandths(0);
        for (const auto& known : profile.taxes()) {
            if (known.code == tax.code) {
                rate = known.rate;
            }
        }
        t.taxes.push_back({tax.code, rate, tax.amount});
    }
    return t;
}

json flagsToJson(const std::vector<domain::RaisedFlag>& flags) {
    json items = json::array();
    for (const auto& f : flags) {
        json item = {{"code", domain::saleFlagName(f.flag)}, {"terminal_value_cents", f.terminalValue.cents()}};
        if (f.line) {
            item["line"] = *f.line;
        }
        if (f.product) {
            item["product_id"] = f.product->toString();
        }
        if (f.serverValue) {
            item["server_value_cents"] = f.serverValue->cents();
        }
        items.push_back(std::move(item));
    }
    return items;
}

json saleToJson(const domain::Sale& sale, const std::string& origin, const json& flags) {
    json lines = json::array();
    for (const auto& line : sale.lines()) {
        lines.push_back({{"product_id", line.product().toString()},
                         {"name", line.name()},
                         {"unit_price_cents", line.unitPrice().cents()},
                         {"quantity", line.quantity().value()},
                         {"taxable", line.isTaxable()},
                         {"discount_cents", line.discount() ? line.discount()->amount.cents() : 0},
                         {"discount_approved_by",
                          line.discount() ? json(line.discount()->approvedBy.id.toString()) : json(nullptr)},
                         {"total_cents", line.total().cents()}});
    }
    json payments = json::array();
    for (const auto& p : sale.payments()) {
        json payment = {{"method", p.method() == domain::PaymentMethod::kCash ? "cash" : "card"},
                        {"amount_cents", p.amount().cents()}};
        if (p.method() == domain::PaymentMethod::kCard) {
            payment["reference"] = p.reference();
        }
        payments.push_back(std::move(payment));
    }
    const auto& t = sale.totals();
    json taxes = json::array();
    for (const auto& tax : t.taxes) {
        taxes.push_back(
            {{"code", tax.code}, {"rate", tax.rate.hundredThousandths()}, {"amount_cents", tax.amount.cents()}});
    }
    json cancellation = nullptr;
    if (const auto& c = sale.cancellation()) {
        cancellation = {{"by", c->by.id.toString()},
                        {"by_role", domain::roleName(c->by.role)},
                        {"approved_by", c->approvedBy ? json(c->approvedBy->id.toString()) : json(nullptr)},
                        {"reason", c->reason.text()},
                        {"at", domain::toIso8601(c->at)}};
    }
    return {{"id", sale.id().toString()},
            {"store_id", sale.store().toString()},
            {"device_id", optionalId(sale.device())},
            {"staff_id", optionalId(sale.staff())},
            {"customer_id", optionalId(sale.customer())},
            {"at", domain::toIso8601(sale.at())},
            {"channel", channelName(sale.channel())},
            {"origin", origin},
            {"status", sale.status() == domain::SaleStatus::kActive ? "active" : "cancelled"},
            {"lines", std::move(lines)},
            {"payments", std::move(payments)},
            {"totals",
             {{"subtotal_cents", t.subtotal.cents()},
              {"taxable_subtotal_cents", t.taxableSubtotal.cents()},
              {"taxes", std::move(taxes)},
              {"tax_total_cents", t.taxTotal.cents()},
              {"total_cents", t.total.cents()}}},
            {"change_due_cents", sale.changeDue().cents()},
            {"flags", flags},
            {"cancellation", std::move(cancellation)}};
}

domain::Sale saleFromJson(const json& doc) {
    const JsonFields fields(doc);
    domain::NewSale data;
    data.id = domain::SaleId(fields.uuid("id"));
    data.store = domain::StoreId(fields.uuid("store_id"));
    if (fields.has("device_id")) {
        data.device = domain::DeviceId(fields.uuid("device_id"));
    }
    if (fields.has("staff_id")) {
        data.staff = domain::StaffId(fields.uuid("staff_id"));
    }
    if (fields.has("customer_id")) {
        data.customer = domain::CustomerId(fields.uuid("customer_id"));
    }
    data.at = fields.timestamp("at");
    data.channel = fields.string("channel") == "web" ? domain::SaleChannel::kWeb : domain::SaleChannel::kStore;
    // The approver's role is not stored with the line: only a manager could have approved it (SaleLine::of).
    const RoleLookup approvers = [](const domain::StaffId&) { return domain::Role::kManager; };
    for (const auto& line : fields.objects("lines")) {
        data.lines.push_back(lineOf(line, approvers));
    }
    for (const auto& payment : fields.objects("payments")) {
        data.payments.push_back(paymentOf(payment));
    }
    const JsonFields totals = fields.object("totals");
    domain::Totals t{Money::fromCents(totals.integer("subtotal_cents")),
                     Money::fromCents(totals.integer("taxable_subtotal_cents")),
                     {},
                     Money::fromCents(totals.integer("tax_total_cents")),
                     Money::fromCents(totals.integer("total_cents"))};
    for (const auto& tax : totals.objects("taxes")) {
        t.taxes.push_back({tax.string("code"), domain::Rate::fromHundredThousandths(tax.integer("rate")),
                           Money::fromCents(tax.integer("amount_cents"))});
    }
    std::optional<domain::Cancellation> cancellation;
    if (fields.has("cancellation")) {
        const JsonFields c = fields.object("cancellation");
        std::optional<domain::Actor> approvedBy;
        if (c.has("approved_by")) {
            approvedBy = domain::Actor{domain::StaffId(c.uuid("approved_by")), domain::Role::kManager};
        }
        cancellation = domain::Cancellation{{domain::StaffId(c.uuid("by")), roleNamed(c.string("by_role"))},
                                            approvedBy,
                                            domain::Reason::parse(c.string("reason")),
                                            c.timestamp("at")};
    }
    return domain::Sale::restore(std::move(data), std::move(t), Money::fromCents(fields.integer("change_due_cents")),
                                 std::move(cancellation));
}

}  // namespace magasin::commandes
