#include "magasin/commandes/store_directory.hpp"

#include "magasin/domain/domain_error.hpp"
#include "magasin/server/change_feed.hpp"

namespace magasin::commandes {

using nlohmann::json;

namespace {

json profileToJson(const domain::TaxProfile& profile) {
    json taxes = json::array();
    for (const auto& tax : profile.taxes()) {
        taxes.push_back({{"code", tax.code}, {"rate", tax.rate.hundredThousandths()}});
    }
    return {{"name", profile.name()}, {"taxes", std::move(taxes)}};
}

domain::TaxProfile profileFromJson(const json& j) {
    std::vector<domain::Tax> taxes;
    for (const auto& tax : j.at("taxes")) {
        taxes.push_back({tax.at("code").get<std::string>(),
                         domain::Rate::fromHundredThousandths(tax.at("rate").get<std::int64_t>())});
    }
    return domain::TaxProfile::of(j.at("name").get<std::string>(), std::move(taxes));
}

domain::Store storeOf(const pqxx::row& row) {
    return domain::Store::of(domain::StoreId::parse(row[0].as<std::string>()), row[1].as<std::string>(),
                             row[2].as<std::string>(), profileFromJson(json::parse(row[3].as<std::string>())),
                             std::chrono::hours(row[4].as<int>()));
}

constexpr const char* kColumns = "SELECT id, name, address, tax_profile::text, max_offline_hours FROM stores";

}  // namespace

std::optional<domain::Store> findStore(pqxx::transaction_base& tx, const domain::StoreId& id) {
    const auto rows = tx.exec_params(std::string(kColumns) + " WHERE id = $1", id.toString());
    if (rows.empty()) {
        return std::nullopt;
    }
    return storeOf(rows[0]);
}

domain::Store requireStore(pqxx::transaction_base& tx, const domain::StoreId& id, const std::string& field) {
    auto store = findStore(tx, id);
    if (!store) {
        throw domain::DomainError(domain::ErrorCode::kNotFound, "store.unknown", field,
                                  "No store with id " + id.toString());
    }
    return std::move(*store);
}

std::vector<domain::Store> allStores(pqxx::transaction_base& tx) {
    std::vector<domain::Store> stores;
    for (const auto& row : tx.exec(std::string(kColumns) + " ORDER BY name, id")) {
        stores.push_back(storeOf(row));
    }
    return stores;
}

void saveStore(pqxx::work& tx, const domain::Store& store) {
    tx.exec_params(
        "INSERT INTO stores (id, name, address, tax_profile, max_offline_hours) VALUES ($1, $2, $3, $4::jsonb, $5)"
        " ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, address = EXCLUDED.address,"
        " tax_profile = EXCLUDED.tax_profile, max_offline_hours = EXCLUDED.max_offline_hours",
        store.id().toString(), store.name(), store.address(), profileToJson(store.taxProfile()).dump(),
        static_cast<int>(store.maxOfflineWindow().count()));
    server::ChangeFeed::append(tx, "store", store.id().toString(), sync::ChangeOp::kUpsert, storeToJson(store));
}

json storeToJson(const domain::Store& store) {
    return {{"id", store.id().toString()},
            {"name", store.name()},
            {"address", store.address()},
            {"tax_profile", profileToJson(store.taxProfile())},
            {"max_offline_window_hours", store.maxOfflineWindow().count()}};
}

std::vector<domain::Store> demoStores() {
    auto store = [](char n, const char* name, const char* address, int hours) {
        return domain::Store::of(domain::StoreId::parse(std::string("33333333-3333-3333-3333-33333333333") + n), name,
                                 address, domain::TaxProfile::quebec(), std::chrono::hours(hours));
    };
    return {store('1', "Magasin Central", "1000 rue Sherbrooke Ouest, Montréal, QC H3A 3G4", 72),
            store('2', "Magasin Nord", "250 boulevard Labelle, Laval, QC H7P 2P1", 72),
            store('3', "Magasin Sud", "77 rue Principale, Granby, QC J2G 2T8", 48),
            store('4', "Magasin Est", "12 rue du Marché, Québec, QC G1K 4H3", 48)};
}

}  // namespace magasin::commandes
