#include "magasin/client/sale_register.hpp"

#include "magasin/client/client_error.hpp"
#include "magasin/client/journal.hpp"
#include "magasin/client/outbox.hpp"
#include "magasin/client/print_queue.hpp"
#include "magasin/client/stock_snapshot.hpp"
#include "magasin/client/store_profile.hpp"
#include "magasin/domain/domain_error.hpp"

namespace magasin::client {
namespace {

using nlohmann::json;

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

// Runs a domain rule and turns its refusal into the client's error, with the rule's own message.
template <typename F>
auto guarded(F&& f) -> decltype(f()) {
    try {
        return f();
    } catch (const domain::DomainError& e) {
        throw ClientError(ClientError::kInvalid, e.what());
    }
}

std::vector<domain::SaleLine> saleLines(const std::vector<CartLine>& lines) {
    std::vector<domain::SaleLine> out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto& l = lines[i];
        std::optional<domain::LineDiscount> discount;
        if (l.discountCents != 0) {
            if (!l.discountApprovedBy) {
                throw ClientError(ClientError::kOverrideRefused, "A discount needs a manager's approval");
            }
            discount = domain::LineDiscount{domain::Money::fromCents(l.discountCents), *l.discountApprovedBy};
        }
        const std::string field = "lines[" + std::to_string(i) + "]";
        out.push_back(domain::SaleLine::of(domain::ProductId::parse(l.productId, field + ".product_id"), l.name,
                                           domain::Price::fromCents(l.unitPriceCents),
                                           domain::Quantity::of(l.quantity, field + ".quantity"), l.taxable, discount));
    }
    return out;
}

json salePayload(const domain::Sale& sale) {
    json lines = json::array();
    for (const auto& line : sale.lines()) {
        json j = {{"product_id", line.product().toString()},
                  {"name", line.name()},
                  {"unit_price_cents", line.unitPrice().cents()},
                  {"quantity", line.quantity().value()},
                  {"taxable", line.isTaxable()}};
        if (line.discount()) {
            j["discount_cents"] = line.discount()->amount.cents();
            j["discount_approved_by"] = line.discount()->approvedBy.id.toString();
        }
        lines.push_back(std::move(j));
    }
    json payments = json::array();
    for (const auto& p : sale.payments()) {
        json j = {{"method", p.method() == domain::PaymentMethod::kCash ? "cash" : "card"},
                  {"amount_cents", p.amount().cents()}};
        if (p.method() == domain::PaymentMethod::kCard) {
            j["reference"] = p.reference();
        }
        payments.push_back(std::move(j));
    }
    const auto& t = sale.totals();
    json taxes = json::array();
    for (const auto& tax : t.taxes) {
        taxes.push_back({{"code", tax.code}, {"amount_cents", tax.amount.cents()}});
    }
    // The terminal's totals travel with the sale: the server recomputes and flags a difference, never rewrites.
    return {{"id", sale.id().toString()},
            {"store_id", sale.store().toString()},
            {"device_id", sale.device()->toString()},
            {"staff_id", sale.staff()->toString()},
            {"at", domain::toIso8601(sale.at())},
            {"channel", "store"},
            {"lines", std::move(lines)},
            {"payments", std::move(payments)},
            {"totals",
             {{"subtotal_cents", t.subtotal.cents()},
              {"taxable_subtotal_cents", t.taxableSubtotal.cents()},
              {"taxes", std::move(taxes)},
              {"tax_total_cents", t.taxTotal.cents()},
              {"total_cents", t.total.cents()}}}};
}

}  // namespace

SaleRegister::SaleRegister(Journal& journal, Outbox& outbox, domain::StoreId store, domain::Clock clock)
    : m_journal(journal), m_outbox(outbox), m_store(store), m_clock(clock), m_ids(clock, domain::systemRandom()) {}

domain::Totals SaleRegister::totalsOf(const std::vector<CartLine>& lines) {
    const auto profile = StoreProfiles(m_journal).byId(m_store.toString()).value_or(StoreProfile{}).taxProfile;
    return guarded([&] {
        domain::Money subtotal = domain::Money::zero();
        domain::Money taxable = domain::Money::zero();
        for (const auto& line : saleLines(lines)) {
            subtotal += line.total();
            if (line.isTaxable()) {
                taxable += line.total();
            }
        }
        return domain::computeTotals(profile, subtotal, taxable);
    });
}

