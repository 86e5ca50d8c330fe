// A ProductRepository in memory for the use-case tests: a write session works on a copy that replaces the store
// only when the work returns, so a rule broken half-way leaves nothing behind, as a rolled-back transaction would.
// Usage: InMemoryProductRepository repo; ProductCatalogue catalogue(repo, clock, ids);
#pragma once

#include <algorithm>
#include <map>

#include "magasin/catalogue/product_repository.hpp"
#include "magasin/domain/text.hpp"

namespace magasin::catalogue::testing {

class InMemoryProductRepository : public ProductRepository {
public:
    struct Data {
        std::map<domain::ProductId, domain::ProductState> products;
        std::vector<domain::CategoryName> categories = domain::defaultCategories();
    };

    void write(const std::function<void(ProductWriteSession&)>& work) override {
        Session session(m_data);
        work(session);
        m_data = std::move(session.data);
        ++writes;
    }
    std::optional<domain::Product> find(const domain::ProductId& id) override { return findIn(m_data, id); }
    std::optional<domain::Product> findByBarcode(const domain::Barcode& barcode) override {
        std::optional<domain::Product> archived;
        for (const auto& [id, state] : m_data.products) {
            if (std::find(state.barcodes.begin(), state.barcodes.end(), barcode) != state.barcodes.end()) {
                if (state.active) {
                    return domain::Product::restore(state);
                }
                archived = domain::Product::restore(state);
            }
        }
        return archived;
    }
    std::optional<domain::Product> findBySku(const domain::Sku& sku) override {
        for (const auto& [id, state] : m_data.products) {
            if (state.sku == sku) {
                return domain::Product::restore(state);
            }
        }
        return std::nullopt;
    }
    // Words match a folded substring of the name (relevance 2) or the description (relevance 1).
    SearchPage search(const domain::ProductSearchCriteria& c) override {
        SearchPage page;
        std::vector<SearchMatch> all;
        const std::string words = domain::foldForSearch(c.words());
        for (const auto& [id, state] : m_data.products) {
            if ((c.activeOnly() && !state.active) || (c.category() && !c.category()->sameAs(state.category)) ||
                (c.minPrice() && state.price < *c.minPrice()) || (c.maxPrice() && state.price > *c.maxPrice())) {
                continue;
            }
            double relevance = 0.0;
            if (!words.empty()) {
                if (domain::foldForSearch(state.name.text()).find(words) != std::string::npos) {
                    relevance = 2.0;
                } else if (domain::foldForSearch(state.description).find(words) != std::string::npos) {
                    relevance = 1.0;
                } else {
                    continue;
                }
            }
            all.push_back({domain::Product::restore(state), relevance});
        }
        page.total = static_cast<std::int64_t>(all.size());
        std::sort(all.begin(), all.end(), [](const SearchMatch& a, const SearchMatch& b) {
            return domain::compareSearchResults(a.hit(), b.hit());
        });
        const auto first = std::min<std::size_t>(all.size(), static_cast<std::size_t>(c.offset()));
        const auto last = std::min<std::size_t>(all.size(), first + static_cast<std::size_t>(c.pageSize()));
        page.matches.assign(all.begin() + static_cast<std::ptrdiff_t>(first),
                            all.begin() + static_cast<std::ptrdiff_t>(last));
        // Reversed on purpose: the order within a page is the use case's contract, not the adapter's.
        std::reverse(page.matches.begin(), page.matches.end());
        return page;
    }
    std::vector<domain::CategoryName> categories() override { return m_data.categories; }

    int writes = 0;

private:
    static std::optional<domain::Product> findIn(const Data& data, const domain::ProductId& id) {
        const auto it = data.products.find(id);
        if (it == data.products.end()) {
            return std::nullopt;
        }
        return domain::Product::restore(it->second);
    }

    struct Session : ProductWriteSession {
        explicit Session(const Data& original) : data(original) {}
        std::optional<domain::Product> find(const domain::ProductId& id) override { return findIn(data, id); }
        std::vector<domain::ProductIdentity> rivalsOf(const domain::ProductIdentity&) override {
            std::vector<domain::ProductIdentity> all;
            for (const auto& [id, state] : data.products) {
                all.push_back(domain::Product::restore(state).identity());
            }
            return all;
        }
        void save(const domain::Product& product) override {
            data.products.insert_or_assign(product.id(), product.state());
        }
        std::vector<domain::CategoryName> categories() override { return data.categories; }
        void addCategory(const domain::CategoryName& category) override { data.categories.push_back(category); }
        Data data;
    };

    Data m_data;
};

}  // namespace magasin::catalogue::testing
