// The fault test's checker: reads the history and what the databases and the terminals' journals hold after recovery,
// counts attempted / acknowledged / failed / unknown / lost / duplicated operations and checks the invariants.
// Usage: FaultChecker c(stack, history, terminals, customers); const auto report = c.check(); report.text();
#pragma once

#define PQXX_HAVE_OPTIONAL 1
#include <pqxx/pqxx>

#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "fault_stack.hpp"
#include "history.hpp"

struct TerminalRecord {
    std::string process;               // "terminal-1"
    std::string deviceId;              // from its enrolment
    std::set<std::string> localSales;  // the ids its journal holds: every sale the cashier was given a receipt for
    std::int64_t pending = -1;         // outbox commands not yet accepted, after the recovery's sync
    std::int64_t rejected = -1;
};

struct KindSummary {
    std::int64_t attempted = 0, acknowledged = 0, failed = 0, unknown = 0, lost = 0, duplicated = 0;
    std::int64_t unknownApplied = 0;  // unknown ones the databases hold (once): they happened
};

struct Invariant {
    std::string name;
    bool ok = false;
    std::string detail;
};

struct FaultReport {
    KindSummary sales;
    KindSummary orders;
    std::vector<Invariant> invariants;
    std::map<std::string, int> nemesis;
    double seconds = 0;

    [[nodiscard]] bool holds() const {
        bool all = sales.lost == 0 && sales.duplicated == 0 && orders.lost == 0 && orders.duplicated == 0;
        for (const auto& i : invariants) {
            all = all && i.ok;
        }
        return all;
    }

    [[nodiscard]] std::string text() const {
        std::ostringstream out;
        char line[200];
        out << "fault checker: " << static_cast<int>(seconds) << " s of faults; nemesis:";
        for (const auto& [what, n] : nemesis) {
            out << ' ' << what << ' ' << n;
        }
        out << '\n';
        std::snprintf(line, sizeof line, "%-8s %10s %13s %7s %8s %5s %11s\n", "kind", "attempted", "acknowledged",
                      "failed", "unknown", "lost", "duplicated");
        out << line;
        const auto row = [&](const char* name, const KindSummary& k) {
            std::snprintf(line, sizeof line, "%-8s %10lld %13lld %7lld %8lld %5lld %11lld\n", name,
                          static_cast<long long>(k.attempted), static_cast<long long>(k.acknowledged),
                          static_cast<long long>(k.failed), static_cast<long long>(k.unknown),
                          static_cast<long long>(k.lost), static_cast<long long>(k.duplicated));
            out << line;
        };
        row("sale", sales);
        row("order", orders);
        KindSummary total;
        for (const auto* k : {&sales, &orders}) {
            total.attempted += k->attempted;
            total.acknowledged += k->acknowledged;
            total.failed += k->failed;
            total.unknown += k->unknown;
            total.lost += k->lost;
            total.duplicated += k->duplicated;
        }
        row("total", total);
        out << "unknown operations that took effect (once): sales " << sales.unknownApplied << ", orders "
            << orders.unknownApplied << '\n';
        for (const auto& i : invariants) {
            out << (i.ok ? "  ok    " : "  FAIL  ") << i.name << (i.detail.empty() ? "" : ": " + i.detail) << '\n';
        }
        out << (holds() ? "RESULT: every invariant holds" : "RESULT: VIOLATED") << '\n';
        return out.str();
    }
};

class FaultChecker {
public:
    FaultChecker(const FaultStack& stack, const History& history, std::vector<TerminalRecord> terminals,
                 std::map<std::string, std::string> customers)
        : m_stack(stack), m_history(history), m_terminals(std::move(terminals)), m_customers(std::move(customers)) {}

    FaultReport check() {
        FaultReport report;
        report.nemesis = m_history.nemesisCounts();
        const auto ops = m_history.operations();
        checkSales(ops, report);
        checkOrders(ops, report);
        checkStock(report);
        return report;
    }

private:
    static pqxx::result query(const std::string& conninfo, const std::string& sql) {
        pqxx::connection c(conninfo);
        pqxx::nontransaction tx(c);
        return tx.exec(sql);
    }
    std::string db(const char* name) const { return m_stack.conninfo(name); }

