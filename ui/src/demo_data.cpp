#include "magasin/ui/demo_data.hpp"

#include <QDir>
#include <QFile>

#include <array>
#include <string>

#include "magasin/client/device_identity.hpp"
#include "magasin/client/pin_verifier.hpp"
#include "magasin/client/terminal.hpp"
#include "magasin/domain/barcode.hpp"

namespace magasin::ui {
namespace {

constexpr const char* kStoreId = "33333333-3333-4333-8333-333333333331";
constexpr const char* kDeviceId = "0192d0e0-0000-7000-8000-00000000d3e0";

struct DemoProduct {
    const char* name;
    const char* category;
    std::int64_t priceCents;
    bool taxable;
    std::int64_t stock;
};

// A small corner store: enough to scan, search with accents and see GST/QST on taxable and zero-rated lines.
constexpr std::array kProducts{
    DemoProduct{"Café équitable 340 g", "Épicerie", 1299, false, 40},
    DemoProduct{"Lait 2 % 2 L", "Produits laitiers", 579, false, 25},
    DemoProduct{"Sirop d'érable 540 ml", "Épicerie", 1499, false, 18},
    DemoProduct{"Câble USB-C 1 m", "Électronique", 1999, true, 12},
    DemoProduct{"Écouteurs sans fil", "Électronique", 7999, true, 6},
    DemoProduct{"Piles AA (paquet de 8)", "Électronique", 1149, true, 30},
    DemoProduct{"Tuque en laine", "Vêtements", 2499, true, 15},
    DemoProduct{"Mitaines doublées", "Vêtements", 1899, true, 20},
    DemoProduct{"Savon à vaisselle 1 L", "Entretien", 449, true, 35},
    DemoProduct{"Essuie-tout (6 rouleaux)", "Entretien", 899, true, 22},
    DemoProduct{"Cahier ligné 200 pages", "Papeterie", 349, true, 60},
    DemoProduct{"Stylos bleus (10)", "Papeterie", 599, true, 44},
    DemoProduct{"Fromage cheddar fort 400 g", "Produits laitiers", 899, false, 14},
    DemoProduct{"Pain de ménage tranché", "Boulangerie", 399, false, 16},
    DemoProduct{"Croustilles érable 200 g", "Collations", 429, true, 28},
    DemoProduct{"Chocolat noir 70 %", "Collations", 379, true, 33},
    DemoProduct{"Ampoule DEL 60 W", "Quincaillerie", 699, true, 26},
    DemoProduct{"Ruban adhésif", "Quincaillerie", 299, true, 50},
    DemoProduct{"Lave-glace -40 °C 3,78 L", "Automobile", 549, true, 19},
    DemoProduct{"Grattoir à glace", "Automobile", 999, true, 9},
};

std::string productId(int index) {
    return QStringLiteral("0192d0e0-0000-7000-8000-%1").arg(index + 1, 12, 10, QLatin1Char('0')).toStdString();
}

}  // namespace

int DemoData::productCount() {
    return static_cast<int>(kProducts.size());
}

QString DemoData::barcodeOf(int productIndex) {
    // 0 + 7 digits for a fictitious company prefix, then the index: 12 digits and the GS1 check digit.
    const std::string payload = QStringLiteral("062100%1").arg(productIndex + 1, 6, 10, QLatin1Char('0')).toStdString();
    return QString::fromStdString(payload + std::to_string(domain::Barcode::checkDigit(payload)));
}

void DemoData::prepare(const QString& dataDir) {
    QDir().mkpath(dataDir);
    QFile::setPermissions(dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const client::DeviceCredentialFile file(dataDir + QStringLiteral("/device.json"));
    if (file.load()) {
        return;
    }
    file.save(client::DeviceIdentity{.deviceId = domain::DeviceId::parse(kDeviceId),
                                     .storeId = domain::StoreId::parse(kStoreId),
                                     .name = "Démo",
                                     .credential = "dc_demo_not_a_secret"});
}

void DemoData::fill(client::Terminal& terminal) {
    if (terminal.catalogue().count() > 0) {
        return;
    }
    terminal.journal().transaction([&] {
        terminal.stores().upsert(client::StoreProfile{.id = kStoreId,
                                                      .name = "Magasin Central (démo)",
                                                      .address = "1234, rue Saint-Denis, Montréal (Québec) H2X 3K2",
                                                      .taxProfile = domain::TaxProfile::quebec(),
                                                      .maxOfflineWindowHours = 72});
        // Cheaper Argon2 parameters than production: demo PINs protect nothing and the first start must be quick.
        terminal.staff().upsert(client::StaffRecord{.id = "0192d0e0-0000-7000-8000-00000000a001",
                                                    .employeeCode = kCashierCode,
                                                    .name = "Julie Roy",
                                                    .role = domain::Role::kCashier,
                                                    .storeId = kStoreId,
                                                    .pinVerifier = client::PinVerifier::hash(kCashierPin, 1024, 1),
                                                    .active = true});
        terminal.staff().upsert(client::StaffRecord{.id = "0192d0e0-0000-7000-8000-00000000a002",
                                                    .employeeCode = kManagerCode,
                                                    .name = "Marc Gagnon",
                                                    .role = domain::Role::kManager,
                                                    .storeId = kStoreId,
                                                    .pinVerifier = client::PinVerifier::hash(kManagerPin, 1024, 1),
                                                    .active = true});
        for (int i = 0; i < productCount(); ++i) {
            const auto& p = kProducts[static_cast<std::size_t>(i)];
            const std::string id = productId(i);
            terminal.catalogue().upsert(client::CachedProduct{
                .id = id,
                .name = p.name,
                .category = p.category,
                .priceCents = p.priceCents,
                .description = {},
                .sku = QStringLiteral("DEMO-%1").arg(i + 1, 3, 10, QLatin1Char('0')).toStdString(),
                .barcodes = {barcodeOf(i).toStdString()},
                .taxable = p.taxable,
                .active = true});
            terminal.stock().setLevel(id, p.stock, "2026-01-01T00:00:00Z");
        }
    });
}

}  // namespace magasin::ui
