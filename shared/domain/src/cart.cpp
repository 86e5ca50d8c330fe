#include "magasin/domain/cart.hpp"

#include "magasin/domain/domain_error.hpp"

#include <algorithm>
#include <string>

namespace magasin::domain {
namespace {

[[noreturn]] void belowOne() {
    throw DomainError(ErrorCode::kInvalidValue, "cart.quantity.min", "quantity", "Add at least one unit");
}

[[noreturn]] void aboveMax(std::int64_t inCart) {
    throw DomainError(ErrorCode::kInvalidValue, "cart.quantity.max", "quantity",
                      "A cart holds at most 99 units of a product" +
                          (inCart > 0 ? " (" + std::to_string(inCart) + " already in the cart)" : std::string()));
}

}  // namespace

Money sumOfLines(const std::vector<CartLine>& lines) {
    Money sum;
    for (const CartLine& line : lines) {
        sum += line.total();
    }
    return sum;
}

Money sumOfTaxableLines(const std::vector<CartLine>& lines) {
    Money sum;
    for (const CartLine& line : lines) {
        if (line.taxable) {
            sum += line.total();
        }
    }
    return sum;
}

std::vector<CartPriceChange> findPriceChanges(const std::vector<CartLine>& lines, const PriceList& current) {
    std::vector<CartPriceChange> changes;
    for (const CartLine& line : lines) {
        const auto it = current.find(line.product);
        if (it == current.end()) {
            throw DomainError(ErrorCode::kNotFound, "cart.product.unavailable", "product_id",
                              line.name + " is no longer sold; remove it from the cart");
        }
        if (it->second != line.unitPrice) {
            changes.push_back({line.product, line.unitPrice, it->second});
        }
    }
    return changes;
}

Cart Cart::restore(CustomerId customer, std::vector<CartLine> lines, std::vector<CartPriceChange> pending) {
    Cart cart(customer);
    cart.m_lines = std::move(lines);
    cart.m_pending = std::move(pending);
    return cart;
}

CartLine* Cart::find(const ProductId& product) {
    const auto it =
        std::find_if(m_lines.begin(), m_lines.end(), [&](const CartLine& l) { return l.product == product; });
    return it == m_lines.end() ? nullptr : &*it;
}

void Cart::add(ProductId product, std::string name, Price unitPrice, bool taxable, std::int64_t quantity) {
    if (quantity < 1) {
        belowOne();
    }
    if (CartLine* line = find(product)) {
        if (quantity > kMaxQuantity - line->quantity) {
            aboveMax(line->quantity);
        }
        line->quantity += quantity;
        return;
    }
    if (quantity > kMaxQuantity) {
        aboveMax(0);
    }
    m_lines.push_back({product, std::move(name), unitPrice, taxable, quantity});
}

void Cart::setQuantity(const ProductId& product, std::int64_t quantity) {
    if (quantity < 0) {
        throw DomainError(ErrorCode::kInvalidValue, "cart.quantity.min", "quantity",
                          "A quantity cannot be negative; set 0 to remove the product");
    }
    if (quantity > kMaxQuantity) {
        aboveMax(0);
    }
    if (quantity == 0) {
        std::erase_if(m_lines, [&](const CartLine& l) { return l.product == product; });
        std::erase_if(m_pending, [&](const CartPriceChange& c) { return c.product == product; });
        return;
    }
    CartLine* line = find(product);
    if (line == nullptr) {
        throw DomainError(ErrorCode::kNotFound, "cart.line.not_found", "product_id", "This product is not in the cart");
    }
    line->quantity = quantity;
}

std::vector<CartPriceChange> Cart::reprice(const PriceList& current) {
    m_pending = findPriceChanges(m_lines, current);
    return m_pending;
}

void Cart::acceptPrices() {
    for (const CartPriceChange& change : m_pending) {
        find(change.product)->unitPrice = change.newPrice;
    }
    m_pending.clear();
}

void Cart::clear() {
    m_lines.clear();
    m_pending.clear();
}

}  // namespace magasin::domain