    void checkSales(const std::vector<Operation>& ops, FaultReport& report) {
        KindSummary& k = report.sales;
        std::int64_t okSales = 0;
        std::int64_t unknownSales = 0;
        for (const auto& op : ops) {
            if (op.kind != "sale") {
                continue;
            }
            k.attempted += op.count;
            switch (op.outcome) {
                case Outcome::kOk: okSales += op.count; break;
                case Outcome::kFailed: k.failed += op.count; break;
                default: unknownSales += op.count; break;
            }
        }
        k.acknowledged = okSales;
        k.unknown = unknownSales;
        // The server's sales, by id, of the test's devices.
        std::set<std::string> devices;
        std::map<std::string, std::string> deviceOfSale;
        std::map<std::string, int> serverCount;
        for (const auto& t : m_terminals) {
            devices.insert(t.deviceId);
        }
        for (const auto& row : query(db("commandes_db"),
                                     "SELECT id::text, coalesce(device_id::text, '') FROM sales"
                                     " WHERE origin = 'terminal'")) {
            const auto device = row[1].as<std::string>();
            if (devices.count(device)) {
                ++serverCount[row[0].as<std::string>()];
                deviceOfSale[row[0].as<std::string>()] = device;
            }
        }
        std::int64_t local = 0;
        std::int64_t missing = 0;
        std::int64_t twice = 0;
        std::set<std::string> allLocal;
        for (const auto& t : m_terminals) {
            local += static_cast<std::int64_t>(t.localSales.size());
            for (const auto& id : t.localSales) {
                allLocal.insert(id);
                const auto found = serverCount.find(id);
                if (found == serverCount.end()) {
                    ++missing;
                } else if (found->second > 1) {
                    twice += found->second - 1;
                }
            }
        }
        std::int64_t extra = 0;  // on the server for one of our devices, but no journal holds it
        for (const auto& [id, n] : serverCount) {
            extra += allLocal.count(id) ? 0 : n;
        }
        // The journal is the terminal's record of what the cashier was told: every acknowledged sale must be in it,
        // and nothing beyond what was acknowledged or unknown.
        const std::int64_t lostLocally = std::max<std::int64_t>(0, okSales - local);
        k.lost = missing + lostLocally;
        k.duplicated = twice + extra;
        k.unknownApplied = std::max<std::int64_t>(0, local - okSales);
        report.invariants.push_back(
            {"every acknowledged sale is in its terminal's journal, and nothing more than acknowledged + unknown",
             lostLocally == 0 && local <= okSales + unknownSales,
             "journals " + std::to_string(local) + ", acknowledged " + std::to_string(okSales) + ", unknown " +
                 std::to_string(unknownSales)});
        report.invariants.push_back(
            {"every journal sale is on commandes exactly once", missing == 0 && twice == 0 && extra == 0,
             std::to_string(local) + " journal sales; missing " + std::to_string(missing) + ", twice " +
                 std::to_string(twice) + ", unknown to any journal " + std::to_string(extra)});
        std::int64_t pending = 0;
        std::int64_t rejected = 0;
        bool read = true;
        for (const auto& t : m_terminals) {
            read = read && t.pending >= 0 && t.rejected >= 0;
            pending += std::max<std::int64_t>(0, t.pending);
            rejected += std::max<std::int64_t>(0, t.rejected);
        }
        report.invariants.push_back(
            {"terminal outboxes drained (nothing pending, nothing rejected)", read && pending == 0 && rejected == 0,
             read ? "pending " + std::to_string(pending) + ", rejected " + std::to_string(rejected)
                  : "a terminal's status could not be read"});
    }

