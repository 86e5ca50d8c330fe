#include "magasin/server/idempotency.hpp"

#include <httplib.h>

#include <algorithm>
#include <optional>

#include "magasin/server/http_error.hpp"
#include "magasin/server/transaction.hpp"

namespace magasin::server {
namespace {

constexpr std::size_t kMaxKeyLength = 255;

void checkKey(const std::string& key) {
    const bool printable = std::all_of(key.begin(), key.end(), [](char c) { return c > 0x20 && c < 0x7f; });
    if (key.empty() || key.size() > kMaxKeyLength || !printable) {
        throw HttpError::badRequest("Idempotency-Key must be 1 to 255 visible ASCII characters (a UUID is a good key)");
    }
}

}  // namespace

void respondIdempotently(Exchange& ex, DbPool& pool, const std::string& principal,
                         const std::function<IdempotentReply(pqxx::work&, const nlohmann::json& body)>& handler) {
    respondIdempotently(
        ex, [&pool](const std::function<void(pqxx::work&)>& work) { runInTransaction(pool, work); }, principal,
        handler);
}

void respondIdempotently(Exchange& ex, const TransactionRunner& runner, const std::string& principal,
                         const std::function<IdempotentReply(pqxx::work&, const nlohmann::json& body)>& handler) {
    const nlohmann::json body = ex.jsonBody();
    const auto key = ex.header("Idempotency-Key");
    if (!key) {
        std::optional<IdempotentReply> reply;
        runner([&](pqxx::work& tx) { reply = handler(tx, body); });
        ex.json(reply->status, reply->body);
        return;
    }
    checkKey(*key);
    const std::string scope = ex.request().method + " " + ex.request().path + "|" + principal;
    const std::string canonical = body.dump();  // object keys sorted: the same JSON hashes the same

    struct Answer {
        IdempotentReply reply;
        std::string text;  // the stored body, replayed byte for byte
        bool replayed = false;
    };
    std::optional<Answer> result;
    runner([&](pqxx::work& tx) {
        result = [&]() -> Answer {
            // Held until commit: a second request with this key either waits for nothing (409 now) or comes after the
            // commit and finds the stored reply. No row says "in flight", so a crash leaves no key stuck.
            const bool locked =
                tx.exec_params("SELECT pg_try_advisory_xact_lock(hashtext($1), hashtext($2))", scope, *key)[0][0]
                    .as<bool>();
            if (!locked) {
                throw HttpError::conflict(
                    "idempotency_key_in_flight",
                    "A request with this Idempotency-Key is still being processed; retry shortly");
            }
            const auto stored = tx.exec_params(
                "SELECT request_hash = encode(sha256(convert_to($3, 'UTF8')), 'hex'), status, body"
                " FROM idempotency_keys WHERE scope = $1 AND key = $2",
                scope, *key, canonical);
            if (!stored.empty()) {
                if (!stored[0][0].as<bool>()) {
                    throw HttpError(
                        422, "idempotency_key_reused", "Idempotency key reused",
                        "This Idempotency-Key was used with a different body: use a new key for a new request");
                }
                return {{stored[0][1].as<int>(), {}}, stored[0][2].as<std::string>(), true};
            }
            IdempotentReply reply = handler(tx, body);
            std::string text = reply.body.dump();
            tx.exec_params(
                "INSERT INTO idempotency_keys (scope, key, request_hash, status, body)"
                " VALUES ($1, $2, encode(sha256(convert_to($3, 'UTF8')), 'hex'), $4, $5)",
                scope, *key, canonical, reply.status, text);
            return {std::move(reply), std::move(text), false};
        }();
    });
    const Answer& answer = *result;
    if (answer.replayed) {
        ex.setHeader("Idempotent-Replayed", "true");
    }
    ex.text(answer.reply.status, answer.text, "application/json");
}

}  // namespace magasin::server
