#include "magasin/client/catalogue_cache.hpp"

#include <QStringList>

#include <algorithm>

#include "magasin/client/journal.hpp"
#include "magasin/domain/product_search.hpp"

namespace magasin::client {
namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

constexpr const char* kColumns =
    "p.rid, p.id, p.name, p.category, p.price_cents, p.description, p.sku, p.taxable, p.active";

CachedProduct productAt(Journal& journal, QSqlQuery& row) {
    CachedProduct p;
    const qint64 rid = row.value(0).toLongLong();
    p.id = row.value(1).toString().toStdString();
    p.name = row.value(2).toString().toStdString();
    p.category = row.value(3).toString().toStdString();
    p.priceCents = row.value(4).toLongLong();
    p.description = row.value(5).toString().toStdString();
    p.sku = row.value(6).toString().toStdString();
    p.taxable = row.value(7).toBool();
    p.active = row.value(8).toBool();
    QSqlQuery codes =
        journal.exec(QStringLiteral("SELECT code FROM barcodes WHERE product_rid = ? ORDER BY code"), {rid});
    while (codes.next()) {
        p.barcodes.push_back(codes.value(0).toString().toStdString());
    }
    return p;
}

// What the index holds for a product: every searchable field, folded the same way as the queries.
QString indexText(const CachedProduct& p) {
    return q(domain::foldForSearch(p.name + " " + p.description + " " + p.sku + " " + p.category));
}

}  // namespace

void CatalogueCache::upsert(const CachedProduct& p) {
    m_journal.transaction([&] {
        QSqlQuery existing = m_journal.exec(QStringLiteral("SELECT rid FROM products WHERE id = ?"), {q(p.id)});
        qint64 rid = 0;
        if (existing.next()) {
            rid = existing.value(0).toLongLong();
            m_journal.exec(
                QStringLiteral("UPDATE products SET name = ?, category = ?, price_cents = ?, description = ?,"
                               " sku = ?, taxable = ?, active = ? WHERE rid = ?"),
                {q(p.name), q(p.category), qint64(p.priceCents), q(p.description), q(p.sku), p.taxable, p.active, rid});
            m_journal.run(QStringLiteral("DELETE FROM barcodes WHERE product_rid = ?"), {rid});
            m_journal.run(QStringLiteral("DELETE FROM product_search WHERE rowid = ?"), {rid});
        } else {
            rid =
                m_journal
                    .run(QStringLiteral(
                             "INSERT INTO products (id, name, category, price_cents, description, sku, taxable, active)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                         {q(p.id), q(p.name), q(p.category), qint64(p.priceCents), q(p.description), q(p.sku),
                          p.taxable, p.active})
                    .toLongLong();
        }
        for (const auto& code : p.barcodes) {
            // A barcode moved from another product (the catalogue keeps them unique among active ones): last wins.
            m_journal.run(QStringLiteral("INSERT OR REPLACE INTO barcodes (code, product_rid) VALUES (?, ?)"),
                          {q(code), rid});
        }
        if (p.active) {
            m_journal.run(QStringLiteral("INSERT INTO product_search (rowid, folded) VALUES (?, ?)"),
                          {rid, indexText(p)});
        }
    });
}

void CatalogueCache::remove(const std::string& productId) {
    m_journal.transaction([&] {
        QSqlQuery existing = m_journal.exec(QStringLiteral("SELECT rid FROM products WHERE id = ?"), {q(productId)});
        if (!existing.next()) {
            return;
        }
        const qint64 rid = existing.value(0).toLongLong();
        m_journal.run(QStringLiteral("DELETE FROM product_search WHERE rowid = ?"), {rid});
        m_journal.run(QStringLiteral("DELETE FROM barcodes WHERE product_rid = ?"), {rid});
        m_journal.run(QStringLiteral("DELETE FROM products WHERE rid = ?"), {rid});
    });
}

void CatalogueCache::clear() {
    m_journal.transaction([&] {
        m_journal.exec(QStringLiteral("DELETE FROM product_search"));
        m_journal.exec(QStringLiteral("DELETE FROM barcodes"));
        m_journal.exec(QStringLiteral("DELETE FROM products"));
    });
}

std::optional<CachedProduct> CatalogueCache::byId(const std::string& productId) {
    QSqlQuery row = m_journal.exec(
        QStringLiteral("SELECT %1 FROM products p WHERE p.id = ?").arg(QLatin1String(kColumns)), {q(productId)});
    if (!row.next()) {
        return std::nullopt;
    }
    return productAt(m_journal, row);
}

std::optional<CachedProduct> CatalogueCache::byBarcode(const std::string& digits) {
    QSqlQuery row = m_journal.exec(
        QStringLiteral("SELECT %1 FROM barcodes b JOIN products p ON p.rid = b.product_rid WHERE b.code = ?")
            .arg(QLatin1String(kColumns)),
        {q(digits)});
    if (!row.next()) {
        return std::nullopt;
    }
    return productAt(m_journal, row);
}

std::vector<CachedProduct> CatalogueCache::search(const QString& text, int limit) {
    // Each folded word becomes a quoted prefix term, so that no user input is read as FTS5 syntax.
    const QString folded = q(domain::foldForSearch(text.toStdString()));
    QStringList terms;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty()) {
            terms << QStringLiteral("\"") + word + QStringLiteral("\"*");
            word.clear();
        }
    };
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else {
            flush();
        }
    }
    flush();
    std::vector<CachedProduct> out;
    // One typed letter would rank a large share of the catalogue on every keystroke (300,000 products: tens of
    // milliseconds); the cashier sees results from the second letter on.
    if (terms.isEmpty() || limit <= 0 || folded.trimmed().size() < 2) {
        return out;
    }
    // Relevance (bm25) and the price tie-break are computed for the first kCandidates matches only: ranking every
    // match of a short prefix ("ca" matches tens of thousands of a 300,000-product catalogue) costs hundreds of
    // milliseconds per keystroke. Once the typed words match fewer products than that, the order is exact.
    const int candidates = std::max(limit, kCandidates);
    QSqlQuery rows = m_journal.exec(
        QStringLiteral("SELECT %1 FROM (SELECT rowid AS rid, rank FROM product_search WHERE product_search MATCH ?"
                       " LIMIT ?) s JOIN products p ON p.rid = s.rid WHERE p.active = 1"
                       " ORDER BY s.rank, p.price_cents LIMIT ?")
            .arg(QLatin1String(kColumns)),
        {terms.join(QLatin1Char(' ')), candidates, limit});
    while (rows.next()) {
        out.push_back(productAt(m_journal, rows));
    }
    return out;
}

std::int64_t CatalogueCache::count() {
    QSqlQuery row = m_journal.exec(QStringLiteral("SELECT count(*) FROM products"));
    return row.next() ? row.value(0).toLongLong() : 0;
}

}  // namespace magasin::client
