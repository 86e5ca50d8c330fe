#include "magasin/supply_chain/demo_data.hpp"

#include <array>

#include "magasin/domain/domain_error.hpp"
#include "magasin/server/transaction.hpp"
#include "magasin/supply_chain/postgres_request_repository.hpp"

namespace magasin::supply_chain {

namespace {

struct Named {
    const char* id;
    const char* name;
};
constexpr std::array<Named, 5> kProducts = {{
    {"550e8400-e29b-41d4-a716-446655440001", "Clavier mécanique"},
    {"550e8400-e29b-41d4-a716-446655440002", "Souris optique"},
    {"550e8400-e29b-41d4-a716-446655440003", "Café Premium Bio"},
    {"550e8400-e29b-41d4-a716-446655440004", "Écouteurs Bluetooth"},
    {"550e8400-e29b-41d4-a716-446655440005", "Chocolat Noir 70 %"},
}};
constexpr std::array<Named, 4> kStores = {{
    {"33333333-3333-3333-3333-333333333331", "Magasin Central"},
    {"33333333-3333-3333-3333-333333333332", "Magasin Nord"},
    {"33333333-3333-3333-3333-333333333333", "Magasin Sud"},
    {"33333333-3333-3333-3333-333333333334", "Magasin Est"},
}};

struct DemoRequest {
    const char* id;
    const char* product;
    const char* store;
    const char* cashier;  // the store's demo cashier (commandes' README)
    std::int64_t quantity;
};
// Écouteurs at Magasin Central (2 left) and Souris at Magasin Sud (3 left): the inventaire demo's low store levels.
constexpr std::array<DemoRequest, 2> kRequests = {{
    {"66666666-6666-4666-8666-666666666601", "550e8400-e29b-41d4-a716-446655440004",
     "33333333-3333-3333-3333-333333333331", "44444444-4444-4444-4444-444444444411", 6},
    {"66666666-6666-4666-8666-666666666602", "550e8400-e29b-41d4-a716-446655440002",
     "33333333-3333-3333-3333-333333333333", "44444444-4444-4444-4444-444444444431", 8},
}};

}  // namespace

int loadDemoData(ReplenishmentDesk& desk, server::DbPool& pool) {
    return server::withTransaction(pool, [&](pqxx::work& tx) {
        // Copies the feeds refresh later; inserted only when missing, so that a feed's newer name wins.
        for (const auto& product : kProducts) {
            tx.exec_params(
                "INSERT INTO catalogue_products (id, name, active) VALUES ($1, $2, true)"
                " ON CONFLICT (id) DO NOTHING",
                product.id, product.name);
        }
        for (const auto& store : kStores) {
            tx.exec_params("INSERT INTO stores (id, name) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING", store.id,
                           store.name);
        }
        int created = 0;
        PostgresRequestSession session(tx);
        for (const auto& demo : kRequests) {
            const auto id = domain::RequestId::parse(demo.id);
            if (session.find(id, false)) {
                continue;
            }
            try {
                desk.create(session, {.id = id,
                                      .product = domain::ProductId::parse(demo.product),
                                      .store = domain::StoreId::parse(demo.store),
                                      .quantity = demo.quantity,
                                      .requestedBy = domain::StaffId::parse(demo.cashier),
                                      .origin = "demo"});
                ++created;
            } catch (const domain::DomainError&) {
                // The store already asked for this product (a pending request of its own): the demo adds nothing.
            }
        }
        return created;
    });
}

}  // namespace magasin::supply_chain
