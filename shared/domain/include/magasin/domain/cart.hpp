// A customer's shopping cart: products with the price seen when added, re-checked against the catalogue at checkout.
// Usage: Cart cart(customerId); cart.add(productId, "Clavier mécanique", Price::fromCents(8999), true, 2);
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "magasin/domain/money.hpp"
#include "magasin/domain/uuid.hpp"

namespace magasin::domain {

// One product in a cart, a checkout or an order, with its name and unit price as captured.
struct CartLine {
    ProductId product;
    std::string name;
    Price unitPrice;
    bool taxable = true;
    std::int64_t quantity = 0;
    [[nodiscard]] Money total() const { return unitPrice.amount() * quantity; }
    friend bool operator==(const CartLine&, const CartLine&) = default;
};

// A price that moved since its line entered the cart (not the catalogue's PriceChange, which records who changed it).
struct CartPriceChange {
    ProductId product;
    Price oldPrice;
    Price newPrice;
    friend bool operator==(const CartPriceChange&, const CartPriceChange&) = default;
};

// Sums of line totals, shared by the cart, the checkout and the order.
Money sumOfLines(const std::vector<CartLine>& lines);
Money sumOfTaxableLines(const std::vector<CartLine>& lines);

// The catalogue's current price of each product.
using PriceList = std::map<ProductId, Price>;

// The lines whose unit price differs from the current list, in line order. Throws DomainError kNotFound
// ("cart.product.unavailable") when a line's product has no current price (archived or deleted).
std::vector<CartPriceChange> findPriceChanges(const std::vector<CartLine>& lines, const PriceList& current);

// Quantities are 1..99 per product. Prices only change through reprice() + acceptPrices(), so the customer always
// sees and accepts a new price before paying it; adding more of a product keeps the line's captured name and price.
class Cart {
public:
    static constexpr std::int64_t kMaxQuantity = 99;

    explicit Cart(CustomerId customer) : m_customer(customer) {}
    // A cart read back from storage: its lines and the price changes still waiting for the customer's acceptance, as
    // they were saved (no rule runs again).
    static Cart restore(CustomerId customer, std::vector<CartLine> lines, std::vector<CartPriceChange> pending);

    [[nodiscard]] const CustomerId& customer() const { return m_customer; }
    [[nodiscard]] const std::vector<CartLine>& lines() const { return m_lines; }
    [[nodiscard]] bool isEmpty() const { return m_lines.empty(); }

    // Adds a line, or adds to the quantity of the product's line. Throws DomainError kInvalidValue, field "quantity":
    // "cart.quantity.min" (below 1), "cart.quantity.max" (the line would exceed 99); the cart is then unchanged.
    void add(ProductId product, std::string name, Price unitPrice, bool taxable, std::int64_t quantity);
    // 0 removes the line (and is a no-op when there is none: the result holds). Throws kInvalidValue
    // "cart.quantity.min" (negative) or "cart.quantity.max" (over 99), kNotFound "cart.line.not_found" when setting
    // a positive quantity of a product that is not in the cart.
    void setQuantity(const ProductId& product, std::int64_t quantity);

    // Compares the captured prices with the current ones and returns what changed; any change must be accepted
    // before checkout. Each call replaces the previous pending changes. Throws like findPriceChanges, cart unchanged.
    std::vector<CartPriceChange> reprice(const PriceList& current);
    [[nodiscard]] bool needsPriceAcceptance() const { return !m_pending.empty(); }
    [[nodiscard]] const std::vector<CartPriceChange>& pendingPriceChanges() const { return m_pending; }
    // The lines take their new prices; a no-op when nothing is pending.
    void acceptPrices();

    // At the captured (accepted) prices.
    [[nodiscard]] Money subtotal() const { return sumOfLines(m_lines); }
    [[nodiscard]] Money taxableSubtotal() const { return sumOfTaxableLines(m_lines); }

    void clear();

private:
    CartLine* find(const ProductId& product);

    CustomerId m_customer;
    std::vector<CartLine> m_lines;
    std::vector<CartPriceChange> m_pending;
};

}  // namespace magasin::domain