RecordedSale SaleRegister::recordSale(const StaffSession& cashier, const std::vector<CartLine>& lines,
                                      const std::vector<domain::Payment>& payments) {
    const auto store = StoreProfiles(m_journal).byId(m_store.toString()).value_or(StoreProfile{});
    const domain::Sale sale = guarded([&] {
        domain::NewSale draft;
        draft.id = domain::SaleId(m_ids.next());
        draft.store = m_store;
        draft.device = m_outbox.device();
        draft.staff = cashier.staffId;
        draft.at = m_clock();
        draft.channel = domain::SaleChannel::kStore;
        draft.lines = saleLines(lines);
        draft.payments = payments;
        return domain::Sale::record(std::move(draft), store.taxProfile);
    });
    RecordedSale recorded;
    recorded.saleId = sale.id().toString();
    recorded.receipt = Receipt::fromSale(sale, store.name, store.address, cashier.name);
    recorded.changeDueCents = sale.changeDue().cents();
    const json payload = salePayload(sale);
    // One transaction: the sale exists locally, is queued for commandes, has moved the local stock and has a receipt
    // job, or none of it happened.
    m_journal.transaction([&] {
        json document = payload;
        document["change_due_cents"] = recorded.changeDueCents;
        m_journal.exec(QStringLiteral("INSERT INTO local_sales (id, at, staff_id, status, total_cents, document)"
                                      " VALUES (?, ?, ?, 'active', ?, ?)"),
                       {q(recorded.saleId), q(domain::toIso8601(sale.at())), q(cashier.staffId.toString()),
                        qint64(sale.totals().total.cents()), q(document.dump())});
        recorded.command = m_outbox.append("RecordSale", cashier.staffId, payload);
        StockSnapshot stock(m_journal);
        for (const auto& line : sale.lines()) {
            stock.adjust(line.product().toString(), -line.quantity().value());
        }
        PrintQueue(m_journal).enqueue(recorded.receipt);
    });
    return recorded;
}

sync::Command SaleRegister::cancelSale(const StaffSession& who, const std::string& saleId, const std::string& reason,
                                       const std::optional<domain::Actor>& managerOverride) {
    const auto parsedReason = guarded([&] { return domain::Reason::parse(reason); });
    if (who.role != domain::Role::kManager && (!managerOverride || managerOverride->role != domain::Role::kManager)) {
        throw ClientError(ClientError::kOverrideRefused, "A cashier cancels a sale with a manager's code and PIN");
    }
    return m_journal.transaction([&] {
        QSqlQuery row =
            m_journal.exec(QStringLiteral("SELECT status, document FROM local_sales WHERE id = ?"), {q(saleId)});
        if (!row.next()) {
            throw ClientError(ClientError::kNotFound, "No sale " + saleId + " on this terminal");
        }
        if (row.value(0).toString() != QLatin1String("active")) {
            throw ClientError(ClientError::kInvalid, "This sale is already cancelled");
        }
        const json document = json::parse(row.value(1).toString().toStdString());
        json payload = {{"sale_id", saleId}, {"reason", parsedReason.text()}};
        if (who.role != domain::Role::kManager) {
            payload["approved_by"] = managerOverride->id.toString();
        }
        m_journal.exec(QStringLiteral("UPDATE local_sales SET status = 'cancelled' WHERE id = ?"), {q(saleId)});
        StockSnapshot stock(m_journal);
        for (const auto& line : document.at("lines")) {
            stock.adjust(line.at("product_id").get<std::string>(), line.at("quantity").get<std::int64_t>());
        }
        return m_outbox.append("CancelSale", who.staffId, payload);
    });
}

sync::Command SaleRegister::requestReplenishment(const StaffSession& who, const std::string& productId,
                                                 std::int64_t quantity) {
    const auto q = guarded([&] { return domain::Quantity::of(quantity); });
    const auto product = guarded([&] { return domain::ProductId::parse(productId, "product_id"); });
    const json payload = {{"id", m_ids.next().toString()},
                          {"product_id", product.toString()},
                          {"store_id", m_store.toString()},
                          {"quantity", q.value()},
                          {"requested_by", who.staffId.toString()}};
    return m_outbox.append("CreateReplenishmentRequest", who.staffId, payload);
}

std::vector<LocalSale> SaleRegister::recentSales(int limit) {
    QSqlQuery rows = m_journal.exec(
        QStringLiteral(
            "SELECT id, at, staff_id, status, total_cents FROM local_sales ORDER BY at DESC, id DESC LIMIT ?"),
        {limit});
    std::vector<LocalSale> out;
    while (rows.next()) {
        out.push_back({rows.value(0).toString().toStdString(), rows.value(1).toString().toStdString(),
                       rows.value(2).toString().toStdString(), rows.value(3).toString().toStdString(),
                       rows.value(4).toLongLong()});
    }
    return out;
}

std::int64_t SaleRegister::saleCount() {
    QSqlQuery row = m_journal.exec(QStringLiteral("SELECT count(*) FROM local_sales"));
    return row.next() ? row.value(0).toLongLong() : 0;
}

}  // namespace magasin::client
