#include "magasin/client/print_queue.hpp"

#include "magasin/client/client_error.hpp"
#include "magasin/client/escpos_renderer.hpp"
#include "magasin/client/journal.hpp"
#include "magasin/client/receipt_printer.hpp"
#include "magasin/domain/time.hpp"

namespace magasin::client {
namespace {

QString now() {
    return QString::fromStdString(domain::toIso8601(domain::systemClock()()));
}

}  // namespace

std::int64_t PrintQueue::enqueue(const Receipt& receipt) {
    QSqlQuery q = m_journal.exec(
        QStringLiteral(
            "INSERT INTO print_jobs (sale_id, receipt, reprint, state, created_at) VALUES (?, ?, 0, 'pending', ?)"),
        {QString::fromStdString(receipt.saleId), QString::fromStdString(receipt.toJson().dump()), now()});
    return q.lastInsertId().toLongLong();
}

std::int64_t PrintQueue::reprint(const std::string& saleId) {
    const auto receipt = receiptOf(saleId);
    if (!receipt) {
        throw ClientError(ClientError::kNotFound, "No receipt for sale " + saleId + " on this terminal");
    }
    QSqlQuery q = m_journal.exec(
        QStringLiteral(
            "INSERT INTO print_jobs (sale_id, receipt, reprint, state, created_at) VALUES (?, ?, 1, 'pending', ?)"),
        {QString::fromStdString(saleId), QString::fromStdString(receipt->toJson().dump()), now()});
    return q.lastInsertId().toLongLong();
}

int PrintQueue::printPending(ReceiptPrinter& printer) {
    const EscPosRenderer renderer;
    int printed = 0;
    for (const auto& job : pending()) {
        QSqlQuery row = m_journal.exec(QStringLiteral("SELECT receipt FROM print_jobs WHERE id = ?"), {qint64(job.id)});
        if (!row.next()) {
            continue;
        }
        const Receipt receipt = Receipt::fromJson(nlohmann::json::parse(row.value(0).toString().toStdString()));
        QByteArray bytes = renderer.render(receipt);
        if (job.reprint) {
            // A reprint says so at the top, so that it cannot pass for a second sale.
            bytes.insert(2, EscPosRenderer::toCp858(QStringLiteral("*** DUPLICATA ***\n")));
        }
        try {
            printer.print(bytes);
        } catch (const std::exception& e) {
            m_journal.exec(QStringLiteral("UPDATE print_jobs SET attempts = attempts + 1, last_error = ? WHERE id = ?"),
                           {QString::fromUtf8(e.what()), qint64(job.id)});
            break;
        }
        m_journal.exec(QStringLiteral("UPDATE print_jobs SET state = 'printed', attempts = attempts + 1, printed_at = ?"
                                      " WHERE id = ?"),
                       {now(), qint64(job.id)});
        ++printed;
    }
    return printed;
}

std::vector<PrintJob> PrintQueue::pending() {
    QSqlQuery rows =
        m_journal.exec(QStringLiteral("SELECT id, sale_id, reprint, state, attempts, last_error FROM print_jobs WHERE "
                                      "state = 'pending' ORDER BY id"));
    std::vector<PrintJob> out;
    while (rows.next()) {
        out.push_back({rows.value(0).toLongLong(), rows.value(1).toString().toStdString(), rows.value(2).toBool(),
                       rows.value(3).toString().toStdString(), rows.value(4).toInt(),
                       rows.value(5).toString().toStdString()});
    }
    return out;
}

std::optional<Receipt> PrintQueue::receiptOf(const std::string& saleId) {
    QSqlQuery row = m_journal.exec(
        QStringLiteral("SELECT receipt FROM print_jobs WHERE sale_id = ? AND reprint = 0 ORDER BY id LIMIT 1"),
        {QString::fromStdString(saleId)});
    if (!row.next()) {
        return std::nullopt;
    }
    return Receipt::fromJson(nlohmann::json::parse(row.value(0).toString().toStdString()));
}

}  // namespace magasin::client
