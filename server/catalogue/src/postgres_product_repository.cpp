#include "magasin/catalogue/postgres_product_repository.hpp"

#include <sstream>

#include "magasin/catalogue/product_json.hpp"
#include "magasin/domain/domain_error.hpp"
#include "magasin/server/change_feed.hpp"
#include "magasin/server/transaction.hpp"

namespace magasin::catalogue {

using domain::Product;
using domain::ProductId;

namespace {

// Timestamps cross the boundary as integer milliseconds since the epoch: exact both ways, no time zone parsing.
// A product in one row, its barcodes and price history folded into text columns, so that reading a product is one
// round trip (three separate queries cost two thirds of a product GET).
constexpr const char* kProductColumns =
    "p.id::text, p.name, p.category, p.price_cents, p.description, p.sku, p.taxable, p.active, "
    "(extract(epoch FROM p.created_at) * 1000)::bigint, (extract(epoch FROM p.modified_at) * 1000)::bigint, "
    "coalesce((SELECT string_agg(b.code, ',' ORDER BY b.position) FROM barcodes b WHERE b.product_id = p.id), ''), "
    "coalesce((SELECT string_agg(h.changed_by::text || ' ' || (extract(epoch FROM h.changed_at) * 1000)::bigint || ' '"
    " || h.old_price_cents || ' ' || h.new_price_cents, ',' ORDER BY h.seq) FROM price_history h"
    " WHERE h.product_id = p.id), '')";

// The search adds its rank and the total count after the product columns.
constexpr int kRankColumn = 12;

// Any constant would do: it names the one lock every catalogue write session takes (see write()).
constexpr long long kWriteLock = 0x6361'7461'6c6f'6775;  // "catalogu"

// Search filters, shared by the page and the count: $1 tsquery text, $2 category, $3/$4 price range, $5 active only.
constexpr const char* kSearchFrom =
    " FROM products p,"
    " (SELECT CASE WHEN $1 = '' THEN NULL ELSE to_tsquery('magasin_fr', $1) END AS query) q"
    " WHERE (q.query IS NULL OR numnode(q.query) = 0 OR p.document @@ q.query)"
    " AND ($2::text IS NULL OR lower(p.category) = lower($2))"
    " AND ($3::bigint IS NULL OR p.price_cents >= $3) AND ($4::bigint IS NULL OR p.price_cents <= $4)"
    " AND (NOT $5::boolean OR p.active)";

domain::Timestamp fromMillis(const pqxx::field& field) {
    return domain::Timestamp(std::chrono::milliseconds(field.as<std::int64_t>()));
}

std::int64_t toMillis(domain::Timestamp t) {
    return t.time_since_epoch().count();
}

// "{a,b}": the values are uuids or digits, which need no quoting in an array literal.
template <typename Range, typename Text>
std::string arrayLiteral(const Range& values, Text text) {
    std::string literal = "{";
    for (const auto& value : values) {
        if (literal.size() > 1) {
            literal += ',';
        }
        literal += text(value);
    }
    return literal + "}";
}

// Calls each(item) for the comma-separated items of a folded column.
template <typename Each>
void forEachItem(const std::string& folded, Each each) {
    std::size_t start = 0;
    while (start < folded.size()) {
        const auto comma = std::min(folded.find(',', start), folded.size());
        each(std::string_view(folded).substr(start, comma - start));
        start = comma + 1;
    }
}

// Rebuilds products from rows of kProductColumns (in order), with their barcodes and price history.
std::vector<Product> loadProducts(const pqxx::result& rows) {
    std::vector<Product> products;
    products.reserve(rows.size());
    for (const auto& row : rows) {
        domain::ProductState state{.id = ProductId::parse(row[0].as<std::string>()),
                                   .name = domain::ProductName::parse(row[1].as<std::string>()),
                                   .category = domain::CategoryName::parse(row[2].as<std::string>()),
                                   .price = domain::Price::fromCents(row[3].as<std::int64_t>()),
                                   .description = row[4].as<std::string>(),
                                   .sku = domain::Sku::parse(row[5].as<std::string>()),
                                   .barcodes = {},
                                   .taxable = row[6].as<bool>(),
                                   .active = row[7].as<bool>(),
                                   .createdAt = fromMillis(row[8]),
                                   .modifiedAt = fromMillis(row[9]),
                                   .priceHistory = {}};
        forEachItem(row[10].as<std::string>(),
                    [&](std::string_view code) { state.barcodes.push_back(domain::Barcode::parse(code)); });
        forEachItem(row[11].as<std::string>(), [&](std::string_view change) {
            // "<staff uuid> <millis> <old cents> <new cents>"
            std::istringstream fields{std::string(change)};
            std::string staff;
            std::int64_t millis = 0;
            std::int64_t oldCents = 0;
            std::int64_t newCents = 0;
            fields >> staff >> millis >> oldCents >> newCents;
            state.priceHistory.push_back({domain::StaffId::parse(staff),
                                          domain::Timestamp(std::chrono::milliseconds(millis)),
                                          domain::Price::fromCents(oldCents), domain::Price::fromCents(newCents)});
        });
        products.push_back(Product::restore(std::move(state)));
    }
    return products;
}

std::optional<Product> loadOne(const pqxx::result& rows) {
    auto products = loadProducts(rows);
    if (products.empty()) {
        return std::nullopt;
    }
    return std::move(products.front());
}

std::vector<domain::CategoryName> loadCategories(pqxx::transaction_base& tx) {
    std::vector<domain::CategoryName> categories;
    for (const auto& row : tx.exec_prepared("catalogue.categories")) {
        categories.push_back(domain::CategoryName::parse(row[0].as<std::string>()));
    }
    return categories;
}

class PostgresWriteSession : public ProductWriteSession {
public:
    explicit PostgresWriteSession(pqxx::work& tx) : m_tx(tx) {}

