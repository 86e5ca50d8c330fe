// The demo data of DOMAIN.md the supply chain shows before its feeds have run: the names of the five demo products and
// the four demo stores, and two pending requests. Usage: loadDemoData(desk, pool);  // idempotent: fixed ids
#pragma once

#include "magasin/server/db_pool.hpp"
#include "magasin/supply_chain/replenishment_desk.hpp"

namespace magasin::supply_chain {

// Returns the number of requests created (0 when they are already there, or decided since).
int loadDemoData(ReplenishmentDesk& desk, server::DbPool& pool);

}  // namespace magasin::supply_chain
