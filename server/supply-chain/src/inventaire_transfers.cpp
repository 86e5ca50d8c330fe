#include "magasin/supply_chain/inventaire_transfers.hpp"

#include "magasin/server/http_error.hpp"

namespace magasin::supply_chain {

using nlohmann::json;

namespace {

std::string ruleOf(const json& problem) {
    if (problem.contains("errors") && problem["errors"].is_array() && !problem["errors"].empty() &&
        problem["errors"][0].is_object()) {
        return problem["errors"][0].value("rule", "");
    }
    return "";
}

std::string detailOf(const json& problem) {
    const auto detail = problem.find("detail");
    return detail != problem.end() && detail->is_string() ? detail->get<std::string>() : std::string("no detail");
}

server::HttpError unavailable(const std::string& why) {
    return {503, "upstream_unavailable", "Service unavailable", "Inventaire " + why + "; try again in a few seconds"};
}

}  // namespace

TransferOutcome InventaireTransfers::transfer(const TransferOrder& order, const std::string& requestId) {
    const json body = {{"id", order.request.toString()},
                       {"product_id", order.product.toString()},
                       {"store_id", order.store.toString()},
                       {"quantity", order.quantity.value()}};
    const auto key = "replenishment:" + order.request.toString() + ":" + std::to_string(order.quantity.value());
    const auto response = m_client.post("/v1/transfers", body, requestId, key);
    const json answer = response.json();
    if (response.status == 200 || response.status == 201) {
        if (!answer.contains("quantity") || !answer["quantity"].is_number_integer()) {
            throw unavailable("answered the transfer without its quantity");
        }
        return {TransferOutcome::Kind::kDone, answer["quantity"].get<std::int64_t>(), response.status, ""};
    }
    const auto rule = ruleOf(answer);
    const auto detail = detailOf(answer);
    if (response.status == 409 && rule == "stock_level.insufficient") {
        return {TransferOutcome::Kind::kInsufficient, 0, 409, detail};
    }
    if ((response.status == 409 && rule == "transfer.id.taken") ||
        (response.status == 422 && answer.value("type", "").find("idempotency_key_reused") != std::string::npos)) {
        return {TransferOutcome::Kind::kIdTaken, 0, response.status, detail};
    }
    if (response.status == 404) {
        return {TransferOutcome::Kind::kStoreUnknown, 0, 404, detail};
    }
    if (response.status == 409 && answer.value("type", "").find("idempotency_key_in_flight") != std::string::npos) {
        // The same approval is being applied by inventaire right now (a concurrent retry): its outcome is unknown.
        throw unavailable("is still applying this transfer");
    }
    if (response.status >= 500) {
        throw unavailable("answered HTTP " + std::to_string(response.status));
    }
    return {TransferOutcome::Kind::kRefused, 0, response.status, detail};
}

std::optional<std::int64_t> InventaireTransfers::transferredQuantity(const domain::RequestId& request,
                                                                     const std::string& requestId) {
    const auto response = m_client.get("/v1/transfers/" + request.toString(), requestId);
    if (response.status == 404) {
        return std::nullopt;
    }
    const json answer = response.json();
    if (response.status != 200 || !answer.contains("quantity") || !answer["quantity"].is_number_integer()) {
        throw unavailable("answered HTTP " + std::to_string(response.status) + " about transfer " + request.toString());
    }
    return answer["quantity"].get<std::int64_t>();
}

}  // namespace magasin::supply_chain
