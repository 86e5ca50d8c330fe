#include "magasin/inventaire/demo_data.hpp"

#include <array>

#include "magasin/inventaire/sales_feed_applier.hpp"
#include "magasin/server/transaction.hpp"

namespace magasin::inventaire {

namespace {

struct DemoStore {
    const char* id;
    const char* name;
};
constexpr std::array<DemoStore, 4> kStores = {{
    {"33333333-3333-3333-3333-333333333331", "Magasin Central"},
    {"33333333-3333-3333-3333-333333333332", "Magasin Nord"},
    {"33333333-3333-3333-3333-333333333333", "Magasin Sud"},
    {"33333333-3333-3333-3333-333333333334", "Magasin Est"},
}};

struct DemoLevel {
    const char* location;  // "central" or a store id
    int product;           // 1..5: 550e8400-e29b-41d4-a716-44665544000N
    std::int64_t quantity;
};
// DOMAIN.md's levels, plus a few so that every label and every screen has something to show.
constexpr std::array<DemoLevel, 14> kLevels = {{
    {"central", 1, 100},
    {"central", 2, 200},
    {"central", 3, 60},
    {"central", 4, 8},
    {"central", 5, 4},
    {"33333333-3333-3333-3333-333333333331", 1, 20},
    {"33333333-3333-3333-3333-333333333331", 3, 5},
    {"33333333-3333-3333-3333-333333333331", 4, 2},
    {"33333333-3333-3333-3333-333333333332", 2, 30},
    {"33333333-3333-3333-3333-333333333332", 5, 12},
    {"33333333-3333-3333-3333-333333333333", 1, 12},
    {"33333333-3333-3333-3333-333333333333", 2, 3},
    {"33333333-3333-3333-3333-333333333334", 1, 1},
    {"33333333-3333-3333-3333-333333333334", 3, 25},
}};

// commandes' demo offline sale in Magasin Est (kDemoOfflineSaleId there; the servers share no code but the platform).
constexpr const char* kDemoOfflineSale = "01936b2a-0000-7000-8000-0000000000d4";

}  // namespace

int loadDemoData(StockLedger& ledger, server::DbPool& pool, bool offlineSale) {
    return server::withTransaction(pool, [&](pqxx::work& tx) {
        for (const auto& store : kStores) {
            const auto id = domain::StoreId::parse(store.id);
            ledger.storeLocation(tx, id);
            ledger.recordStore(tx, id, store.name);
        }
        int written = 0;
        for (const auto& demo : kLevels) {
            const auto product =
                domain::ProductId::parse("550e8400-e29b-41d4-a716-44665544000" + std::to_string(demo.product));
            const auto location =
                std::string(demo.location) == "central"
                    ? *PostgresStockStore().location(tx, domain::LocationId::parse(PostgresStockStore::kCentralId))
                    : ledger.storeLocation(tx, domain::StoreId::parse(demo.location));
            // A fixed source: loading twice finds the movement and moves nothing.
            const auto source = "demo:" + location.id().toString() + ":" + product.toString();
            const auto movement = domain::Movement::adjustment(ledger.nextMovementId(), location.id(), product,
                                                               demo.quantity, source, ledger.clock()());
            if (ledger.record(tx, location, movement, "demo-data")) {
                ++written;
            }
        }
        if (offlineSale) {
            // commandes' demo sale 01936b2a-…-0000000000d4 (server/commandes demo_sales.cpp), line 1.
            const auto store = ledger.storeLocation(tx, domain::StoreId::parse(kStores[3].id));
            const auto movement = domain::Movement::of(
                ledger.nextMovementId(), store.id(), domain::ProductId::parse("550e8400-e29b-41d4-a716-446655440001"),
                domain::MovementReason::kSale, domain::Quantity::of(3), "sale:" + std::string(kDemoOfflineSale) + ":1",
                ledger.clock()(), domain::MovementOrigin::kOfflineSale);
            if (ledger.record(tx, store, movement, SalesFeedApplier::kActor, "offline")) {
                ++written;
            }
        }
        return written;
    });
}

}  // namespace magasin::inventaire
