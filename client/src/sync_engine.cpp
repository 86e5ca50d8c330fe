#include "magasin/client/sync_engine.hpp"

#include "magasin/client/cached_product.hpp"
#include "magasin/client/catalogue_cache.hpp"
#include "magasin/client/journal.hpp"
#include "magasin/client/outbox.hpp"
#include "magasin/client/staff_directory.hpp"
#include "magasin/client/stock_snapshot.hpp"
#include "magasin/client/store_profile.hpp"

namespace magasin::client {
namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

constexpr const char* kCatalogueFeed = "catalogue";
constexpr const char* kInventaireFeed = "inventaire";
constexpr const char* kCommandesFeed = "commandes";

QDateTime parseTime(const QString& text) {
    if (text.isEmpty()) {
        return {};
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

std::int64_t ageOf(const QDateTime& when, const QDateTime& now) {
    return when.isNull() ? -1 : when.secsTo(now);
}

}  // namespace

std::int64_t SyncStatus::pricesAgeSeconds(const QDateTime& now) const {
    return ageOf(lastCatalogueSync, now);
}

std::int64_t SyncStatus::stockAgeSeconds(const QDateTime& now) const {
    return ageOf(lastInventaireSync, now);
}

std::int64_t SyncStatus::sinceLastContactSeconds(const QDateTime& now) const {
    QDateTime last;
    for (const QDateTime& t : {lastCatalogueSync, lastInventaireSync, lastCommandesSync, lastPush}) {
        if (!t.isNull() && (last.isNull() || t > last)) {
            last = t;
        }
    }
    return ageOf(last, now);
}

SyncEngine::SyncEngine(Journal& journal, ApiClient& api, DeviceIdentity identity, domain::Clock clock)
    : m_journal(journal), m_api(api), m_identity(std::move(identity)), m_clock(std::move(clock)) {}

const std::string& SyncEngine::deviceToken() {
    // Renewed a minute before it runs out, so that a long push never carries an expired token.
    if (m_token.empty() || m_clock() + std::chrono::minutes(1) >= m_tokenExpiry) {
        const auto answer = m_api.deviceToken(m_identity.deviceId.toString(), m_identity.credential);
        m_token = answer.at("access_token").get<std::string>();
        m_tokenExpiry = m_clock() + std::chrono::seconds(answer.value("expires_in", 900));
    }
    return m_token;
}

std::string SyncEngine::tokenFor(Server server) {
    if (server != Server::kCatalogue) {
        return deviceToken();
    }
    // The catalogue's feed is public: prices still arrive while commandes (the token issuer) is down.
    try {
        return deviceToken();
    } catch (const ApiError&) {
        return {};
    }
}

SyncRound SyncEngine::runOnce() {
    SyncRound round = pull();
    // Push even when a pull failed: the outbox is what must leave the terminal first of all.
    const SyncRound pushed = push();
    round.complete = round.complete && pushed.complete;
    round.commandsAnswered = pushed.commandsAnswered;
    if (round.error.isEmpty()) {
        round.error = pushed.error;
    }
    m_online = round.complete;
    m_lastError = round.error;
    return round;
}

SyncRound SyncEngine::pull() {
    SyncRound round;
    round.complete = true;
    // Prices and barcodes first: they are what a cashier needs most when the link comes back.
    for (const auto& [server, feed] :
         {std::pair(Server::kCatalogue, kCatalogueFeed), std::pair(Server::kInventaire, kInventaireFeed),
          std::pair(Server::kCommandes, kCommandesFeed)}) {
        if (!pullFeed(server, feed, round)) {
            round.complete = false;
        }
    }
    m_online = round.complete;
    m_lastError = round.error;
    return round;
}

bool SyncEngine::pullFeed(Server server, const std::string& feed, SyncRound& round) {
    CatalogueCache catalogue(m_journal);
    StockSnapshot stock(m_journal);
    StaffDirectory staff(m_journal);
    StoreProfiles stores(m_journal);
    const std::string myStore = m_identity.storeId.toString();
    auto cursorOf = [&] {
        QSqlQuery row = m_journal.exec(QStringLiteral("SELECT cursor FROM sync_cursors WHERE feed = ?"), {q(feed)});
        return row.next() ? row.value(0).toLongLong() : std::int64_t(0);
    };
    bool rebootstrapped = false;
    try {
        for (;;) {
            const std::int64_t since = cursorOf();
            sync::ChangePage page;
            try {
                const std::optional<std::string> store =
                    server == Server::kInventaire ? std::optional(myStore) : std::nullopt;
                page = m_api.changes(server, since, kPageSize, tokenFor(server), store);
            } catch (const ApiError& e) {
                if (e.status == 401) {
                    m_token.clear();  // revoked key rotation or clock skew: one fresh token, next round
                }
                if (e.status != 410 || rebootstrapped) {
                    throw;
                }
                // The cursor is older than the feed's compaction horizon: start again from nothing, atomically.
                rebootstrapped = true;
                ++round.rebootstraps;
                m_journal.transaction([&] {
                    if (feed == kCatalogueFeed) {
                        catalogue.clear();
                    } else if (feed == kInventaireFeed) {
                        stock.clear();
                    } else {
                        staff.clear();
                    }
                    m_journal.exec(QStringLiteral("INSERT INTO sync_cursors (feed, cursor) VALUES (?, 0)"
                                                  " ON CONFLICT (feed) DO UPDATE SET cursor = 0"),
                                   {q(feed)});
                });
                continue;
            }
            // A page and the cursor that follows it commit together: a crash re-reads the page, never skips it.
            m_journal.transaction([&] {
                for (const auto& change : page.changes) {
                    const bool upsert = change.op == sync::ChangeOp::kUpsert;
                    if (change.entity == "product") {
                        upsert ? catalogue.upsert(CachedProduct::fromJson(change.data)) : catalogue.remove(change.id);
                    } else if (change.entity == "stock_level" && upsert) {
                        if (change.data.value("store_id", nlohmann::json()).is_string() &&
                            change.data.at("store_id").get<std::string>() == myStore) {
                            stock.setLevel(change.data.at("product_id").get<std::string>(),
                                           change.data.at("level").get<std::int64_t>(),
                                           change.data.value("updated_at", std::string()));
                        }
                    } else if (change.entity == "staff_verifier") {
                        if (!upsert) {
                            staff.remove(change.id);
                        } else {
                            const auto record = StaffRecord::fromJson(change.data);
                            // Only this store's staff may log in here (the feed is scoped, this double-checks).
                            record.storeId == myStore ? staff.upsert(record) : staff.remove(record.id);
                        }
                    } else if (change.entity == "store" && upsert) {
                        stores.upsert(StoreProfile::fromJson(change.data));
                    } else if (change.entity == "sale" && upsert) {
                        // A sale cancelled elsewhere (a manager's screen) shows as cancelled here too.
                        m_journal.exec(QStringLiteral("UPDATE local_sales SET status = ? WHERE id = ?"),
                                       {q(change.data.value("status", std::string("active"))), q(change.id)});
                    }
                    ++round.changesApplied;
                }
                m_journal.run(QStringLiteral("INSERT INTO sync_cursors (feed, cursor) VALUES (?, ?)"
                                             " ON CONFLICT (feed) DO UPDATE SET cursor = excluded.cursor"),
                              {q(feed), qint64(page.cursor)});
                if (!page.hasMore) {
                    m_journal.exec(QStringLiteral("UPDATE sync_cursors SET last_success = ? WHERE feed = ?"),
                                   {q(domain::toIso8601(m_clock())), q(feed)});
                }
            });
            if (!page.hasMore) {
                return true;
            }
        }
    } catch (const std::exception& e) {
        // A change the terminal cannot read stops this feed (cursor not advanced) rather than skipping it. The first
        // error of a round is the one reported: later ones are usually its consequences.
        if (round.error.isEmpty()) {
            round.error = QStringLiteral("%1 feed: %2").arg(q(feed), QString::fromUtf8(e.what()));
        }
    }
    return false;
}

SyncRound SyncEngine::push() {
    SyncRound round;
    round.complete = pushStream(Outbox::kCommandes, Server::kCommandes, round);
    if (!m_api.endpoints().supplyChain.isEmpty()) {
        round.complete = pushStream(Outbox::kSupplyChain, Server::kSupplyChain, round) && round.complete;
    }
    if (round.complete) {
        m_journal.setSetting(QStringLiteral("last_push"), q(domain::toIso8601(m_clock())));
    }
    return round;
}

bool SyncEngine::pushStream(const std::string& stream, Server server, SyncRound& round) {
    domain::UuidV7Generator unused(m_clock, domain::systemRandom());
    Outbox outbox(m_journal, m_identity.deviceId, m_clock, [&unused] { return unused.next(); });
    try {
        for (;;) {
            auto batch = outbox.pending(stream, m_batchSize);
            if (batch.empty()) {
                return true;
            }
            const std::int64_t first = batch.front().deviceSeq;
            sync::PushRequest request{m_identity.deviceId, std::move(batch)};
            sync::PushResponse response;
            try {
                response = m_api.push(server, request, deviceToken());
            } catch (const ApiError& e) {
                if (e.status == 401) {
                    m_token.clear();
                }
                throw;
            }
            const std::size_t moved = outbox.applyOutcomes(stream, response.outcomes);
            round.commandsAnswered += static_cast<int>(moved);
            if (response.expectedSeq && *response.expectedSeq < first) {
                // The server waits for commands this journal no longer has: a restored backup or a second journal
                // using the same device. Never renumber (that could apply a sale twice): stop and tell a manager.
                const std::string why = "the server expects device_seq " + std::to_string(*response.expectedSeq) +
                                        " but the outbox starts at " + std::to_string(first);
                outbox.notePushFailure(stream, why);
                round.error = QStringLiteral("%1 push: %2").arg(q(stream), q(why));
                return false;
            }
            if (moved == 0 && !response.expectedSeq) {
                round.error = QStringLiteral("%1 push: the server answered no outcome").arg(q(stream));
                return false;
            }
        }
    } catch (const std::exception& e) {
        outbox.notePushFailure(stream, e.what());
        if (round.error.isEmpty()) {
            round.error = QStringLiteral("%1 push: %2").arg(q(stream), QString::fromUtf8(e.what()));
        }
    }
    return false;
}

SyncStatus SyncEngine::status() {
    SyncStatus s;
    s.online = m_online;
    s.lockHeld = true;
    s.lastError = m_lastError;
    QSqlQuery counts = m_journal.exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM outbox), (SELECT count(*) FROM command_log WHERE status = 'rejected'),"
        " (SELECT count(*) FROM command_log WHERE status = 'applied_with_flags')"));
    if (counts.next()) {
        s.pending = counts.value(0).toLongLong();
        s.rejected = counts.value(1).toLongLong();
        s.flagged = counts.value(2).toLongLong();
    }
    QSqlQuery cursors = m_journal.exec(QStringLiteral("SELECT feed, last_success FROM sync_cursors"));
    while (cursors.next()) {
        const QString feed = cursors.value(0).toString();
        const QDateTime when = parseTime(cursors.value(1).toString());
        if (feed == QLatin1String(kCatalogueFeed)) {
            s.lastCatalogueSync = when;
        } else if (feed == QLatin1String(kInventaireFeed)) {
            s.lastInventaireSync = when;
        } else if (feed == QLatin1String(kCommandesFeed)) {
            s.lastCommandesSync = when;
        }
    }
    s.lastPush = parseTime(m_journal.setting(QStringLiteral("last_push")));
    return s;
}

}  // namespace magasin::client
