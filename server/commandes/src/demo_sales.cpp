#include "magasin/commandes/demo_sales.hpp"

#include <array>

#include "magasin/server/transaction.hpp"

namespace magasin::commandes {

using nlohmann::json;

namespace {

struct DemoProduct {
    int n;  // 550e8400-e29b-41d4-a716-44665544000N
    const char* name;
    std::int64_t cents;
};
// The catalogue's demo products (server/catalogue demo data), as commandes' copy holds them.
constexpr std::array<DemoProduct, 5> kProducts = {{{1, "Clavier mécanique", 8999},
                                                   {2, "Souris optique", 2550},
                                                   {3, "Café Premium Bio", 1599},
                                                   {4, "Écouteurs Bluetooth", 4599},
                                                   {5, "Chocolat Noir 70 %", 899}}};

std::string productId(int n) {
    return "550e8400-e29b-41d4-a716-44665544000" + std::to_string(n);
}
std::string storeId(int s) {
    return "33333333-3333-3333-3333-33333333333" + std::to_string(s);
}
std::string cashierId(int s) {
    return "44444444-4444-4444-4444-4444444444" + std::to_string(s) + "1";
}
std::string tillId(int s) {
    return "55555555-5555-4555-8555-55555555555" + std::to_string(s);
}

json line(int product, std::int64_t unitCents, int quantity) {
    return {{"product_id", productId(product)},
            {"name", kProducts.at(static_cast<std::size_t>(product - 1)).name},
            {"unit_price_cents", unitCents},
            {"quantity", quantity},
            {"taxable", true}};
}

struct DemoSale {
    std::string id;
    int store;     // 1..4
    bool offline;  // recorded by the till's sync ("terminal") rather than over REST
    int hoursAgo;
    json lines;
    std::int64_t cashCents;
    json terminalTotals = nullptr;
    const char* cancelReason = nullptr;  // cancelled by the store's manager
};

std::vector<DemoSale> demoSales() {
    return {
        {"01936b2a-0000-7000-8000-0000000000d1", 1, false, 5, {line(3, 1599, 2), line(5, 899, 1)}, 5000},
        // Sold offline at last week's price: flagged price_differs_from_catalogue, kept as sold.
        {"01936b2a-0000-7000-8000-0000000000d2", 1, true, 4, {line(1, 7999, 1)}, 10000},
        // The till's totals (58.00) differ from the server's (58.64): flagged totals_differ_from_terminal.
        {"01936b2a-0000-7000-8000-0000000000d3",
         2,
         true,
         3,
         {line(2, 2550, 2)},
         6000,
         {{"subtotal_cents", 5100},
          {"taxable_subtotal_cents", 5100},
          {"taxes", {{{"code", "GST"}, {"amount_cents", 255}}, {{"code", "QST"}, {"amount_cents", 445}}}},
          {"tax_total_cents", 700},
          {"total_cents", 5800}}},
        // Magasin Est had 1 Clavier; its till, offline, sold 3: the store's level goes to -2 (a stock exception).
        {kDemoOfflineSaleId, 4, true, 2, {line(1, 8999, 3)}, 40000},
        {"01936b2a-0000-7000-8000-0000000000d5",
         3,
         false,
         1,
         {line(4, 4599, 1)},
         6000,
         nullptr,
         "Client a changé d'avis"},
    };
}

}  // namespace

int loadDemoSales(server::DbPool& pool, const SaleBook& book, const domain::Clock& clock) {
    return server::withTransaction(pool, [&](pqxx::work& tx) {
        for (const auto& product : kProducts) {
            tx.exec_params(
                "INSERT INTO catalogue_products (id, name, price_cents, active, taxable) VALUES ($1, $2, $3, true, "
                "true)"
                " ON CONFLICT (id) DO NOTHING",
                productId(product.n), product.name, product.cents);
        }
        for (int s = 1; s <= 4; ++s) {
            // A till nobody can log in with (no credential hashes to this), so that the demo sales name a real one.
            tx.exec_params(
                "INSERT INTO devices (id, store_id, name, credential_hash, enrolled_by) VALUES ($1, $2, $3, $4,"
                " $5) ON CONFLICT (id) DO NOTHING",
                tillId(s), storeId(s), "Caisse démo", "demo-till-without-credential:" + tillId(s),
                "44444444-4444-4444-4444-4444444444" + std::to_string(s) + "2");
        }
        int recorded = 0;
        for (const auto& demo : demoSales()) {
            json body = {{"id", demo.id},
                         {"store_id", storeId(demo.store)},
                         {"device_id", tillId(demo.store)},
                         {"staff_id", cashierId(demo.store)},
                         {"at", domain::toIso8601(clock() - std::chrono::hours(demo.hoursAgo))},
                         {"lines", demo.lines},
                         {"payments", {{{"method", "cash"}, {"amount_cents", demo.cashCents}}}}};
            if (!demo.terminalTotals.is_null()) {
                body["totals"] = demo.terminalTotals;
            }
            const auto store = domain::StoreId::parse(storeId(demo.store));
            SaleSubmission submission = saleSubmissionFromJson(body, SaleBook::roleLookup(tx, store));
            submission.sale.channel = domain::SaleChannel::kStore;
            const RecordedSale sale = book.record(tx, submission, demo.offline ? "terminal" : "rest");
            if (sale.replayed) {
                continue;
            }
            ++recorded;
            if (demo.cancelReason != nullptr) {
                const domain::Actor manager{
                    domain::StaffId::parse("44444444-4444-4444-4444-4444444444" + std::to_string(demo.store) + "2"),
                    domain::Role::kManager};
                book.cancel(tx, domain::SaleId::parse(demo.id),
                            CancelRequest{manager, std::nullopt, domain::Reason::parse(demo.cancelReason)},
                            [](const domain::StoreId&) {});
            }
        }
        return recorded;
    });
}

}  // namespace magasin::commandes
