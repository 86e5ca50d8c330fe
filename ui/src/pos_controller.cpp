#include "magasin/ui/pos_controller.hpp"

#include <QDir>
#include <QLocale>

#include "magasin/client/client_error.hpp"
#include "magasin/client/escpos_renderer.hpp"
#include "magasin/client/pdf_receipt_renderer.hpp"
#include "magasin/client/receipt_printer.hpp"
#include "magasin/client/terminal.hpp"
#include "magasin/domain/barcode.hpp"
#include "magasin/domain/domain_error.hpp"
#include "magasin/domain/reason.hpp"
#include "magasin/ui/money_text.hpp"

namespace magasin::ui {

PosController::PosController(client::Terminal& terminal, QString receiptsDir, QString printerHost, bool demo,
                             QObject* parent)
    : QObject(parent),
      m_terminal(terminal),
      m_receiptsDir(std::move(receiptsDir)),
      m_printerHost(std::move(printerHost)),
      m_demo(demo) {
    connect(&m_cart, &CartModel::linesChanged, this, &PosController::totalsChanged);
}

void PosController::login(const QString& employeeCode, const QString& pin) {
    m_session = m_terminal.sessions().login(employeeCode.trimmed().toStdString(), pin.toStdString());
    m_cart.clear();
    Q_EMIT sessionChanged();
}

void PosController::logout() {
    m_session.reset();
    m_lastReceipt.reset();
    m_cart.clear();
    m_results.setResults({});
    Q_EMIT sessionChanged();
}

bool PosController::isManager() const {
    return m_session && m_session->role == domain::Role::kManager;
}

QString PosController::storeName() {
    if (!m_terminal.identity()) {
        return {};
    }
    const auto store = m_terminal.stores().byId(m_terminal.identity()->storeId.toString());
    return store ? QString::fromStdString(store->name) : QString();
}

ScanResult PosController::scan(const QString& digits) {
    if (!m_session) {
        return ScanResult::kNoSession;
    }
    std::string code;
    try {
        code = domain::Barcode::parse(digits.toStdString()).digits();
    } catch (const domain::DomainError&) {
        return ScanResult::kInvalidBarcode;
    }
    const auto product = m_terminal.catalogue().byBarcode(code);
    if (!product) {
        return ScanResult::kUnknownProduct;
    }
    m_cart.add(*product);
    return ScanResult::kAdded;
}

int PosController::search(const QString& text) {
    std::vector<ProductHit> hits;
    for (auto& product : m_terminal.catalogue().search(text, 20)) {
        auto stock = m_terminal.stock().levelOf(product.id);
        hits.push_back(ProductHit{std::move(product), stock});
    }
    const int count = static_cast<int>(hits.size());
    m_results.setResults(std::move(hits));
    return count;
}

void PosController::addProduct(const client::CachedProduct& product) {
    m_cart.add(product);
}

domain::Totals PosController::totals() {
    if (m_cart.isEmpty()) {
        return domain::Totals{};
    }
    return m_terminal.registerDesk().totalsOf(m_cart.lines());
}

client::RecordedSale PosController::checkout(const std::vector<domain::Payment>& payments) {
    if (!m_session) {
        throw client::ClientError(client::ClientError::kWrongCredentials, "Nobody is logged in");
    }
    auto recorded = m_terminal.registerDesk().recordSale(*m_session, m_cart.lines(), payments);
    // The sale is committed: from here on nothing may undo it, and a receipt problem is only reported.
    m_cart.clear();
    m_results.setResults({});
    m_lastReceipt = recorded.receipt;
    try {
        QDir().mkpath(m_receiptsDir);
        client::PdfReceiptRenderer().render(recorded.receipt, receiptPath(QString::fromStdString(recorded.saleId)));
    } catch (const std::exception&) {
        // The receipt stays in the print queue and can be printed again from there.
    }
    printPending();
    if (auto* agent = m_terminal.syncAgent()) {
        agent->syncNow();
    }
    Q_EMIT saleCompleted(QString::fromStdString(recorded.saleId), recorded.changeDueCents);
    return recorded;
}

QString PosController::receiptPath(const QString& saleId) const {
    return m_receiptsDir + QStringLiteral("/") + saleId + QStringLiteral(".pdf");
}

void PosController::printPending() {
    if (m_printerHost.isEmpty()) {
        return;
    }
    try {
        client::RawTcpPrinter printer(m_printerHost);
        m_terminal.printQueue().printPending(printer);
    } catch (const std::exception&) {
        // The job stays pending with its error; the status bar shows how many wait.
    }
}

void PosController::reprintLast() {
    if (!m_lastReceipt) {
        throw client::ClientError(client::ClientError::kNotFound, "No sale since login: nothing to reprint");
    }
    m_terminal.printQueue().reprint(m_lastReceipt->saleId);
    printPending();
}

int PosController::pendingReceipts() {
    return static_cast<int>(m_terminal.printQueue().pending().size());
}

QString PosController::receiptText(const client::Receipt& r) {
    QStringList out;
    out << QString::fromStdString(r.storeName) << QString::fromStdString(r.storeAddress);
    const auto at = QDateTime::fromString(QString::fromStdString(r.at), Qt::ISODateWithMs);
    out << (at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString::fromStdString(r.at));
    out << tr("Cashier: %1").arg(QString::fromStdString(r.cashierName));
    out << QString(32, QLatin1Char('-'));
    for (const auto& line : r.lines) {
        out << QStringLiteral("%1 x %2").arg(line.quantity).arg(QString::fromStdString(line.name));
        out << QStringLiteral("%1").arg(formatMoney(line.totalCents), 32);
    }
    out << QString(32, QLatin1Char('-'));
    out << QStringLiteral("%1%2").arg(tr("Subtotal"), -16).arg(formatMoney(r.subtotalCents), 16);
    for (const auto& tax : r.taxes) {
        const QString name = tax.code == "GST"   ? tr("GST")
                             : tax.code == "QST" ? tr("QST")
                                                 : QString::fromStdString(tax.code);
        out << QStringLiteral("%1%2").arg(name, -16).arg(formatMoney(tax.amountCents), 16);
    }
    out << QStringLiteral("%1%2").arg(tr("TOTAL"), -16).arg(formatMoney(r.totalCents), 16);
    for (const auto& p : r.payments) {
        const QString method = p.method == "card" ? tr("Card") : tr("Cash");
        out << QStringLiteral("%1%2").arg(method, -16).arg(formatMoney(p.amountCents), 16);
    }
    if (r.changeCents != 0) {
        out << QStringLiteral("%1%2").arg(tr("Change"), -16).arg(formatMoney(r.changeCents), 16);
    }
    out << tr("Sale %1").arg(QString::fromStdString(r.saleId));
    return out.join(QLatin1Char('\n'));
}

void PosController::cancelSale(const QString& saleId, const QString& reason, const QString& managerCode,
                               const QString& managerPin) {
    if (!m_session) {
        throw client::ClientError(client::ClientError::kWrongCredentials, "Nobody is logged in");
    }
    // The reason rule first, so that a manager is not asked for a PIN for a cancellation that would be refused.
    domain::Reason::parse(reason.toStdString());
    std::optional<domain::Actor> override;
    if (!isManager()) {
        if (managerCode.trimmed().isEmpty() || managerPin.isEmpty()) {
            throw client::ClientError(client::ClientError::kOverrideRefused,
                                      "A cashier cancels a sale with a manager's code and PIN");
        }
        override = m_terminal.sessions().managerOverride(managerCode.trimmed().toStdString(), managerPin.toStdString(),
                                                         "cancel_sale", saleId.toStdString(), *m_session);
    }
    m_terminal.registerDesk().cancelSale(*m_session, saleId.toStdString(), reason.toStdString(), override);
    if (auto* agent = m_terminal.syncAgent()) {
        agent->syncNow();
    }
}

void PosController::requestReplenishment(const QString& productId, std::int64_t quantity) {
    if (!m_session) {
        throw client::ClientError(client::ClientError::kWrongCredentials, "Nobody is logged in");
    }
    m_terminal.registerDesk().requestReplenishment(*m_session, productId.toStdString(), quantity);
}

std::vector<client::LocalSale> PosController::recentSales() {
    return m_terminal.registerDesk().recentSales(50);
}

client::SyncStatus PosController::syncStatus() {
    client::SyncStatus status;
    if (auto* agent = m_terminal.syncAgent()) {
        status = agent->status();
    } else {
        status.lockHeld = true;
    }
    // The agent publishes between rounds; the outbox in the journal is the truth right after a sale.
    try {
        status.pending = m_terminal.outbox().pendingCount();
    } catch (const std::exception&) {
        status.pending = 0;  // not enrolled: nothing can be pending
    }
    return status;
}

QString PosController::errorMessage(const std::exception& error) {
    if (const auto* e = dynamic_cast<const client::ClientError*>(&error)) {
        switch (e->code()) {
            case client::ClientError::kWrongCredentials: return tr("Wrong employee code or PIN.");
            case client::ClientError::kStaffDisabled: return tr("This employee is disabled. See a manager.");
            case client::ClientError::kOtherStore: return tr("This employee belongs to another store.");
            case client::ClientError::kThrottled: return tr("Too many wrong PINs: wait a moment, then try again.");
            case client::ClientError::kNotEnrolled:
                return tr("This terminal is not enrolled: a manager must enrol it first.");
            case client::ClientError::kOverrideRefused:
                return tr("A manager's code and PIN are needed (and must be right).");
            case client::ClientError::kUnreachable:
                return tr("The server cannot be reached. Check the network, or use demo mode.");
            case client::ClientError::kServer: return tr("The server refused: %1").arg(QString::fromUtf8(e->what()));
            case client::ClientError::kNotFound: return tr("Not found on this terminal.");
            case client::ClientError::kInvalid:
                // The domain's own message (English): the rules a cashier meets most are checked by the screens
                // first with translated messages; this is the rest.
                return tr("Refused: %1").arg(QString::fromUtf8(e->what()));
            case client::ClientError::kJournal:
                return tr("The local journal cannot be written: %1").arg(QString::fromUtf8(e->what()));
        }
    }
    if (const auto* d = dynamic_cast<const domain::DomainError*>(&error)) {
        const std::string& rule = d->rule();
        if (rule == "reason.length" || rule == "reason.letter" || rule == "reason") {
            return tr("Give a reason of at least %1 characters, with words.").arg(domain::Reason::kMinLength);
        }
        if (rule == "quantity.range" || rule == "quantity") {
            return tr("The quantity must be between 1 and 10000.");
        }
        if (rule == "payment.card.reference.length" || rule == "payment.card.reference.card_number") {
            return tr("Type the payment terminal's reference, not the card number.");
        }
        return tr("Refused: %1").arg(QString::fromUtf8(d->what()));
    }
    return tr("Unexpected error: %1").arg(QString::fromUtf8(error.what()));
}

}  // namespace magasin::ui
