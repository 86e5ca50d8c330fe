#include "magasin/catalogue/demo_data.hpp"

#include "magasin/domain/domain_error.hpp"

namespace magasin::catalogue {

namespace {

// "200" starts the GS1 range for numbers a retailer assigns itself, so no real product carries these codes.
domain::Barcode inStoreEan13(int number) {
    std::string payload = std::to_string(number);
    payload = "200" + std::string(9 - payload.size(), '0') + payload;
    return domain::Barcode::parse(payload + std::to_string(domain::Barcode::checkDigit(payload)));
}

ProductDraft demo(int n, std::string_view name, std::int64_t cents, std::string_view category, std::string_view sku,
                  std::string_view description) {
    return ProductDraft{.id = domain::ProductId::parse("550e8400-e29b-41d4-a716-44665544000" + std::to_string(n)),
                        .name = domain::ProductName::parse(name),
                        .category = domain::CategoryName::parse(category),
                        .price = domain::Price::fromCents(cents),
                        .description = std::string(description),
                        .sku = domain::Sku::parse(sku),
                        .barcodes = {inStoreEan13(n)},
                        .taxable = true};
}

}  // namespace

std::vector<ProductDraft> demoProducts() {
    return {
        demo(1, "Clavier mécanique", 8999, "Informatique", "CLA0001", "Clavier mécanique rétroéclairé, touches AZERTY"),
        demo(2, "Souris optique", 2550, "Informatique", "SOU0001", "Souris optique filaire, 1600 ppp"),
        demo(3, "Café Premium Bio", 1599, "Boissons", "CAF0001", "Café en grains biologique, torréfaction moyenne"),
        demo(4, "Écouteurs Bluetooth", 4599, "Informatique", "ECO0001", "Écouteurs sans fil avec étui de recharge"),
        demo(5, "Chocolat Noir 70 %", 899, "Confiserie", "CHO0001", "Tablette de chocolat noir 70 % cacao"),
    };
}

int loadDemoData(ProductCatalogue& catalogue) {
    int created = 0;
    for (auto& draft : demoProducts()) {
        try {
            catalogue.create(std::move(draft));
            ++created;
        } catch (const domain::DomainError& e) {
            if (e.code() != domain::ErrorCode::kAlreadyExists) {
                throw;
            }
        }
    }
    return created;
}

}  // namespace magasin::catalogue
