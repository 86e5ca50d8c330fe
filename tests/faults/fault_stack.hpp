// The whole stack of scripts/stack (PostgreSQL, the servers, the gateway) in a folder of the test's, on its own ports,
// with the nemesis's levers: SIGKILL / SIGSTOP / SIGCONT a server by name, restart PostgreSQL, start what is down.
// Usage: FaultStack s(dir, offset, pgPort); s.start(); s.signal("commandes", SIGKILL); s.start(); s.stop();
#pragma once

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <mutex>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "child_process.hpp"

class FaultStack {
public:
    // The servers of scripts/stack the nemesis may hit (its names, as in DIR/run/NAME.pid).
    static inline const std::vector<std::string> kServers = {"commandes",  "catalogue-1",  "catalogue-2", "catalogue-3",
                                                             "inventaire", "supply-chain", "ecommerce"};

    FaultStack(std::string dir, int portOffset, int pgPort)
        : m_dir(std::move(dir)), m_offset(portOffset), m_pgPort(pgPort) {
        // As root, PostgreSQL runs as `postgres`, which must reach its data folder inside this one.
        ::chmod(m_dir.c_str(), 0755);
    }

    // Starts what is not running (the script leaves running processes alone). Serialised: the nemesis and the
    // recovery both call it.
    bool start() { return script({MAGASIN_SOURCE_DIR "/scripts/stack", "start"}, 120000); }
    bool stop() { return script({MAGASIN_SOURCE_DIR "/scripts/stack", "stop"}, 120000); }
    // PostgreSQL stopped, then the stack started again: a fast shutdown (every connection of every server is cut),
    // or with `crash` an immediate one (no checkpoint: the restart replays the WAL, as after a power cut).
    bool restartPostgres(bool crash) {
        const std::string data = m_dir + "/postgres/data";
        const bool stopped =
            crash ? script({"/bin/bash", "-c",
                            "bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1);"
                            " if [[ $(id -u) -eq 0 ]]; then run=(runuser -u postgres --); else run=(); fi;"
                            " \"${run[@]}\" \"$bin/pg_ctl\" -D '" +
                                data + "' -m immediate -w stop"},
                           60000)
                  : script({MAGASIN_SOURCE_DIR "/scripts/pg-cluster", "stop", m_dir + "/postgres"}, 60000);
        return start() && stopped;
    }

    [[nodiscard]] pid_t pidOf(const std::string& name) const {
        std::ifstream in(m_dir + "/run/" + name + ".pid");
        pid_t pid = 0;
        in >> pid;
        return pid;
    }
    bool signal(const std::string& name, int sig) const {
        const pid_t pid = pidOf(name);
        return pid > 0 && ::kill(pid, sig) == 0;
    }

    [[nodiscard]] int gatewayPort() const { return 8080 + m_offset; }
    [[nodiscard]] const std::string& dir() const { return m_dir; }
    [[nodiscard]] std::string conninfo(const std::string& database) const {
        const std::string user = ::getuid() == 0 ? "postgres" : ::getlogin() ? ::getlogin() : "";
        return "host=" + m_dir + "/postgres/run port=" + std::to_string(m_pgPort) + " user=" + user +
               " dbname=" + database + " connect_timeout=5";
    }
    // A development API key of the gateway: "POS_DESKTOP", "WEB_SHOP", "PARTNER".
    [[nodiscard]] std::string apiKey(const std::string& client) const {
        std::ifstream in(m_dir + "/secrets/api-keys.env");
        std::stringstream text;
        text << in.rdbuf();
        std::smatch m;
        const std::string all = text.str();
        return std::regex_search(all, m, std::regex("DECK_MAGASIN_API_KEY_" + client + "=(\\w+)")) ? m[1].str() : "";
    }
    [[nodiscard]] std::string logPath() const { return m_dir + "/faults-stack.log"; }
    // Runs and is not a zombie (a killed server may wait a while for its reaper); else why not, in `why`.
    [[nodiscard]] bool alive(const std::string& name, std::string* why = nullptr) const {
        const pid_t pid = pidOf(name);
        std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
        std::string ignored, state;
        stat >> ignored >> ignored >> state;
        const bool running = pid > 0 && ::kill(pid, 0) == 0 && state != "Z";
        if (!running && why != nullptr) {
            *why = "pid " + std::to_string(pid) + ", state " + (state.empty() ? "gone" : state);
        }
        return running;
    }

private:
    bool script(const std::vector<std::string>& argv, int timeoutMs) {
        const std::lock_guard lock(m_mutex);
        const auto r = runChild(argv,
                                {"MAGASIN_STACK_DIR=" + m_dir, "MAGASIN_STACK_BUILD=" MAGASIN_BINARY_DIR,
                                 "MAGASIN_STACK_PORT_OFFSET=" + std::to_string(m_offset),
                                 "MAGASIN_STACK_PG_PORT=" + std::to_string(m_pgPort)},
                                timeoutMs, logPath(), false);
        return r.exitCode == 0;
    }

    std::string m_dir;
    int m_offset;
    int m_pgPort;
    std::mutex m_mutex;
};
