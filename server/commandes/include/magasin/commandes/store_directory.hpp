// The chain's stores as commandes keeps them (tax profile, maximum offline window), their JSON form and the demo four.
// Usage: auto store = findStore(tx, id); json j = storeToJson(*store); saveStore(tx, store);  // + feed change
#pragma once

#include <optional>
#include <vector>

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include "magasin/domain/store.hpp"

namespace magasin::commandes {

std::optional<domain::Store> findStore(pqxx::transaction_base& tx, const domain::StoreId& id);
// Throws DomainError kNotFound "store.unknown" (field `field`) when there is no such store.
domain::Store requireStore(pqxx::transaction_base& tx, const domain::StoreId& id, const std::string& field);
std::vector<domain::Store> allStores(pqxx::transaction_base& tx);

// Inserts or updates the store and appends its "store" change (unscoped: every terminal knows every store).
void saveStore(pqxx::work& tx, const domain::Store& store);

// {id, name, address, tax_profile: {name, taxes: [{code, rate}]}, max_offline_window_hours}; rates in
// hundred-thousandths (9.975 % = 9975).
nlohmann::json storeToJson(const domain::Store& store);

// Magasin Central, Magasin Nord, Magasin Sud, Magasin Est: 33333333-3333-3333-3333-33333333333{1..4}.
std::vector<domain::Store> demoStores();

}  // namespace magasin::commandes
