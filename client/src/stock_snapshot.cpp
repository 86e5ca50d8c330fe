#include "magasin/client/stock_snapshot.hpp"

#include "magasin/client/journal.hpp"

namespace magasin::client {

void StockSnapshot::setLevel(const std::string& productId, std::int64_t level, const std::string& updatedAt) {
    m_journal.exec(
        QStringLiteral("INSERT INTO stock (product_id, level, server_level, updated_at) VALUES (?, ?, ?, ?)"
                       " ON CONFLICT (product_id) DO UPDATE SET level = excluded.level,"
                       " server_level = excluded.server_level, updated_at = excluded.updated_at"),
        {QString::fromStdString(productId), qint64(level), qint64(level), QString::fromStdString(updatedAt)});
}

void StockSnapshot::adjust(const std::string& productId, std::int64_t delta) {
    m_journal.run(QStringLiteral("INSERT INTO stock (product_id, level, server_level, updated_at) VALUES (?, ?, 0, '')"
                                 " ON CONFLICT (product_id) DO UPDATE SET level = level + excluded.level"),
                  {QString::fromStdString(productId), qint64(delta)});
}

void StockSnapshot::clear() {
    m_journal.exec(QStringLiteral("DELETE FROM stock"));
}

std::optional<std::int64_t> StockSnapshot::levelOf(const std::string& productId) {
    QSqlQuery row = m_journal.exec(QStringLiteral("SELECT level FROM stock WHERE product_id = ?"),
                                   {QString::fromStdString(productId)});
    if (!row.next()) {
        return std::nullopt;
    }
    return row.value(0).toLongLong();
}

}  // namespace magasin::client
