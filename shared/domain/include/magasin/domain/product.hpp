// The Product aggregate of the catalogue: what is sold, at what price, under which codes, and its price history.
// Usage: auto p = Product::create({.id = id, .name = ProductName::parse("Souris"), ...}, now); p.changePrice(...);
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "magasin/domain/barcode.hpp"
#include "magasin/domain/category.hpp"
#include "magasin/domain/money.hpp"
#include "magasin/domain/product_name.hpp"
#include "magasin/domain/sku.hpp"
#include "magasin/domain/time.hpp"
#include "magasin/domain/uuid.hpp"

namespace magasin::domain {

struct PriceChange {
    StaffId changedBy;
    Timestamp at;
    Price oldPrice;
    Price newPrice;
    friend bool operator==(const PriceChange&, const PriceChange&) = default;
};

// What a new product is made of: the value objects are already valid, create() checks the rest. The members that
// may be left out of a designated initializer have one.
struct NewProduct {
    ProductId id;
    ProductName name;
    CategoryName category;
    Price price;
    std::string description{};
    Sku sku;
    std::vector<Barcode> barcodes{};
    bool taxable = true;
};

// Everything a product holds, as a repository stores and loads it.
struct ProductState {
    ProductId id;
    ProductName name;
    CategoryName category;
    Price price;
    std::string description{};
    Sku sku;
    std::vector<Barcode> barcodes{};
    bool taxable = true;
    bool active = true;
    Timestamp createdAt;
    Timestamp modifiedAt;
    std::vector<PriceChange> priceHistory{};  // oldest first
};

// What the catalogue-wide uniqueness rules look at.
struct ProductIdentity {
    ProductId id;
    ProductName name;
    bool active = true;
    Sku sku;
    std::vector<Barcode> barcodes{};
};

class Product {
public:
    static constexpr std::size_t kMaxDescriptionLength = 2000;

    // A new active product with no price history. Throws DomainError kInvalidValue "product.description.length"
    // (more than 2000 characters after trimming) or kAlreadyExists "product.barcode.duplicate".
    static Product create(NewProduct draft, Timestamp now);
    // Rebuilds a stored product, checking the same rules as create().
    static Product restore(ProductState state);

    [[nodiscard]] const ProductId& id() const { return m_state.id; }
    [[nodiscard]] const ProductName& name() const { return m_state.name; }
    [[nodiscard]] const CategoryName& category() const { return m_state.category; }
    [[nodiscard]] Price price() const { return m_state.price; }
    [[nodiscard]] const std::string& description() const { return m_state.description; }
    [[nodiscard]] const Sku& sku() const { return m_state.sku; }
    [[nodiscard]] const std::vector<Barcode>& barcodes() const { return m_state.barcodes; }
    [[nodiscard]] bool isTaxable() const { return m_state.taxable; }
    [[nodiscard]] bool isActive() const { return m_state.active; }
    [[nodiscard]] Timestamp createdAt() const { return m_state.createdAt; }
    [[nodiscard]] Timestamp modifiedAt() const { return m_state.modifiedAt; }
    [[nodiscard]] const std::vector<PriceChange>& priceHistory() const { return m_state.priceHistory; }
    [[nodiscard]] const ProductState& state() const { return m_state; }
    [[nodiscard]] ProductIdentity identity() const;

    // Every change below stamps modifiedAt with `now`. Changing the name, or unarchiving, may break the uniqueness
    // rules: the caller runs checkProductUniqueness() on identity() before saving.
    void rename(ProductName name, Timestamp now);
    // Throws kInvalidValue "product.price.positive" for 0.00 (free is only allowed at creation) and
    // "product.price.unchanged" for the current price; records {by, now, old, new} in the history.
    void changePrice(Price newPrice, StaffId by, Timestamp now);
    // Throws kIllegalState "product.archive.already_archived" / "product.unarchive.already_active".
    void archive(Timestamp now);
    void unarchive(Timestamp now);
    // Throws kAlreadyExists "product.barcode.duplicate" when the product already carries the code.
    void addBarcode(Barcode barcode, Timestamp now);
    // Throws kNotFound "product.barcode.not_found" when the product does not carry the code.
    void removeBarcode(const Barcode& barcode, Timestamp now);
    void changeCategory(CategoryName category, Timestamp now);
    // Throws kInvalidValue "product.description.length".
    void changeDescription(std::string_view description, Timestamp now);
    void setTaxable(bool taxable, Timestamp now);

private:
    explicit Product(ProductState state) : m_state(std::move(state)) {}
    ProductState m_state;
};

// The catalogue-wide rules, for the servers and the desktop app before they save `candidate`. `others` may include
// the candidate itself (same id), which is skipped. Throws DomainError kAlreadyExists, checked in this order:
// "product.name.taken" (field "name"): an active candidate has the name of another active product, ignoring case;
// "product.sku.taken" (field "sku"): any other product, active or archived, has the SKU;
// "product.barcode.taken" (field "barcodes"): an active candidate carries a code of another active product.
// An archived candidate only needs a unique SKU: its name and codes are checked again when it is unarchived.
void checkProductUniqueness(const ProductIdentity& candidate, std::span<const ProductIdentity> others);

}  // namespace magasin::domain
