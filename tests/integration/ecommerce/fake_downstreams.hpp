// An in-memory catalogue, central stock and sale book behind the Downstreams port, for the ecommerce pg tests: it
// keeps every reservation and sale, refuses like the real servers (409 when stock is short) and can be "down".
// Usage: auto fake = std::make_shared<FakeDownstreams>(); fake->setStock(kP1, 5); fake->down = true;
#pragma once

#include <map>
#include <mutex>

#include "magasin/ecommerce/downstreams.hpp"
#include "magasin/server/http_error.hpp"

class FakeDownstreams : public magasin::ecommerce::Downstreams {
public:
    struct Reservation {
        magasin::domain::ProductId product;
        std::int64_t quantity = 0;
        std::string status;  // held, committed, released
    };

    static constexpr const char* kP1 = "550e8400-e29b-41d4-a716-446655440001";  // Clavier mécanique 89.99
    static constexpr const char* kP2 = "550e8400-e29b-41d4-a716-446655440002";  // Souris optique 25.50
    static constexpr const char* kP3 = "550e8400-e29b-41d4-a716-446655440003";  // Café Premium Bio 15.99, zero-rated
    static constexpr const char* kArchived = "550e8400-e29b-41d4-a716-446655440009";

    FakeDownstreams() {
        addProduct(kP1, "Clavier mécanique", 8999, true, true);
        addProduct(kP2, "Souris optique", 2550, true, true);
        addProduct(kP3, "Café Premium Bio", 1599, false, true);
        addProduct(kArchived, "Vieux modem", 4999, true, false);
        setStock(kP1, 100);
        setStock(kP2, 200);
        setStock(kP3, 50);
    }

    void addProduct(const char* id, const std::string& name, std::int64_t cents, bool taxable, bool active,
                    const std::string& category = "Informatique", const std::string& description = "") {
        const std::lock_guard lock(m_mutex);
        magasin::ecommerce::ProductView p;
        p.id = magasin::domain::ProductId::parse(id);
        p.name = name;
        p.category = category;
        p.description = description;
        p.price = magasin::domain::Price::fromCents(cents);
        p.taxable = taxable;
        p.active = active;
        m_products[p.id] = p;
    }
    void setPrice(const char* id, std::int64_t cents) {
        const std::lock_guard lock(m_mutex);
        m_products.at(magasin::domain::ProductId::parse(id)).price = magasin::domain::Price::fromCents(cents);
    }
    void setStock(const char* id, std::int64_t level) {
        const std::lock_guard lock(m_mutex);
        m_stock[magasin::domain::ProductId::parse(id)] = level;
    }
    std::int64_t stock(const char* id) {
        const std::lock_guard lock(m_mutex);
        return m_stock[magasin::domain::ProductId::parse(id)];
    }
    std::map<magasin::domain::ReservationId, Reservation> reservations() {
        const std::lock_guard lock(m_mutex);
        return m_reservations;
    }
    std::map<std::string, nlohmann::json> sales() {
        const std::lock_guard lock(m_mutex);
        return m_sales;
    }

    // Every call answers 503 (as ServiceClient does when the remote cannot be reached) while set.
    std::atomic<bool> down{false};
    // Only the sale book is down; only the stock is down.
    std::atomic<bool> commandesDown{false};
    std::atomic<bool> inventaireDown{false};
    // commandes refuses the sale with a 422.
    std::atomic<bool> refuseSale{false};

