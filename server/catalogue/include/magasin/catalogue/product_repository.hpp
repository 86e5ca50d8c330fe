// The catalogue's storage port: reads for the queries, and write sessions in which a use case checks the
// catalogue-wide rules and saves, atomically.  Usage (a use case):
//   repository.write([&](ProductWriteSession& s) { auto p = s.find(id); ...; s.save(*p); });
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "magasin/domain/barcode.hpp"
#include "magasin/domain/category.hpp"
#include "magasin/domain/product.hpp"
#include "magasin/domain/product_search.hpp"
#include "magasin/domain/sku.hpp"
#include "magasin/domain/uuid.hpp"

namespace magasin::catalogue {

// One product found and the relevance the index gave it. The product comes without its price history.
struct SearchMatch {
    domain::Product product;
    double relevance = 0.0;
    [[nodiscard]] domain::ProductSearchHit hit() const {
        return {product.id(), product.name().text(), product.price(), relevance};
    }
};

// One page of search results in the order of domain::compareSearchResults, with the number of matches overall.
struct SearchPage {
    std::vector<SearchMatch> matches;
    std::int64_t total = 0;
};

// Everything done through one session commits together or not at all. Sessions of every server instance on the
// same database are serialized, so that what checkProductUniqueness saw is still true when the session commits.
class ProductWriteSession {
public:
    virtual ~ProductWriteSession() = default;
    // The product with its whole price history.
    virtual std::optional<domain::Product> find(const domain::ProductId& id) = 0;
    // Every product that might break a uniqueness rule with `candidate`: a name equal ignoring case or accents, the
    // same SKU, or one of its barcodes. A superset is fine: checkProductUniqueness decides.
    virtual std::vector<domain::ProductIdentity> rivalsOf(const domain::ProductIdentity& candidate) = 0;
    // Inserts or updates the product, its barcodes and the price changes not stored yet, and publishes it on the
    // change feed.
    virtual void save(const domain::Product& product) = 0;
    virtual std::vector<domain::CategoryName> categories() = 0;
    virtual void addCategory(const domain::CategoryName& category) = 0;
};

class ProductRepository {
public:
    virtual ~ProductRepository() = default;

    // Runs `work` in one session. The adapter may run it again after a transient failure (serialization, lost
    // connection), so `work` must not have effects outside the session.
    virtual void write(const std::function<void(ProductWriteSession&)>& work) = 0;

    virtual std::optional<domain::Product> find(const domain::ProductId& id) = 0;
    // The active product carrying the code, else an archived one (the newest), else nothing.
    virtual std::optional<domain::Product> findByBarcode(const domain::Barcode& barcode) = 0;
    virtual std::optional<domain::Product> findBySku(const domain::Sku& sku) = 0;
    virtual SearchPage search(const domain::ProductSearchCriteria& criteria) = 0;
    virtual std::vector<domain::CategoryName> categories() = 0;
};

}  // namespace magasin::catalogue
