// Demo mode: a terminal that sells with no server at all, on a local demo store (its staff, catalogue and stock).
// Usage: DemoData::prepare(dir); client::Terminal t({dir, {}, false}); DemoData::fill(t);  // cashier 1001 / 1111
#pragma once

#include <QString>

namespace magasin::client {
class Terminal;
}

namespace magasin::ui {

class DemoData {
public:
    // The same codes and PINs as commandes' demo data (development only).
    static constexpr const char* kCashierCode = "1001";
    static constexpr const char* kCashierPin = "1111";
    static constexpr const char* kManagerCode = "1002";
    static constexpr const char* kManagerPin = "1919";

    // Writes the demo device credential in `dataDir` unless one is there (Terminal reads it at construction).
    static void prepare(const QString& dataDir);
    // Seeds the store, its staff, the catalogue and the stock levels when the journal has no product yet.
    static void fill(client::Terminal& terminal);
    // The demo catalogue's barcodes in catalogue order (valid EAN-13), for tests and the README.
    static QString barcodeOf(int productIndex);
    static int productCount();
};

}  // namespace magasin::ui
