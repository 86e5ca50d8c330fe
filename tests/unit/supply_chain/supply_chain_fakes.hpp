// Fakes for the supply chain's use-case tests: a RequestRepository in memory whose write sessions work on a copy (a
// rule broken half-way leaves nothing behind, as a rolled-back transaction would), and an inventaire that transfers
// idempotently by id, can refuse, be down, or lose its answer after moving the stock.
// Usage: InMemoryRequestRepository repo; FakeInventaire inventaire; ReplenishmentDesk desk(repo, inventaire, ...);
#pragma once

#include <map>
#include <set>
#include <stdexcept>

#include "magasin/server/http_error.hpp"
#include "magasin/supply_chain/request_repository.hpp"
#include "magasin/supply_chain/transfer_gateway.hpp"

namespace magasin::supply_chain::testing {

class InMemoryRequestRepository : public RequestRepository {
public:
    struct Data {
        std::map<domain::RequestId, RequestRecord> requests;
        std::set<domain::ProductId> activeProducts;
        std::vector<domain::StockLevel> levels;
        std::vector<std::string> published;  // ids, in the order the feed got them
    };

    class Session : public RequestSession {
    public:
        explicit Session(Data data) : data(std::move(data)) {}
        std::optional<RequestRecord> find(const domain::RequestId& id, bool) override {
            const auto found = data.requests.find(id);
            return found == data.requests.end() ? std::nullopt : std::optional(found->second);
        }
        std::optional<RequestRecord> pendingFor(const domain::ProductId& product,
                                                const domain::StoreId& store) override {
            for (const auto& [id, record] : data.requests) {
                if (record.request.isPending() && record.request.product() == product &&
                    record.request.store() == store) {
                    return record;
                }
            }
            return std::nullopt;
        }
        bool productIsActive(const domain::ProductId& product) override {
            return data.activeProducts.count(product) == 1;
        }
        void insert(const RequestRecord& record) override {
            data.requests.emplace(record.request.id(), record);
            data.published.push_back(record.request.id().toString());
        }
        void update(const RequestRecord& record) override {
            data.requests.insert_or_assign(record.request.id(), record);
            data.published.push_back(record.request.id().toString());
        }
        Data data;
    };

    void write(const std::function<void(RequestSession&)>& work) override {
        Session session(m_data);
        work(session);
        m_data = std::move(session.data);
    }
    std::optional<RequestRecord> find(const domain::RequestId& id) override { return Session(m_data).find(id, false); }
    std::vector<RequestRecord> list(const RequestFilter& filter) override {
        std::vector<RequestRecord> result;
        for (const auto& [id, record] : m_data.requests) {
            if ((!filter.status || record.request.status() == *filter.status) &&
                (!filter.store || record.request.store() == *filter.store)) {
                result.push_back(record);
            }
        }
        return result;
    }
    std::vector<domain::StockLevel> storeLevels(const std::optional<domain::StoreId>& store) override {
        std::vector<domain::StockLevel> result;
        for (const auto& level : m_data.levels) {
            if (!store || level.location().storeId() == store) {
                result.push_back(level);
            }
        }
        return result;
    }
    std::vector<domain::ReplenishmentRequest> pendingRequests(const std::optional<domain::StoreId>& store) override {
        std::vector<domain::ReplenishmentRequest> result;
        for (auto& record : list({.status = domain::RequestStatus::kPending, .store = store})) {
            result.push_back(record.request);
        }
        return result;
    }
    std::optional<std::string> productName(const domain::ProductId&) override { return "Produit"; }
    std::optional<std::string> storeName(const domain::StoreId&) override { return "Magasin"; }

    Data& data() { return m_data; }

private:
    Data m_data;
};

class FakeInventaire : public TransferGateway {
public:
    // kCallerDies: the transfer commits, then the calling process "dies" (an exception no layer handles).
    enum class Mode { kUp, kDown, kLosesAnswers, kStoreUnknown, kCallerDies };

    TransferOutcome transfer(const TransferOrder& order, const std::string&) override {
        ++calls;
        if (mode == Mode::kDown) {
            throw server::HttpError::unavailable("The inventaire server did not answer");
        }
        if (mode == Mode::kStoreUnknown) {
            return {TransferOutcome::Kind::kStoreUnknown, 0, 404, "No stock location"};
        }
        const auto existing = transfers.find(order.request);
        if (existing != transfers.end()) {
            if (existing->second != order.quantity.value()) {
                return {TransferOutcome::Kind::kIdTaken, 0, 409, "Transfer id taken"};
            }
            return {TransferOutcome::Kind::kDone, existing->second, 200, ""};
        }
        if (central < order.quantity.value()) {
            return {TransferOutcome::Kind::kInsufficient, 0, 409, std::to_string(central) + " available"};
        }
        central -= order.quantity.value();
        store += order.quantity.value();
        transfers.emplace(order.request, order.quantity.value());
        if (mode == Mode::kLosesAnswers) {
            throw server::HttpError::unavailable("The inventaire server did not answer");
        }
        if (mode == Mode::kCallerDies) {
            throw std::runtime_error("the supply-chain process died here");
        }
        return {TransferOutcome::Kind::kDone, order.quantity.value(), 201, ""};
    }
    std::optional<std::int64_t> transferredQuantity(const domain::RequestId& request, const std::string&) override {
        if (mode == Mode::kDown) {
            throw server::HttpError::unavailable("The inventaire server did not answer");
        }
        const auto found = transfers.find(request);
        return found == transfers.end() ? std::nullopt : std::optional(found->second);
    }

    Mode mode = Mode::kUp;
    std::int64_t central = 100;
    std::int64_t store = 0;
    int calls = 0;
    std::map<domain::RequestId, std::int64_t> transfers;
};

}  // namespace magasin::supply_chain::testing