    std::optional<Product> find(const ProductId& id) override {
        return loadOne(m_tx.exec_prepared("catalogue.product", id.toString()));
    }

    std::vector<domain::ProductIdentity> rivalsOf(const domain::ProductIdentity& candidate) override {
        const std::string codes = arrayLiteral(candidate.barcodes, [](const domain::Barcode& b) { return b.digits(); });
        const auto rows = m_tx.exec_prepared("catalogue.rivals", domain::foldForSearch(candidate.name.text()),
                                             candidate.name.text(), candidate.sku.code(), codes);
        std::vector<domain::ProductIdentity> rivals;
        for (const auto& product : loadProducts(rows)) {
            rivals.push_back(product.identity());
        }
        return rivals;
    }

    void save(const Product& product) override {
        const std::string id = product.id().toString();
        try {
            m_tx.exec_prepared(
                "catalogue.upsert", id, product.name().text(), domain::foldForSearch(product.name().text()),
                product.category().text(), product.price().cents(), product.description(), product.sku().code(),
                product.isTaxable(), product.isActive(), toMillis(product.createdAt()), toMillis(product.modifiedAt()));
        } catch (const pqxx::unique_violation&) {
            // Only reachable if a write bypassed the session lock; the rule's own check runs first.
            throw domain::DomainError(domain::ErrorCode::kAlreadyExists, "product.sku.taken", "sku",
                                      "SKU " + product.sku().code() + " is already used by another product");
        }
        m_tx.exec_prepared("catalogue.clear_barcodes", id);
        int position = 0;
        for (const auto& barcode : product.barcodes()) {
            m_tx.exec_prepared("catalogue.add_barcode", id, barcode.digits(), position++);
        }
        const auto stored = m_tx.exec_prepared1("catalogue.history_count", id)[0].as<std::size_t>();
        const auto& history = product.priceHistory();
        for (std::size_t seq = stored; seq < history.size(); ++seq) {
            const auto& change = history[seq];
            m_tx.exec_prepared("catalogue.add_price_change", id, static_cast<int>(seq), change.changedBy.toString(),
                               toMillis(change.at), change.oldPrice.cents(), change.newPrice.cents());
        }
        server::ChangeFeed::append(m_tx, "product", id, sync::ChangeOp::kUpsert, productToJson(product));
    }

