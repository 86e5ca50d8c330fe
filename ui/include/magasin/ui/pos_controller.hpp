// What the POS screen does, between the widgets and the client core: login, scan, search, cart, payment, cancel,
// replenishment. Widgets call it and show its translated errors; it alone talks to client::Terminal.
// Usage: PosController pos(terminal, receiptsDir); pos.login("1001", "1111"); pos.scan("0621000000017");
#pragma once

#include <QObject>
#include <QString>

#include <exception>
#include <optional>
#include <vector>

#include "magasin/client/sale_register.hpp"
#include "magasin/client/staff_session.hpp"
#include "magasin/client/sync_status.hpp"
#include "magasin/domain/tax_profile.hpp"
#include "magasin/ui/cart_model.hpp"
#include "magasin/ui/product_search_model.hpp"

namespace magasin::client {
class Terminal;
}

namespace magasin::ui {

enum class ScanResult { kAdded, kInvalidBarcode, kUnknownProduct, kNoSession };

class PosController : public QObject {
    Q_OBJECT

public:
    // `receiptsDir`: where each sale's PDF receipt is written. `printerHost`: a raw TCP 9100 printer, empty: none.
    PosController(client::Terminal& terminal, QString receiptsDir, QString printerHost = {}, bool demo = false,
                  QObject* parent = nullptr);

    // Throws client::ClientError (see SessionService::login).
    void login(const QString& employeeCode, const QString& pin);
    void logout();
    [[nodiscard]] const std::optional<client::StaffSession>& session() const { return m_session; }
    [[nodiscard]] bool isManager() const;
    [[nodiscard]] bool isDemo() const { return m_demo; }
    [[nodiscard]] QString storeName();

    CartModel* cart() { return &m_cart; }
    ProductSearchModel* searchResults() { return &m_results; }

    // Validates the check digit with domain::Barcode, then looks the code up in the local catalogue.
    ScanResult scan(const QString& digits);
    // Instant results for the typed text (FTS5, local): fills searchResults(); returns how many.
    int search(const QString& text);
    void addProduct(const client::CachedProduct& product);
    [[nodiscard]] domain::Totals totals();

    // Records the sale (one journal transaction), clears the cart, writes the PDF receipt and prints what waits.
    // Throws client::ClientError (kInvalid with the domain's message: short payment...).
    client::RecordedSale checkout(const std::vector<domain::Payment>& payments);
    [[nodiscard]] QString receiptPath(const QString& saleId) const;
    [[nodiscard]] std::optional<client::Receipt> lastReceipt() const { return m_lastReceipt; }
    // Queues a reprint (marked as a duplicate) of the last sale's receipt and prints what waits. Throws
    // client::ClientError kNotFound when no sale was made since login.
    void reprintLast();
    // A receipt as plain text for the screen (the same content as the printed one).
    static QString receiptText(const client::Receipt& receipt);

    // A manager cancels directly; a cashier needs a manager's code and PIN (checked locally, audited).
    // Throws client::ClientError kOverrideRefused, kNotFound, kInvalid.
    void cancelSale(const QString& saleId, const QString& reason, const QString& managerCode = {},
                    const QString& managerPin = {});
    // Queues a CreateReplenishmentRequest (sent when supply-chain is reachable). Throws ClientError kInvalid.
    void requestReplenishment(const QString& productId, std::int64_t quantity);
    [[nodiscard]] std::vector<client::LocalSale> recentSales();

    // For the status bar: the agent's status when syncing, else the outbox as the journal says (demo, offline).
    [[nodiscard]] client::SyncStatus syncStatus();
    [[nodiscard]] int pendingReceipts();

    // A message a cashier can act on, in the UI's language, for any exception the core throws.
    static QString errorMessage(const std::exception& error);

Q_SIGNALS:
    void sessionChanged();
    void totalsChanged();
    void saleCompleted(const QString& saleId, qint64 changeDueCents);

private:
    void printPending();

    client::Terminal& m_terminal;
    QString m_receiptsDir;
    QString m_printerHost;
    bool m_demo;
    std::optional<client::StaffSession> m_session;
    std::optional<client::Receipt> m_lastReceipt;
    CartModel m_cart;
    ProductSearchModel m_results;
};

}  // namespace magasin::ui
