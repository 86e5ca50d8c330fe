// Fills a catalogue database with N generated products through the catalogue's own use cases (so every rule and the
// change feed apply), with ids 00000000-0000-7000-8000-<12 hex digits of i> that the wrk scripts can address.
// Usage: magasin-catalogue-seed CONNINFO COUNT
#include <array>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "magasin/catalogue/postgres_product_repository.hpp"
#include "magasin/catalogue/product_catalogue.hpp"
#include "magasin/domain/barcode.hpp"
#include "magasin/domain/domain_error.hpp"
#include "magasin/server/db_pool.hpp"
#include "magasin/server/migrations.hpp"
#include "magasin/sql/catalogue_migrations.hpp"

using namespace magasin;

namespace {

constexpr std::array kNouns{"Clavier", "Souris", "Café",   "Écouteurs", "Chocolat", "Lampe",    "Chaise",   "Câble",
                            "Thé",     "Écran",  "Casque", "Table",     "Veste",    "Chandail", "Biscuits", "Jus"};
constexpr std::array kAdjectives{"sans fil", "optique",   "bio",     "noir",    "ergonomique", "de bureau",
                                 "vert",     "Bluetooth", "premium", "compact", "rouge",       "léger"};
constexpr std::array kCategories{"Informatique", "Boissons", "Confiserie", "Électronique", "Meubles", "Vêtements"};

domain::Uuid seedId(long long i) {
    char text[40];
    std::snprintf(text, sizeof text, "00000000-0000-7000-8000-%012llx", i);
    return domain::Uuid::parse(text);
}

std::string skuOf(long long i) {
    std::string letters(3, 'A');
    long long n = i / 10'000;
    for (int k = 2; k >= 0; --k) {
        letters[static_cast<std::size_t>(k)] = static_cast<char>('A' + n % 26);
        n /= 26;
    }
    char digits[8];
    std::snprintf(digits, sizeof digits, "%04lld", i % 10'000);
    return letters + digits;
}

std::string ean13Of(long long i) {
    char payload[32];
    std::snprintf(payload, sizeof payload, "29%010lld", i);  // prefix 2: in-store numbering
    return std::string(payload) + std::to_string(domain::Barcode::checkDigit(payload));
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s CONNINFO COUNT\n", argv[0]);
        return 2;
    }
    const long long count = std::atoll(argv[2]);
    server::DbPool pool({.conninfo = argv[1], .size = 1, .prepare = catalogue::PostgresProductRepository::prepare});
    {
        auto lease = pool.acquire();
        server::applyMigrations(*lease, "platform", server::platformMigrations());
        server::applyMigrations(*lease, "catalogue", sql::catalogue::migrations());
    }
    catalogue::PostgresProductRepository repository(pool);
    domain::UuidV7Generator ids(domain::systemClock(), domain::systemRandom());
    catalogue::ProductCatalogue products(repository, domain::systemClock(), [&ids] { return ids.next(); });
    long long created = 0;
    for (long long i = 1; i <= count; ++i) {
        const std::string noun = kNouns[static_cast<std::size_t>(i) % kNouns.size()];
        const std::string adjective = kAdjectives[static_cast<std::size_t>(i / 7) % kAdjectives.size()];
        catalogue::ProductDraft draft{
            .id = domain::ProductId(seedId(i)),
            .name = domain::ProductName::parse(noun + " " + adjective + " " + std::to_string(i)),
            .category = domain::CategoryName::parse(kCategories[static_cast<std::size_t>(i / 3) % kCategories.size()]),
            .price = domain::Price::fromCents(99 + (i * 7919) % 50'000),
            .description = noun + " " + adjective + ", article de démonstration numéro " + std::to_string(i),
            .sku = domain::Sku::parse(skuOf(i)),
            .barcodes = {domain::Barcode::parse(ean13Of(i))},
            .taxable = i % 9 != 0,
        };
        try {
            products.create(std::move(draft));
            ++created;
        } catch (const domain::DomainError& e) {
            if (e.rule() != "product.id.taken") {  // already seeded by an earlier run
                std::fprintf(stderr, "product %lld: %s\n", i, e.what());
                return 1;
            }
        }
    }
    std::printf("%lld products created, %lld already present\n", created, count - created);
    return 0;
}