    std::vector<domain::CategoryName> categories() override { return loadCategories(m_tx); }

    void addCategory(const domain::CategoryName& category) override {
        m_tx.exec_prepared("catalogue.add_category", category.text());
        server::ChangeFeed::append(m_tx, "category", category.text(), sync::ChangeOp::kUpsert,
                                   {{"name", category.text()}});
    }

private:
    pqxx::work& m_tx;
};

}  // namespace

template <typename Fn>
auto PostgresProductRepository::read(Fn&& fn) {
    if (m_joined != nullptr) {
        return fn(*m_joined);
    }
    return server::withReadOnly(m_pool, [&](pqxx::nontransaction& tx) { return fn(tx); });
}

void PostgresProductRepository::prepare(pqxx::connection& c) {
    const std::string columns = kProductColumns;
    c.prepare("catalogue.product", "SELECT " + columns + " FROM products p WHERE p.id = $1::uuid");
    c.prepare("catalogue.by_sku", "SELECT " + columns + " FROM products p WHERE p.sku = $1");
    c.prepare("catalogue.by_barcode", "SELECT " + columns +
                                          " FROM products p JOIN barcodes b ON b.product_id = p.id WHERE b.code = $1"
                                          " ORDER BY p.active DESC, p.modified_at DESC LIMIT 1");
    c.prepare("catalogue.rivals", "SELECT " + columns +
                                      " FROM products p WHERE (p.active AND (p.name_folded = $1 OR lower(p.name) = "
                                      "lower($2))) OR p.sku = $3 OR p.id IN (SELECT product_id FROM barcodes WHERE "
                                      "code = ANY($4::text[]))");
    c.prepare("catalogue.upsert",
              "INSERT INTO products (id, name, name_folded, category, price_cents, description, sku, taxable, active, "
              "created_at, modified_at) VALUES ($1::uuid, $2, $3, $4, $5, $6, $7, $8, $9, "
              "'epoch'::timestamptz + $10 * interval '1 millisecond', "
              "'epoch'::timestamptz + $11 * interval '1 millisecond') "
              "ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_folded = excluded.name_folded, "
              "category = excluded.category, price_cents = excluded.price_cents, description = excluded.description, "
              "sku = excluded.sku, taxable = excluded.taxable, active = excluded.active, "
              "modified_at = excluded.modified_at");
    c.prepare("catalogue.clear_barcodes", "DELETE FROM barcodes WHERE product_id = $1::uuid");
    c.prepare("catalogue.add_barcode", "INSERT INTO barcodes (product_id, code, position) VALUES ($1::uuid, $2, $3)");
    c.prepare("catalogue.history_count", "SELECT count(*) FROM price_history WHERE product_id = $1::uuid");
    c.prepare("catalogue.add_price_change",
              "INSERT INTO price_history (product_id, seq, changed_by, changed_at, old_price_cents, new_price_cents) "
              "VALUES ($1::uuid, $2, $3::uuid, 'epoch'::timestamptz + $4 * interval '1 millisecond', $5, $6)");
    c.prepare("catalogue.categories", "SELECT name FROM categories ORDER BY position, name");
    c.prepare("catalogue.add_category",
              "INSERT INTO categories (name, position) SELECT $1, coalesce(max(position), 0) + 1 FROM categories");
    c.prepare("catalogue.lock", "SELECT pg_advisory_xact_lock($1)");
    c.prepare("catalogue.version", "SELECT last_seq FROM feed_state");
    // Ordered as domain::compareSearchResults: relevance, price, folded name (byte order, as std::string), name, id.
    c.prepare("catalogue.search",
              "SELECT " + columns +
                  ", CASE WHEN q.query IS NULL OR numnode(q.query) = 0 THEN 0 ELSE ts_rank(p.document, q.query) "
                  "END::float8 AS rank, count(*) OVER () " +
                  kSearchFrom +
                  " ORDER BY rank DESC, p.price_cents, p.name_folded COLLATE \"C\", p.name COLLATE \"C\", p.id"
                  " LIMIT $6 OFFSET $7");
    c.prepare("catalogue.search_count", std::string("SELECT count(*)") + kSearchFrom);
}

void PostgresProductRepository::write(const std::function<void(ProductWriteSession&)>& work) {
    auto session = [&](pqxx::work& tx) {
        tx.exec_prepared("catalogue.lock", kWriteLock);
        PostgresWriteSession s(tx);
        work(s);
    };
    if (m_joined != nullptr) {
        session(*m_joined);
    } else {
        server::withTransaction(m_pool, session);
    }
}

std::optional<Product> PostgresProductRepository::find(const ProductId& id) {
    return read(
        [&](pqxx::transaction_base& tx) { return loadOne(tx.exec_prepared("catalogue.product", id.toString())); });
}

std::optional<Product> PostgresProductRepository::findByBarcode(const domain::Barcode& barcode) {
    return read([&](pqxx::transaction_base& tx) {
        return loadOne(tx.exec_prepared("catalogue.by_barcode", barcode.digits()));
    });
}

std::optional<Product> PostgresProductRepository::findBySku(const domain::Sku& sku) {
    return read([&](pqxx::transaction_base& tx) { return loadOne(tx.exec_prepared("catalogue.by_sku", sku.code())); });
}

SearchPage PostgresProductRepository::search(const domain::ProductSearchCriteria& criteria) {
    const std::string query = prefixQuery(criteria.words());
    std::optional<std::string> category;
    if (criteria.category()) {
        category = criteria.category()->text();
    }
    std::optional<std::int64_t> minCents;
    std::optional<std::int64_t> maxCents;
    if (criteria.minPrice()) {
        minCents = criteria.minPrice()->cents();
    }
    if (criteria.maxPrice()) {
        maxCents = criteria.maxPrice()->cents();
    }
    // One snapshot for the page, its products' barcodes and the count.
    auto run = [&](pqxx::transaction_base& tx) {
        const auto rows = tx.exec_prepared("catalogue.search", query, category, minCents, maxCents,
                                           criteria.activeOnly(), criteria.pageSize(), criteria.offset());
        SearchPage page;
        auto products = loadProducts(rows);
        for (std::size_t i = 0; i < products.size(); ++i) {
            page.matches.push_back({std::move(products[i]), rows[static_cast<int>(i)][kRankColumn].as<double>()});
        }
        if (!rows.empty()) {
            page.total = rows[0][kRankColumn + 1].as<std::int64_t>();
        } else if (criteria.offset() > 0) {
            page.total = tx.exec_prepared1("catalogue.search_count", query, category, minCents, maxCents,
                                           criteria.activeOnly())[0]
                             .as<std::int64_t>();
        }
        return page;
    };
    if (m_joined != nullptr) {
        return run(*m_joined);
    }
    if (m_searchCache != nullptr) {
        // The version is read before the search: a change committed in between makes the stored page newer than its
        // version, never older, and the next request (seeing the new version) recomputes it anyway.
        const std::string key = SearchCache::keyOf(criteria);
        return server::withReadOnly(m_pool, [&](pqxx::nontransaction& tx) {
            const auto version = tx.exec_prepared1("catalogue.version")[0].as<std::int64_t>();
            if (auto cached = m_searchCache->find(version, key)) {
                return std::move(*cached);
            }
            SearchPage page = run(tx);
            m_searchCache->store(version, key, page);
            return page;
        });
    }
    return server::withTransaction(m_pool, run, server::Isolation::kRepeatableRead);
}

std::vector<domain::CategoryName> PostgresProductRepository::categories() {
    return read([](pqxx::transaction_base& tx) { return loadCategories(tx); });
}

std::string PostgresProductRepository::prefixQuery(std::string_view words) {
    std::string query;
    std::string term;
    auto flush = [&] {
        if (!term.empty()) {
            query += (query.empty() ? "" : " & ") + term + ":*";
            term.clear();
        }
    };
    for (const char c : words) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte >= '0' && byte <= '9') || (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
            byte >= 0x80) {
            term += c;
        } else {
            flush();
        }
    }
    flush();
    return query;
}

}  // namespace magasin::catalogue
