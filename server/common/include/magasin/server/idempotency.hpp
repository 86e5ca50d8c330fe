// Idempotency-Key on effectful POSTs (ARCHITECTURE.md §6): the effect and its stored reply commit together.
// Usage, in a route handler: respondIdempotently(ex, pool, principal, [&](pqxx::work& tx, const json& body) {
//   return IdempotentReply{201, createSale(tx, body)}; });
#pragma once

#include <functional>
#include <string>

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include "magasin/server/db_pool.hpp"
#include "magasin/server/exchange.hpp"

namespace magasin::server {

struct IdempotentReply {
    int status = 200;
    nlohmann::json body;
};

// Answers the request through `handler`, run at most once per (method + path, principal, Idempotency-Key):
// - no key: runs the handler in a transaction and answers (the key is optional; unique client ids are the permanent
//   duplicate protection);
// - new key: runs the handler in a transaction that also stores the reply, so the reply exists iff the effect does;
// - same key, same body (as canonical JSON): answers the stored reply with `Idempotent-Replayed: true`, runs nothing;
// - same key, another body: 422 "idempotency_key_reused";  same key still in flight: 409 "idempotency_key_in_flight".
// A handler that throws (HttpError, DomainError) stores nothing: the client may retry with the same key.
// The handler may run more than once on serialization failures (see withTransaction); it must only touch `tx`.
void respondIdempotently(Exchange& ex, DbPool& pool, const std::string& principal,
                         const std::function<IdempotentReply(pqxx::work&, const nlohmann::json& body)>& handler);

// Runs a unit of work in a transaction and commits it: runInTransaction on a pool, or GroupCommit::run.
using TransactionRunner = std::function<void(const std::function<void(pqxx::work&)>&)>;

// The same, with the transaction from `runner` (e.g. a GroupCommit shared by concurrent requests).
void respondIdempotently(Exchange& ex, const TransactionRunner& runner, const std::string& principal,
                         const std::function<IdempotentReply(pqxx::work&, const nlohmann::json& body)>& handler);

}  // namespace magasin::server
