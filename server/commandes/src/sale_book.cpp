#include "magasin/commandes/sale_book.hpp"

#include <map>

#include "magasin/commandes/store_directory.hpp"
#include "magasin/domain/domain_error.hpp"
#include "magasin/server/change_feed.hpp"

namespace magasin::commandes {

using domain::DomainError;
using domain::ErrorCode;
using nlohmann::json;

namespace {

DomainError unknownSale(const domain::SaleId& id) {
    return {ErrorCode::kNotFound, "sale.unknown", "id", "No sale with id " + id.toString()};
}

std::string optionalText(const auto& id) {
    return id ? id->toString() : std::string();
}

// The local catalogue copy for the sale's products, read once.
domain::CatalogueLookup catalogueOf(pqxx::transaction_base& tx, const domain::Sale& sale) {
    std::string ids = "{";
    for (const auto& line : sale.lines()) {
        ids += (ids.size() > 1 ? "," : "") + line.product().toString();
    }
    ids += "}";
    auto views = std::make_shared<std::map<domain::ProductId, domain::CatalogueView>>();
    for (const auto& row :
         tx.exec_params("SELECT id, price_cents, active FROM catalogue_products WHERE id = ANY($1::uuid[])", ids)) {
        views->insert_or_assign(
            domain::ProductId::parse(row[0].as<std::string>()),
            domain::CatalogueView{domain::Price::fromCents(row[1].as<std::int64_t>()), row[2].as<bool>()});
    }
    return [views](const domain::ProductId& id) -> std::optional<domain::CatalogueView> {
        const auto it = views->find(id);
        return it == views->end() ? std::nullopt : std::optional(it->second);
    };
}

// Inserts the sale unless its id is taken (a concurrent push of the same sale waits on the key, then finds it
// taken); appends its change only when it was inserted. Returns whether it was.
bool insertSale(pqxx::work& tx, const domain::Sale& sale, const json& doc) {
    const auto inserted = tx.exec_params(
        "INSERT INTO sales (id, store_id, staff_id, device_id, customer_id, sold_at, channel, origin, status,"
        " flagged, doc) VALUES ($1, $2, NULLIF($3, '')::uuid, NULLIF($4, '')::uuid, NULLIF($5, '')::uuid,"
        " $6::timestamptz, $7, $8, $9, $10, $11::jsonb) ON CONFLICT (id) DO NOTHING",
        sale.id().toString(), sale.store().toString(), optionalText(sale.staff()), optionalText(sale.device()),
        optionalText(sale.customer()), domain::toIso8601(sale.at()), doc.at("channel").get<std::string>(),
        doc.at("origin").get<std::string>(), doc.at("status").get<std::string>(), !doc.at("flags").empty(), doc.dump());
    if (inserted.affected_rows() == 0) {
        return false;
    }
    server::ChangeFeed::append(tx, "sale", sale.id().toString(), sync::ChangeOp::kUpsert, doc, sale.store());
    return true;
}

void updateSale(pqxx::work& tx, const domain::Sale& sale, const json& doc) {
    tx.exec_params("UPDATE sales SET status = $2, doc = $3::jsonb WHERE id = $1", sale.id().toString(),
                   doc.at("status").get<std::string>(), doc.dump());
    server::ChangeFeed::append(tx, "sale", sale.id().toString(), sync::ChangeOp::kUpsert, doc, sale.store());
}

std::optional<json> storedSale(pqxx::transaction_base& tx, const domain::SaleId& id, bool forUpdate) {
    const auto rows = tx.exec_params(
        std::string("SELECT doc::text FROM sales WHERE id = $1") + (forUpdate ? " FOR UPDATE" : ""), id.toString());
    if (rows.empty()) {
        return std::nullopt;
    }
    return json::parse(rows[0][0].as<std::string>());
}

}  // namespace

RoleLookup SaleBook::roleLookup(pqxx::transaction_base& tx, const domain::StoreId& store) {
    return [&tx, store](const domain::StaffId& id) {
        const auto rows =
            tx.exec_params("SELECT role FROM staff WHERE id = $1 AND store_id = $2", id.toString(), store.toString());
        if (rows.empty()) {
            throw DomainError(ErrorCode::kNotFound, "staff.unknown", "staff_id",
                              "No staff member " + id.toString() + " in this store");
        }
        return domain::parseRole(rows[0][0].as<std::string>());
    };
}

RecordedSale SaleBook::record(pqxx::work& tx, const SaleSubmission& submission, const std::string& origin) const {
    if (auto stored = storedSale(tx, submission.sale.id, false)) {
        return {std::move(*stored), true};
    }
    const domain::Store store = requireStore(tx, submission.sale.store, "store_id");
    const domain::Sale sale = domain::Sale::record(submission.sale, store.taxProfile());
    const domain::Totals terminal =
        submission.terminalTotals ? terminalTotalsOf(*submission.terminalTotals, store.taxProfile()) : sale.totals();
    const json doc =
        saleToJson(sale, origin, flagsToJson(domain::flagOfflineSale(sale, catalogueOf(tx, sale), terminal)));
    if (!insertSale(tx, sale, doc)) {
        return {*storedSale(tx, sale.id(), false), true};
    }
    return {doc, false};
}

json SaleBook::cancel(pqxx::work& tx, const domain::SaleId& id, const CancelRequest& request,
                      const StoreGuard& guard) const {
    auto stored = storedSale(tx, id, true);
    if (!stored) {
        throw unknownSale(id);
    }
    domain::Sale sale = saleFromJson(*stored);
    guard(sale.store());
    sale.cancel(request.by, request.reason, request.approvedBy, m_clock());
    const json doc = saleToJson(sale, stored->at("origin").get<std::string>(), stored->at("flags"));
    updateSale(tx, sale, doc);
    return doc;
}

json SaleBook::get(pqxx::transaction_base& tx, const domain::SaleId& id, const StoreGuard& guard) const {
    auto stored = storedSale(tx, id, false);
    if (!stored) {
        throw unknownSale(id);
    }
    guard(domain::StoreId::parse(stored->at("store_id").get<std::string>()));
    return *stored;
}

json SaleBook::list(pqxx::transaction_base& tx, const SaleFilter& f) const {
    const auto time = [](const std::optional<domain::Timestamp>& t) { return t ? domain::toIso8601(*t) : ""; };
    const auto rows = tx.exec_params(
        "SELECT doc::text FROM sales WHERE (NULLIF($1, '')::uuid IS NULL OR store_id = NULLIF($1, '')::uuid)"
        " AND (NULLIF($2, '') IS NULL OR sold_at >= NULLIF($2, '')::timestamptz)"
        " AND (NULLIF($3, '') IS NULL OR sold_at < NULLIF($3, '')::timestamptz)"
        " AND (NULLIF($4, '')::uuid IS NULL OR staff_id = NULLIF($4, '')::uuid)"
        " AND (NULLIF($5, '') IS NULL OR status = $5)"
        " AND (NULLIF($6, '') IS NULL OR flagged = (NULLIF($6, '') = 'true'))"
        " ORDER BY sold_at DESC, id DESC LIMIT $7 OFFSET $8",
        optionalText(f.store), time(f.from), time(f.to), optionalText(f.staff), f.status.value_or(""),
        f.flagged ? (*f.flagged ? "true" : "false") : "", f.limit, f.offset);
    json items = json::array();
    for (const auto& row : rows) {
        items.push_back(json::parse(row[0].as<std::string>()));
    }
    return {{"items", std::move(items)}, {"limit", f.limit}, {"offset", f.offset}};
}

std::vector<domain::Sale> SaleBook::activeSales(pqxx::transaction_base& tx, const domain::StoreId& store,
                                                const domain::ReportPeriod& period) const {
    std::vector<domain::Sale> sales;
    for (const auto& row :
         tx.exec_params("SELECT doc::text FROM sales WHERE store_id = $1 AND status = 'active'"
                        " AND sold_at >= $2::timestamptz AND sold_at < $3::timestamptz",
                        store.toString(), domain::toIso8601(period.from()), domain::toIso8601(period.to()))) {
        sales.push_back(saleFromJson(json::parse(row[0].as<std::string>())));
    }
    return sales;
}

}  // namespace magasin::commandes
