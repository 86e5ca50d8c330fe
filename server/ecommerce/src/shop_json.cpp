#include "magasin/ecommerce/shop_json.hpp"

#include "magasin/sync/json_fields.hpp"

namespace magasin::ecommerce {

using domain::Money;
using domain::Price;
using nlohmann::json;
using sync::JsonFields;

namespace {

json optionalId(const auto& id) {
    return id ? json(id->toString()) : json(nullptr);
}

}  // namespace

json addressToJson(const domain::Address& address) {
    return {{"street", address.street()},
            {"city", address.city()},
            {"province", address.province()},
            {"country", address.country()},
            {"postal_code", address.postalCode().text()}};
}

domain::Address addressFromJson(const json& j) {
    const JsonFields f(j, "address");
    return domain::Address::of(f.string("street"), f.string("city"), domain::PostalCode::parse(f.string("postal_code")),
                               f.string("province"), f.string("country"));
}

json customerToJson(const domain::Customer& c) {
    return {{"id", c.id().toString()},
            {"first_name", c.firstName().text()},
            {"last_name", c.lastName().text()},
            {"email", c.email().text()},
            {"address", addressToJson(c.address())},
            {"phone", c.phone() ? json(c.phone()->formatted()) : json(nullptr)},
            {"created_at", domain::toIso8601(c.createdAt())}};
}

json linesToJson(const std::vector<domain::CartLine>& lines) {
    json out = json::array();
    for (const auto& line : lines) {
        out.push_back({{"product_id", line.product.toString()},
                       {"name", line.name},
                       {"unit_price_cents", line.unitPrice.cents()},
                       {"taxable", line.taxable},
                       {"quantity", line.quantity},
                       {"line_total_cents", line.total().cents()}});
    }
    return out;
}

std::vector<domain::CartLine> linesFromJson(const json& j) {
    std::vector<domain::CartLine> lines;
    for (const auto& item : j) {
        const JsonFields f(item, "line");
        lines.push_back({domain::ProductId(f.uuid("product_id")), f.string("name"),
                         Price::fromCents(f.integer("unit_price_cents")), f.boolean("taxable"), f.integer("quantity")});
    }
    return lines;
}

json priceChangeToJson(const PriceChangeView& change) {
    return {{"product_id", change.product.toString()},
            {"name", change.name},
            {"old_price_cents", change.oldPrice.cents()},
            {"new_price_cents", change.newPrice.cents()}};
}

json pendingToJson(const std::vector<domain::CartPriceChange>& pending) {
    json out = json::array();
    for (const auto& change : pending) {
        out.push_back({{"product_id", change.product.toString()},
                       {"old_price_cents", change.oldPrice.cents()},
                       {"new_price_cents", change.newPrice.cents()}});
    }
    return out;
}

std::vector<domain::CartPriceChange> pendingFromJson(const json& j) {
    std::vector<domain::CartPriceChange> pending;
    for (const auto& item : j) {
        const JsonFields f(item, "price_change");
        pending.push_back({domain::ProductId(f.uuid("product_id")), Price::fromCents(f.integer("old_price_cents")),
                           Price::fromCents(f.integer("new_price_cents"))});
    }
    return pending;
}

json cartToJson(const domain::Cart& cart, const std::vector<PriceChangeView>& changes) {
    std::int64_t items = 0;
    for (const auto& line : cart.lines()) {
        items += line.quantity;
    }
    json priceChanges = json::array();
    for (const auto& change : changes) {
        priceChanges.push_back(priceChangeToJson(change));
    }
    return {{"customer_id", cart.customer().toString()},
            {"lines", linesToJson(cart.lines())},
            {"item_count", items},
            {"subtotal_cents", cart.subtotal().cents()},
            {"needs_price_acceptance", cart.needsPriceAcceptance()},
            {"price_changes", std::move(priceChanges)}};
}

json totalsToJson(const domain::Totals& t) {
    json taxes = json::array();
    for (const auto& tax : t.taxes) {
        taxes.push_back(
            {{"code", tax.code}, {"rate", tax.rate.hundredThousandths()}, {"amount_cents", tax.amount.cents()}});
    }
    return {{"subtotal_cents", t.subtotal.cents()},
            {"taxable_subtotal_cents", t.taxableSubtotal.cents()},
            {"taxes", std::move(taxes)},
            {"tax_total_cents", t.taxTotal.cents()},
            {"total_cents", t.total.cents()}};
}

domain::Totals totalsFromJson(const json& j) {
    const JsonFields f(j, "totals");
    domain::Totals t;
    t.subtotal = Money::fromCents(f.integer("subtotal_cents"));
    t.taxableSubtotal = Money::fromCents(f.integer("taxable_subtotal_cents"));
    for (const auto& tax : f.objects("taxes")) {
        t.taxes.push_back({tax.string("code"), domain::Rate::fromHundredThousandths(tax.integer("rate")),
                           Money::fromCents(tax.integer("amount_cents"))});
    }
    t.taxTotal = Money::fromCents(f.integer("tax_total_cents"));
    t.total = Money::fromCents(f.integer("total_cents"));
    return t;
}

json checkoutToJson(const CheckoutView& view) {
    const domain::Checkout& c = view.checkout;
    json reservations = json::array();
    for (const auto& id : c.reservations()) {
        reservations.push_back(id.toString());
    }
    json failure = nullptr;
    if (view.failureReason) {
        failure = {{"reason", *view.failureReason}};
    }
    return {{"id", c.id().toString()},
            {"customer_id", c.customer().toString()},
            {"state", std::string(domain::checkoutStateName(c.state()))},
            {"lines", linesToJson(c.lines())},
            {"delivery_address", addressToJson(c.deliveryAddress())},
            {"delivery_method", std::string(domain::deliveryMethodName(c.deliveryMethod()))},
            {"merchandise_subtotal_cents", c.merchandiseSubtotal().cents()},
            {"shipping_cents", c.shipping().cents()},
            {"totals", totalsToJson(c.totals())},
            {"reservations", std::move(reservations)},
            {"sale_id", optionalId(c.sale())},
            {"order_id", optionalId(c.order())},
            {"failure", std::move(failure)},
            {"started_at", domain::toIso8601(c.startedAt())},
            {"updated_at", domain::toIso8601(view.updatedAt)}};
}

json orderToJson(const domain::Order& o) {
    return {{"id", o.id().toString()},
            {"customer_id", o.customer().toString()},
            {"sale_id", o.sale().toString()},
            {"status", std::string(domain::orderStatusName(o.status()))},
            {"lines", linesToJson(o.lines())},
            {"delivery_address", addressToJson(o.deliveryAddress())},
            {"delivery_method", std::string(domain::deliveryMethodName(o.deliveryMethod()))},
            {"merchandise_subtotal_cents", domain::sumOfLines(o.lines()).cents()},
            {"shipping_cents", o.shipping().cents()},
            {"totals", totalsToJson(o.totals())},
            {"cancel_reason", o.cancelReason() ? json(o.cancelReason()->text()) : json(nullptr)},
            {"created_at", domain::toIso8601(o.createdAt())}};
}

json orderPageToJson(const OrderPage& page) {
    json items = json::array();
    for (const auto& order : page.items) {
        items.push_back(orderToJson(order));
    }
    return {{"items", std::move(items)}, {"total", page.total}};
}

json productToJson(const ProductView& p) {
    return {{"id", p.id.toString()},        {"name", p.name},    {"category", p.category},
            {"description", p.description}, {"sku", p.sku},      {"price_cents", p.price.cents()},
            {"taxable", p.taxable},         {"active", p.active}};
}

ProductView productFromJson(const json& j) {
    const JsonFields f(j, "product");
    ProductView p;
    p.id = domain::ProductId(f.uuid("id"));
    p.name = f.string("name");
    p.category = f.optionalString("category").value_or("");
    p.description = f.optionalString("description").value_or("");
    p.sku = f.optionalString("sku").value_or("");
    p.price = Price::fromCents(f.integer("price_cents"));
    p.taxable = f.optionalBoolean("taxable").value_or(true);
    p.active = f.optionalBoolean("active").value_or(true);
    return p;
}

}  // namespace magasin::ecommerce