    void checkOrders(const std::vector<Operation>& ops, FaultReport& report) {
        KindSummary& k = report.orders;
        struct CheckoutRow {
            std::string id, state, saleId, orderId;
        };
        std::map<std::pair<std::string, std::string>, std::vector<CheckoutRow>> byKey;  // (customer, key)
        std::int64_t unfinished = 0;
        for (const auto& row : query(db("ecommerce_db"),
                                     "SELECT id::text, customer_id::text, coalesce(idempotency_key, ''), state,"
                                     " coalesce(sale_id::text, ''), coalesce(order_id::text, '') FROM checkouts")) {
            const auto state = row[3].as<std::string>();
            unfinished += state != "completed" && state != "failed" ? 1 : 0;
            byKey[{row[1].as<std::string>(), row[2].as<std::string>()}].push_back(
                {row[0].as<std::string>(), state, row[4].as<std::string>(), row[5].as<std::string>()});
        }
        std::map<std::string, std::string> orderSale;  // order id -> sale id
        for (const auto& row : query(db("ecommerce_db"), "SELECT id::text, sale_id::text FROM orders")) {
            orderSale[row[0].as<std::string>()] = row[1].as<std::string>();
        }
        std::map<std::string, std::string> webSales;  // sale id -> status
        for (const auto& row :
             query(db("commandes_db"), "SELECT id::text, status FROM sales WHERE channel = 'web' AND origin = 'web'")) {
            webSales[row[0].as<std::string>()] = row[1].as<std::string>();
        }
        std::int64_t phantom = 0;  // told "failed", yet the order exists
        for (const auto& op : ops) {
            if (op.kind != "order") {
                continue;
            }
            ++k.attempted;
            const auto customer = m_customers.at(op.process);
            const auto found = byKey.find({customer, op.key});
            const std::vector<CheckoutRow> rows = found == byKey.end() ? std::vector<CheckoutRow>{} : found->second;
            std::int64_t orders = 0;
            for (const auto& r : rows) {
                orders += !r.orderId.empty() && orderSale.count(r.orderId) ? 1 : 0;
            }
            k.duplicated += std::max<std::int64_t>(0, static_cast<std::int64_t>(rows.size()) - 1);
            switch (op.outcome) {
                case Outcome::kOk:
                    ++k.acknowledged;
                    if (orders == 0 || op.result.empty() || !orderSale.count(op.result)) {
                        ++k.lost;
                    }
                    break;
                case Outcome::kFailed:
                    ++k.failed;
                    phantom += orders;
                    break;
                default:
                    ++k.unknown;
                    k.unknownApplied += orders > 0 ? 1 : 0;
                    break;
            }
        }
        report.invariants.push_back(
            {"no checkout answered \"failed\" left an order", phantom == 0, std::to_string(phantom) + " such orders"});
        // Orders and web sales pair up one to one (the saga records the sale before it writes the order).
        std::int64_t orderWithoutSale = 0;
        std::int64_t saleWithoutOrder = 0;
        std::set<std::string> orderedSales;
        for (const auto& [order, sale] : orderSale) {
            orderedSales.insert(sale);
            const auto s = webSales.find(sale);
            orderWithoutSale += s == webSales.end() ? 1 : 0;
        }
        for (const auto& [sale, status] : webSales) {
            saleWithoutOrder += orderedSales.count(sale) ? 0 : 1;
        }
        report.invariants.push_back({"no order without its sale, no web sale without its order",
                                     orderWithoutSale == 0 && saleWithoutOrder == 0,
                                     std::to_string(orderSale.size()) + " orders, " + std::to_string(webSales.size()) +
                                         " web sales; orders without sale " + std::to_string(orderWithoutSale) +
                                         ", web sales without order " + std::to_string(saleWithoutOrder)});
        const auto held = query(db("inventaire_db"), "SELECT count(*) FROM reservations WHERE status = 'held'")[0][0]
                              .as<std::int64_t>();
        report.invariants.push_back(
            {"every checkout saga finished; no reservation left held", unfinished == 0 && held == 0,
             "unfinished checkouts " + std::to_string(unfinished) + ", held reservations " + std::to_string(held)});
    }

