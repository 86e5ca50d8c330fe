#include "magasin/commandes/report_json.hpp"

namespace magasin::commandes {

using nlohmann::json;

namespace {

json entries(const std::vector<domain::StockEntry>& list) {
    json items = json::array();
    for (const auto& e : list) {
        items.push_back({{"product_id", e.product.toString()}, {"name", e.name}, {"level", e.level}});
    }
    return items;
}

}  // namespace

std::vector<domain::StockRow> storeStock(pqxx::transaction_base& tx, const domain::StoreId& store) {
    std::vector<domain::StockRow> rows;
    for (const auto& row : tx.exec_params("SELECT s.product_id, COALESCE(p.name, s.product_id::text), s.level"
                                          " FROM stock_levels s LEFT JOIN catalogue_products p ON p.id = s.product_id"
                                          " WHERE s.store_id = $1",
                                          store.toString())) {
        rows.push_back({store, domain::ProductId::parse(row[0].as<std::string>()), row[1].as<std::string>(),
                        row[2].as<std::int64_t>()});
    }
    return rows;
}

json reportToJson(const domain::SalesReport& report) {
    json sold = json::array();
    for (const auto& p : report.productsSold) {
        sold.push_back({{"product_id", p.product.toString()},
                        {"name", p.name},
                        {"quantity", p.quantity},
                        {"revenue_cents", p.revenue.cents()}});
    }
    return {{"store_id", report.store.toString()},
            {"from", domain::toIso8601(report.period.from())},
            {"to", domain::toIso8601(report.period.to())},
            {"sale_count", report.saleCount},
            {"revenue_cents", report.revenue.cents()},
            {"taxes_collected_cents", report.taxesCollected.cents()},
            {"products_sold", std::move(sold)},
            {"ruptures", entries(report.ruptures)},
            {"overstock", entries(report.overstock)},
            {"in_stock", entries(report.inStock)}};
}

json indicatorsToJson(const domain::SalesIndicators& k) {
    return {{"store_id", k.store.toString()},
            {"revenue_cents", k.revenue.cents()},
            {"ruptures", k.ruptures},
            {"overstock", k.overstock},
            {"trend", k.trend}};
}

}  // namespace magasin::commandes
