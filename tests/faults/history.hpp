// The fault test's history, as Jepsen keeps one: every operation a client invoked, by whom, and how it ended (ok,
// failed, unknown), with times. Usage: auto i = h.invoke("web-1", "order", key); h.complete(i, Outcome::kOk, orderId);
#pragma once

#include <chrono>
#include <fstream>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

enum class Outcome { kInvoked, kOk, kFailed, kUnknown };

inline const char* outcomeName(Outcome o) {
    switch (o) {
        case Outcome::kInvoked: return "invoked";
        case Outcome::kOk: return "ok";
        case Outcome::kFailed: return "failed";
        case Outcome::kUnknown: return "unknown";
    }
    return "?";
}

struct Operation {
    std::string process;  // "terminal-2", "web-1"
    std::string kind;     // "sale" or "order"
    std::string key;      // the client's own id for it: the idempotency key of a checkout, a sale batch's number
    int count = 1;        // sales recorded by one invocation of the terminal (it sells a few at once)
    Outcome outcome = Outcome::kInvoked;
    std::string result;    // the order id of a completed checkout; why it failed; what made it unknown
    double invokedAt = 0;  // seconds since the run began
    double completedAt = 0;
};

class History {
public:
    History() : m_start(std::chrono::steady_clock::now()) {}

    std::size_t invoke(const std::string& process, const std::string& kind, const std::string& key, int count = 1) {
        const std::lock_guard lock(m_mutex);
        m_ops.push_back({process, kind, key, count, Outcome::kInvoked, {}, now(), 0});
        return m_ops.size() - 1;
    }
    void complete(std::size_t index, Outcome outcome, const std::string& result = {}) {
        const std::lock_guard lock(m_mutex);
        m_ops[index].outcome = outcome;
        m_ops[index].result = result;
        m_ops[index].completedAt = now();
    }
    // Something the nemesis did, with its time: the log beside the operations.
    void nemesis(const std::string& what) {
        const std::lock_guard lock(m_mutex);
        m_nemesis.push_back({now(), what});
        ++m_nemesisCounts[what.substr(0, what.find(' '))];
    }

    [[nodiscard]] std::vector<Operation> operations() const {
        const std::lock_guard lock(m_mutex);
        return m_ops;
    }
    [[nodiscard]] std::map<std::string, int> nemesisCounts() const {
        const std::lock_guard lock(m_mutex);
        return m_nemesisCounts;
    }
    [[nodiscard]] double elapsed() const { return now(); }

    // One JSON line per operation and per nemesis event, for a person reading a failed run.
    void write(const std::string& path) const {
        const std::lock_guard lock(m_mutex);
        std::ofstream out(path);
        for (const auto& op : m_ops) {
            out << nlohmann::json{{"process", op.process},
                                  {"kind", op.kind},
                                  {"key", op.key},
                                  {"count", op.count},
                                  {"outcome", outcomeName(op.outcome)},
                                  {"result", op.result},
                                  {"invoked_at", op.invokedAt},
                                  {"completed_at", op.completedAt}}
                       .dump()
                << '\n';
        }
        for (const auto& [at, what] : m_nemesis) {
            out << nlohmann::json{{"process", "nemesis"}, {"at", at}, {"what", what}}.dump() << '\n';
        }
    }

private:
    [[nodiscard]] double now() const {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
    }

    std::chrono::steady_clock::time_point m_start;
    mutable std::mutex m_mutex;
    std::vector<Operation> m_ops;
    std::vector<std::pair<double, std::string>> m_nemesis;
    std::map<std::string, int> m_nemesisCounts;
};
