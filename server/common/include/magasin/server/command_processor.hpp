// The push side of sync (ARCHITECTURE.md §5): applies one device's commands in device_seq order, each with its
// outcome record in ONE transaction per batch, and replays stored outcomes. Usage: CommandProcessor p(pool);
//   p.registerHandler("RecordSale", recordSale); PushResponse r = p.process(request); registerCommandRoute(app, p,
//   auth);
#pragma once

#include <functional>
#include <map>
#include <string>

#include <pqxx/pqxx>

#include "magasin/server/authentication.hpp"
#include "magasin/server/db_pool.hpp"
#include "magasin/server/exchange.hpp"
#include "magasin/server/http_app.hpp"
#include "magasin/sync/wire.hpp"

namespace magasin::server {

class CommandProcessor {
public:
    // Applies one command in the given transaction and says how it went (status, flags, result; the processor fills
    // commandId and deviceSeq). Throw domain::DomainError or HttpError for a command that can never apply: it becomes
    // a recorded `rejected` outcome with that problem and its partial effects are rolled back.
    using Handler = std::function<sync::CommandOutcome(pqxx::work&, const sync::Command&)>;

    explicit CommandProcessor(DbPool& pool) : m_pool(pool) {}

    // Register every type before serving. A type without a handler is rejected ("unknown_command_type").
    void registerHandler(std::string type, Handler handler);

    // Precondition: the request is as sync::pushRequestFromJson returns it (commands of request.deviceId, in strictly
    // increasing device_seq); the route decodes with it, so HTTP clients get 422 for anything else. The batch runs in
    // ONE transaction under the device's advisory lock (one durable commit), each command behind its own savepoint:
    // a known command_id returns its stored outcome unchanged; the expected seq is applied and recorded (a rejection
    // rolls back to its savepoint only); a seq past the expected one stops the batch (nothing from it on is applied)
    // and sets expectedSeq; a seq already used by another command_id gets a rejected outcome ("device_seq_taken"), not
    // recorded. A database error in a handler commits the commands before it and then propagates. Concurrent pushes
    // of one device are serialized.
    sync::PushResponse process(const sync::PushRequest& request);

private:
    DbPool& m_pool;
    std::map<std::string, Handler, std::less<>> m_handlers;
};

// POST /v1/sync/commands on `app`. authenticate runs before the body is read (throws HttpError 401), so that a push
// without a valid token is 401 whatever it carries; authorize then checks the caller may push the decoded batch for
// request.deviceId (throws HttpError 403).
void registerCommandRoute(HttpApp& app, CommandProcessor& processor,
                          std::function<Principal(const Exchange&)> authenticate,
                          std::function<void(const Principal&, const sync::PushRequest&)> authorize);

}  // namespace magasin::server
