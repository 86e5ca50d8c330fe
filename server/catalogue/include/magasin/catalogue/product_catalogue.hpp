// The catalogue's use cases: create, read, change, archive and search products, and manage categories. Inputs are
// domain values, outputs domain objects; every broken rule is a DomainError.  Usage:
//   ProductCatalogue catalogue(repository, systemClock(), ids); auto p = catalogue.changePrice(id, price, staff);
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "magasin/catalogue/product_repository.hpp"
#include "magasin/domain/time.hpp"

namespace magasin::catalogue {

// A product as a manager submits it. Without an id the catalogue gives it a new UUIDv7; with one, a retry after a
// lost answer cannot create the product twice.
struct ProductDraft {
    std::optional<domain::ProductId> id;
    domain::ProductName name;
    domain::CategoryName category;
    domain::Price price;
    std::string description{};
    domain::Sku sku;
    std::vector<domain::Barcode> barcodes{};
    bool taxable = true;
};

// What an update changes; what is left empty stays as it is. Barcodes are removed before they are added, so that
// one update can replace a code.
struct ProductChanges {
    std::optional<domain::ProductName> name{};
    std::optional<domain::CategoryName> category{};
    std::optional<std::string> description{};
    std::optional<bool> taxable{};
    std::vector<domain::Barcode> addBarcodes{};
    std::vector<domain::Barcode> removeBarcodes{};
    [[nodiscard]] bool isEmpty() const {
        return !name && !category && !description && !taxable && addBarcodes.empty() && removeBarcodes.empty();
    }
};

class ProductCatalogue {
public:
    using IdGenerator = std::function<domain::Uuid()>;

    // `ids` is called from every request thread at once: it must be thread-safe.
    ProductCatalogue(ProductRepository& repository, domain::Clock clock, IdGenerator ids);

    // The same use cases over another repository, e.g. one whose writes join a transaction the caller owns.
    [[nodiscard]] ProductCatalogue withRepository(ProductRepository& repository) const {
        return ProductCatalogue(repository, m_clock, m_ids);
    }

    // Throws kAlreadyExists "product.id.taken" (an id already used), "product.name.taken", "product.sku.taken",
    // "product.barcode.taken"; kInvalidValue "product.category.unknown" for a category the catalogue does not have.
    domain::Product create(ProductDraft draft);
    // Throws kNotFound "product.not_found" for an unknown id (as every use case taking an id).
    domain::Product get(const domain::ProductId& id);
    domain::Product update(const domain::ProductId& id, const ProductChanges& changes);
    // Records {by, now, old, new} in the price history (see Product::changePrice for the rules).
    domain::Product changePrice(const domain::ProductId& id, domain::Price price, const domain::StaffId& by);
    std::vector<domain::PriceChange> priceHistory(const domain::ProductId& id);
    domain::Product archive(const domain::ProductId& id);
    // Checks the name and barcodes again against the active products.
    domain::Product unarchive(const domain::ProductId& id);
    SearchPage search(const domain::ProductSearchCriteria& criteria);
    // Throws kNotFound "product.barcode.unknown" / "product.sku.unknown".
    domain::Product findByBarcode(const domain::Barcode& barcode);
    domain::Product findBySku(const domain::Sku& sku);
    std::vector<domain::CategoryName> categories();
    // Throws kAlreadyExists "category.name.taken" when a category has the name, ignoring case.
    domain::CategoryName createCategory(const domain::CategoryName& name);

private:
    // Loads the product in a write session, applies `change`, checks the uniqueness rules if asked, saves.
    domain::Product modify(const domain::ProductId& id,
                           const std::function<void(domain::Product&, ProductWriteSession&)>& change,
                           bool checkUniqueness);
    ProductRepository& m_repository;
    domain::Clock m_clock;
    IdGenerator m_ids;
};

}  // namespace magasin::catalogue
