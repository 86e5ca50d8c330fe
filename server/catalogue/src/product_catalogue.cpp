#include "magasin/catalogue/product_catalogue.hpp"

#include <algorithm>

#include "magasin/domain/domain_error.hpp"

namespace magasin::catalogue {

using domain::DomainError;
using domain::ErrorCode;
using domain::Product;

namespace {

[[noreturn]] void unknownProduct(const domain::ProductId& id) {
    throw DomainError(ErrorCode::kNotFound, "product.not_found", "id", "No product with id " + id.toString());
}

// The catalogue's own spelling of the category, so that "boissons" files the product under "Boissons".
domain::CategoryName knownCategory(ProductWriteSession& session, const domain::CategoryName& asked) {
    for (auto& category : session.categories()) {
        if (category.sameAs(asked)) {
            return category;
        }
    }
    throw DomainError(ErrorCode::kInvalidValue, "product.category.unknown", "category",
                      "The catalogue has no category \"" + asked.text() + "\"; create it first");
}

void checkUniqueness(ProductWriteSession& session, const Product& product) {
    const domain::ProductIdentity identity = product.identity();
    const std::vector<domain::ProductIdentity> rivals = session.rivalsOf(identity);
    domain::checkProductUniqueness(identity, rivals);
}

}  // namespace

ProductCatalogue::ProductCatalogue(ProductRepository& repository, domain::Clock clock, IdGenerator ids)
    : m_repository(repository), m_clock(std::move(clock)), m_ids(std::move(ids)) {}

Product ProductCatalogue::create(ProductDraft draft) {
    const domain::ProductId id = draft.id ? *draft.id : domain::ProductId(m_ids());
    std::optional<Product> created;
    m_repository.write([&](ProductWriteSession& session) {
        if (session.find(id)) {
            throw DomainError(ErrorCode::kAlreadyExists, "product.id.taken", "id",
                              "A product with id " + id.toString() + " already exists");
        }
        Product product = Product::create({.id = id,
                                           .name = draft.name,
                                           .category = knownCategory(session, draft.category),
                                           .price = draft.price,
                                           .description = draft.description,
                                           .sku = draft.sku,
                                           .barcodes = draft.barcodes,
                                           .taxable = draft.taxable},
                                          m_clock());
        checkUniqueness(session, product);
        session.save(product);
        created = std::move(product);
    });
    return std::move(*created);
}

Product ProductCatalogue::get(const domain::ProductId& id) {
    auto product = m_repository.find(id);
    if (!product) {
        unknownProduct(id);
    }
    return std::move(*product);
}

Product ProductCatalogue::modify(const domain::ProductId& id,
                                 const std::function<void(Product&, ProductWriteSession&)>& change,
                                 bool checkUniquenessRules) {
    std::optional<Product> modified;
    m_repository.write([&](ProductWriteSession& session) {
        auto product = session.find(id);
        if (!product) {
            unknownProduct(id);
        }
        change(*product, session);
        if (checkUniquenessRules) {
            checkUniqueness(session, *product);
        }
        session.save(*product);
        modified = std::move(product);
    });
    return std::move(*modified);
}

Product ProductCatalogue::update(const domain::ProductId& id, const ProductChanges& changes) {
    if (changes.isEmpty()) {
        return get(id);
    }
    return modify(
        id,
        [&](Product& product, ProductWriteSession& session) {
            const domain::Timestamp now = m_clock();
            if (changes.name) {
                product.rename(*changes.name, now);
            }
            if (changes.category) {
                product.changeCategory(knownCategory(session, *changes.category), now);
            }
            if (changes.description) {
                product.changeDescription(*changes.description, now);
            }
            if (changes.taxable) {
                product.setTaxable(*changes.taxable, now);
            }
            for (const auto& barcode : changes.removeBarcodes) {
                product.removeBarcode(barcode, now);
            }
            for (const auto& barcode : changes.addBarcodes) {
                product.addBarcode(barcode, now);
            }
        },
        true);
}

Product ProductCatalogue::changePrice(const domain::ProductId& id, domain::Price price, const domain::StaffId& by) {
    return modify(
        id, [&](Product& p, ProductWriteSession&) { p.changePrice(price, by, m_clock()); }, false);
}

std::vector<domain::PriceChange> ProductCatalogue::priceHistory(const domain::ProductId& id) {
    return get(id).priceHistory();
}

Product ProductCatalogue::archive(const domain::ProductId& id) {
    return modify(
        id, [&](Product& p, ProductWriteSession&) { p.archive(m_clock()); }, false);
}

Product ProductCatalogue::unarchive(const domain::ProductId& id) {
    return modify(
        id, [&](Product& p, ProductWriteSession&) { p.unarchive(m_clock()); }, true);
}

SearchPage ProductCatalogue::search(const domain::ProductSearchCriteria& criteria) {
    SearchPage page = m_repository.search(criteria);
    // The index orders the page already; sorting again makes the domain's order the contract, not the SQL's.
    std::stable_sort(page.matches.begin(), page.matches.end(), [](const SearchMatch& a, const SearchMatch& b) {
        return domain::compareSearchResults(a.hit(), b.hit());
    });
    return page;
}

Product ProductCatalogue::findByBarcode(const domain::Barcode& barcode) {
    auto product = m_repository.findByBarcode(barcode);
    if (!product) {
        throw DomainError(ErrorCode::kNotFound, "product.barcode.unknown", "barcode",
                          "No product carries barcode " + barcode.digits());
    }
    return std::move(*product);
}

Product ProductCatalogue::findBySku(const domain::Sku& sku) {
    auto product = m_repository.findBySku(sku);
    if (!product) {
        throw DomainError(ErrorCode::kNotFound, "product.sku.unknown", "sku", "No product has SKU " + sku.code());
    }
    return std::move(*product);
}

std::vector<domain::CategoryName> ProductCatalogue::categories() {
    return m_repository.categories();
}

domain::CategoryName ProductCatalogue::createCategory(const domain::CategoryName& name) {
    m_repository.write([&](ProductWriteSession& session) {
        for (const auto& existing : session.categories()) {
            if (existing.sameAs(name)) {
                throw DomainError(ErrorCode::kAlreadyExists, "category.name.taken", "name",
                                  "The category \"" + existing.text() + "\" already exists");
            }
        }
        session.addCategory(name);
    });
    return name;
}

}  // namespace magasin::catalogue