    std::optional<magasin::ecommerce::ProductView> product(const magasin::domain::ProductId& id,
                                                           const std::string&) override {
        unreachable("catalogue", down);
        const std::lock_guard lock(m_mutex);
        const auto it = m_products.find(id);
        if (it == m_products.end()) {
            return std::nullopt;
        }
        return it->second;
    }
    magasin::ecommerce::ProductPage searchProducts(const magasin::ecommerce::ProductQuery& query,
                                                   const std::string&) override {
        unreachable("catalogue", down);
        const std::lock_guard lock(m_mutex);
        magasin::ecommerce::ProductPage page;
        for (const auto& [id, p] : m_products) {
            if (p.active && p.name.find(query.text) != std::string::npos) {
                page.items.push_back(p);
            }
        }
        page.total = static_cast<std::int64_t>(page.items.size());
        return page;
    }
    magasin::ecommerce::RemoteOutcome reserve(const magasin::domain::ReservationId& id,
                                              const magasin::domain::ProductId& product, std::int64_t quantity,
                                              std::chrono::seconds, const std::string&, const std::string&) override {
        unreachable("inventaire", down || inventaireDown);
        const std::lock_guard lock(m_mutex);
        if (m_reservations.count(id) != 0) {
            return done();
        }
        if (m_stock[product] < quantity) {
            return refused(409, "insufficient_stock", "stock.insufficient",
                           "Only " + std::to_string(m_stock[product]) + " available at the central warehouse");
        }
        m_stock[product] -= quantity;
        m_reservations[id] = {product, quantity, "held"};
        return done();
    }
    magasin::ecommerce::RemoteOutcome commitReservation(const magasin::domain::ReservationId& id,
                                                        const std::string&) override {
        unreachable("inventaire", down || inventaireDown);
        const std::lock_guard lock(m_mutex);
        auto it = m_reservations.find(id);
        if (it == m_reservations.end()) {
            return refused(404, "not_found", "reservation.not_found", "No reservation");
        }
        if (it->second.status == "released") {
            return refused(409, "illegal_state", "reservation.commit.not_held", "Released");
        }
        it->second.status = "committed";
        return done();
    }
    magasin::ecommerce::RemoteOutcome releaseReservation(const magasin::domain::ReservationId& id,
                                                         const std::string&) override {
        unreachable("inventaire", down || inventaireDown);
        const std::lock_guard lock(m_mutex);
        auto it = m_reservations.find(id);
        if (it == m_reservations.end()) {
            return refused(404, "not_found", "reservation.not_found", "No reservation");
        }
        if (it->second.status == "committed") {
            return refused(409, "illegal_state", "reservation.release.not_held", "Committed");
        }
        if (it->second.status == "held") {
            it->second.status = "released";
            m_stock[it->second.product] += it->second.quantity;
        }
        return done();
    }
    magasin::ecommerce::RemoteOutcome recordSale(const nlohmann::json& sale, const std::string&,
                                                 const std::string&) override {
        unreachable("commandes", down || commandesDown);
        if (refuseSale) {
            return refused(422, "invalid_value", "sale.payment.short", "The payments do not settle the total");
        }
        const std::lock_guard lock(m_mutex);
        m_sales.emplace(sale.at("id").get<std::string>(), sale);
        return done();
    }

private:
    static void unreachable(const std::string& name, bool isDown) {
        if (isDown) {
            throw magasin::server::HttpError(503, "upstream_unavailable", "Service unavailable",
                                             "The " + name + " server is not answering; try again in a few seconds");
        }
    }
    static magasin::ecommerce::RemoteOutcome done() {
        magasin::ecommerce::RemoteOutcome o;
        o.done = true;
        o.status = 200;
        return o;
    }
    static magasin::ecommerce::RemoteOutcome refused(int status, const std::string& code, const std::string& rule,
                                                     const std::string& detail) {
        magasin::ecommerce::RemoteOutcome o;
        o.status = status;
        o.problem = magasin::sync::Problem::make(status, code, "Refused", detail);
        o.problem.errors.push_back({"", rule, detail});
        return o;
    }

    std::mutex m_mutex;
    std::map<magasin::domain::ProductId, magasin::ecommerce::ProductView> m_products;
    std::map<magasin::domain::ProductId, std::int64_t> m_stock;
    std::map<magasin::domain::ReservationId, Reservation> m_reservations;
    std::map<std::string, nlohmann::json> m_sales;
};
