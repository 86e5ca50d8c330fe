// One sync round, synchronous: pull every feed by cursor (catalogue first, then inventaire, then commandes), then
// push each outbox stream in device_seq order. Usage: SyncEngine e(journal, api, identity, clock); e.runOnce();
// The caller holds the TerminalLock; SyncAgent runs this on its worker thread, magasin-terminal runs it directly.
#pragma once

#include <QString>

#include <cstdint>
#include <string>

#include "magasin/client/api_client.hpp"
#include "magasin/client/device_identity.hpp"
#include "magasin/client/sync_status.hpp"
#include "magasin/domain/time.hpp"

namespace magasin::client {

class Journal;

struct SyncRound {
    bool complete = false;  // every feed pulled to its end and every stream pushed empty (or not deployed)
    int changesApplied = 0;
    int commandsAnswered = 0;
    int rebootstraps = 0;
    QString error;  // why it stopped early
};

class SyncEngine {
public:
    static constexpr int kPageSize = 1000;
    static constexpr std::size_t kBatchSize = 100;

    SyncEngine(Journal& journal, ApiClient& api, DeviceIdentity identity, domain::Clock clock);

    // Commands per POST (1..sync::kMaxBatch); smaller batches make a cut connection cost less to replay.
    void setBatchSize(std::size_t size) { m_batchSize = size; }

    SyncRound runOnce();
    SyncRound pull();
    SyncRound push();
    // The status as the journal says it is now (pending counts, last syncs) plus online/lastError of the last round.
    [[nodiscard]] SyncStatus status();

private:
    const std::string& deviceToken();
    std::string tokenFor(Server server);
    bool pullFeed(Server server, const std::string& feed, SyncRound& round);
    bool pushStream(const std::string& stream, Server server, SyncRound& round);

    Journal& m_journal;
    ApiClient& m_api;
    DeviceIdentity m_identity;
    domain::Clock m_clock;
    std::string m_token;
    domain::Timestamp m_tokenExpiry{};
    bool m_online = false;
    QString m_lastError;
    std::size_t m_batchSize = kBatchSize;
};

}  // namespace magasin::client