    void checkStock(FaultReport& report) {
        // Each store sale moved the stock once per line: source "sale:<id>:<line>" is unique in the ledger.
        std::map<std::string, std::int64_t> moved;
        for (const auto& row : query(db("inventaire_db"),
                                     "SELECT split_part(source, ':', 2), count(*) FROM stock_movements"
                                     " WHERE source LIKE 'sale:%' GROUP BY 1")) {
            moved[row[0].as<std::string>()] = row[1].as<std::int64_t>();
        }
        std::int64_t storeSales = 0;
        std::int64_t wrong = 0;
        std::string example;
        for (const auto& row : query(db("commandes_db"),
                                     "SELECT id::text, jsonb_array_length(doc->'lines') FROM sales"
                                     " WHERE channel = 'store'")) {
            ++storeSales;
            const auto id = row[0].as<std::string>();
            const auto it = moved.find(id);
            if (it == moved.end() || it->second != row[1].as<std::int64_t>()) {
                ++wrong;
                example = id;
            }
        }
        report.invariants.push_back({"every store sale moved the stock exactly once per line", wrong == 0,
                                     std::to_string(storeSales) + " store sales, " + std::to_string(wrong) +
                                         " not moved as sold" + (example.empty() ? "" : " (e.g. " + example + ")")});
        const auto ledger = query(db("inventaire_db"),
                                  "SELECT count(*), count(*) FILTER (WHERE l.level <> coalesce(m.total, 0)"
                                  " OR l.level <> coalesce(m.last_after, l.level))"
                                  " FROM stock_levels l LEFT JOIN ("
                                  "   SELECT location_id, product_id, sum(delta) AS total,"
                                  "          (array_agg(level_after ORDER BY seq DESC))[1] AS last_after"
                                  "   FROM stock_movements GROUP BY 1, 2) m USING (location_id, product_id)");
        const auto orphanMoves = query(db("inventaire_db"),
                                       "SELECT count(*) FROM (SELECT DISTINCT location_id, product_id FROM"
                                       " stock_movements) m LEFT JOIN stock_levels l USING (location_id, product_id)"
                                       " WHERE l.level IS NULL")[0][0]
                                     .as<std::int64_t>();
        report.invariants.push_back({"every stock level equals its ledger (sum of movements, last level_after)",
                                     ledger[0][1].as<std::int64_t>() == 0 && orphanMoves == 0,
                                     std::to_string(ledger[0][0].as<std::int64_t>()) + " levels, " +
                                         std::to_string(ledger[0][1].as<std::int64_t>()) + " differ, " +
                                         std::to_string(orphanMoves) + " ledgers without a level"});
        std::map<std::pair<std::string, std::string>, std::int64_t> levels;
        for (const auto& row :
             query(db("inventaire_db"), "SELECT location_id::text, product_id::text, level FROM stock_levels")) {
            levels[{row[0].as<std::string>(), row[1].as<std::string>()}] = row[2].as<std::int64_t>();
        }
        std::int64_t copyDiffers = 0;
        std::int64_t copies = 0;
        for (const auto& row :
             query(db("commandes_db"), "SELECT location_id::text, product_id::text, level FROM stock_levels")) {
            ++copies;
            const auto it = levels.find({row[0].as<std::string>(), row[1].as<std::string>()});
            copyDiffers += it == levels.end() || it->second != row[2].as<std::int64_t>() ? 1 : 0;
        }
        report.invariants.push_back({"commandes' copy of the stock equals inventaire's levels",
                                     copyDiffers == 0 && copies == static_cast<std::int64_t>(levels.size()),
                                     std::to_string(copies) + " copied of " + std::to_string(levels.size()) + ", " +
                                         std::to_string(copyDiffers) + " differ"});
        std::int64_t unnumbered = 0;
        for (const char* name : {"commandes_db", "inventaire_db", "produits_db"}) {
            unnumbered += query(db(name), "SELECT count(*) FROM changes WHERE seq IS NULL")[0][0].as<std::int64_t>();
        }
        report.invariants.push_back({"no change left unnumbered in a change feed", unnumbered == 0,
                                     std::to_string(unnumbered) + " unnumbered"});
    }

    const FaultStack& m_stack;
    const History& m_history;
    std::vector<TerminalRecord> m_terminals;
    std::map<std::string, std::string> m_customers;  // web process -> customer id
};
