// The reports' JSON: the consolidated report and the indicators of one store (domain::buildSalesReport /
// salesIndicators), and the stock rows they read from the local copy. Usage: json j = reportToJson(report);
#pragma once

#include <vector>

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include "magasin/domain/sales_report.hpp"

namespace magasin::commandes {

// The store's stock levels as inventaire last published them, named after the catalogue copy.
std::vector<domain::StockRow> storeStock(pqxx::transaction_base& tx, const domain::StoreId& store);

// {store_id, from, to, sale_count, revenue_cents, taxes_collected_cents, products_sold: [{product_id, name, quantity,
// revenue_cents}], ruptures / overstock / in_stock: [{product_id, name, level}]}
nlohmann::json reportToJson(const domain::SalesReport& report);
// {store_id, revenue_cents, ruptures, overstock, trend}
nlohmann::json indicatorsToJson(const domain::SalesIndicators& indicators);

}  // namespace magasin::commandes
