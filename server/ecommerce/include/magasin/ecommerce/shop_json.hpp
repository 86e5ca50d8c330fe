// The ecommerce wire (and storage) JSON of customers, carts, checkouts, orders and price changes; the readers are for
// documents this server wrote itself. Usage: ex.json(200, cartToJson(shop.cart(id), shop.pendingPriceChanges(cart)));
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "magasin/domain/cart.hpp"
#include "magasin/domain/checkout.hpp"
#include "magasin/domain/contact.hpp"
#include "magasin/domain/customer.hpp"
#include "magasin/domain/order.hpp"
#include "magasin/domain/tax_profile.hpp"
#include "magasin/ecommerce/shop_types.hpp"

namespace magasin::ecommerce {

// {street, city, province, country, postal_code}
nlohmann::json addressToJson(const domain::Address& address);
domain::Address addressFromJson(const nlohmann::json& json);
// {id, first_name, last_name, email, address, phone ("514-555-0199" or null), created_at}
nlohmann::json customerToJson(const domain::Customer& customer);
// [{product_id, name, unit_price_cents, taxable, quantity, line_total_cents}]
nlohmann::json linesToJson(const std::vector<domain::CartLine>& lines);
std::vector<domain::CartLine> linesFromJson(const nlohmann::json& json);
// {product_id, name, old_price_cents, new_price_cents}
nlohmann::json priceChangeToJson(const PriceChangeView& change);
// [{product_id, old_price_cents, new_price_cents}] as stored with a cart.
nlohmann::json pendingToJson(const std::vector<domain::CartPriceChange>& pending);
std::vector<domain::CartPriceChange> pendingFromJson(const nlohmann::json& json);
// {customer_id, lines, item_count, subtotal_cents, needs_price_acceptance, price_changes}
nlohmann::json cartToJson(const domain::Cart& cart, const std::vector<PriceChangeView>& changes);
// {subtotal_cents, taxable_subtotal_cents, taxes: [{code, rate, amount_cents}], tax_total_cents, total_cents}
nlohmann::json totalsToJson(const domain::Totals& totals);
domain::Totals totalsFromJson(const nlohmann::json& json);
// {id, customer_id, state, lines, delivery_address, delivery_method, merchandise_subtotal_cents, shipping_cents,
//  totals, reservations, sale_id, order_id, failure: {rule, reason} | null, started_at, updated_at}
nlohmann::json checkoutToJson(const CheckoutView& view);
// {id, customer_id, sale_id, status, lines, delivery_address, delivery_method, merchandise_subtotal_cents,
//  shipping_cents, totals, cancel_reason, created_at}
nlohmann::json orderToJson(const domain::Order& order);
// {items: [order...], total}
nlohmann::json orderPageToJson(const OrderPage& page);
// {id, name, category, description, sku, price_cents, taxable, active}
nlohmann::json productToJson(const ProductView& product);
ProductView productFromJson(const nlohmann::json& json);

}  // namespace magasin::ecommerce
