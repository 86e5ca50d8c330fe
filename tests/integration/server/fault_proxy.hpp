// The tests' fault-injecting proxy: a loopback listener that relays each HTTP/1.1 request to an upstream port and can
// cut connections (refused, or the answer lost after the upstream committed), delay them, or drop every Nth push
// answer. Usage: FaultProxy p(upstreamPort); p.setCut(true); p.setDelay(std::chrono::milliseconds(500)); p.dropEvery =
// 2;
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

class FaultProxy {
public:
    explicit FaultProxy(int upstreamPort) : m_upstreamPort(upstreamPort) {
        m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
        int one = 1;
        ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = 0;
        ::bind(m_listen, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
        ::listen(m_listen, 256);
        socklen_t len = sizeof addr;
        ::getsockname(m_listen, reinterpret_cast<sockaddr*>(&addr), &len);
        m_port = ntohs(addr.sin_port);
        m_acceptor = std::thread([this] { acceptLoop(); });
    }
    ~FaultProxy() {
        m_stopping = true;
        ::shutdown(m_listen, SHUT_RDWR);
        ::close(m_listen);
        m_acceptor.join();
        // Workers are detached (a long run serves tens of thousands of connections); wait for the last one.
        std::unique_lock lock(m_mutex);
        m_idle.wait(lock, [this] { return m_active == 0; });
    }
    FaultProxy(const FaultProxy&) = delete;
    FaultProxy& operator=(const FaultProxy&) = delete;

    [[nodiscard]] int port() const { return m_port; }
    // Every command id pushed through the proxy, in the order the pushes arrived (duplicates kept).
    std::vector<std::string> pushedIds() {
        const std::lock_guard lock(m_mutex);
        return m_pushedIds;
    }

    // Cut: new connections are reset at once, and the answer of a request already forwarded is not relayed (the
    // client sees a reset after the upstream may have committed: the outcome is unknown to it).
    void setCut(bool cut) { m_cut = cut; }
    // Delay: each request waits this long before it is forwarded, and its answer as long again before it is relayed.
    void setDelay(std::chrono::milliseconds delay) { m_delayMs = static_cast<int>(delay.count()); }
    void heal() {
        setCut(false);
        setDelay(std::chrono::milliseconds(0));
    }

    std::atomic<int> dropEvery{0};  // 0: never drop
    std::atomic<int> pushes{0};
    std::atomic<int> dropped{0};
    std::atomic<int> requests{0};  // relayed to the upstream
    std::atomic<int> cutConnections{0};

private:
    void acceptLoop() {
        while (!m_stopping) {
            const int client = ::accept(m_listen, nullptr, nullptr);
            if (client < 0) {
                if (m_stopping) {
                    return;
                }
                continue;
            }
            if (m_cut) {
                reset(client);
                continue;
            }
            {
                const std::lock_guard lock(m_mutex);
                ++m_active;
            }
            std::thread([this, client] {
                serve(client);
                const std::lock_guard lock(m_mutex);
                if (--m_active == 0) {
                    m_idle.notify_all();
                }
            }).detach();
        }
    }

    // Closes with an RST rather than a FIN: the client sees "connection reset", as when a link drops.
    void reset(int fd) {
        ++cutConnections;
        linger hard{1, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        ::close(fd);
    }

    void pause() const {
        const int ms = m_delayMs;
        if (ms > 0) {
            std::this_thread::sleep_for(std::chrono::milliseconds(ms));
        }
    }

    static void setTimeout(int fd) {
        timeval tv{30, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    }

    static bool sendAll(int fd, const std::string& data) {
        std::size_t sent = 0;
        while (sent < data.size()) {
            const auto n = ::send(fd, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
            if (n <= 0) {
                return false;
            }
            sent += static_cast<std::size_t>(n);
        }
        return true;
    }

    void serve(int client) {
        setTimeout(client);
        std::string request;
        char buffer[65536];
        std::size_t headerEnd = std::string::npos;
        while (headerEnd == std::string::npos) {
            const auto n = ::recv(client, buffer, sizeof buffer, 0);
            if (n <= 0) {
                ::close(client);
                return;
            }
            request.append(buffer, static_cast<std::size_t>(n));
            headerEnd = request.find("\r\n\r\n");
        }
        std::string head = request.substr(0, headerEnd);
        std::string lower = head;
        for (auto& c : lower) {
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        std::size_t contentLength = 0;
        if (const auto at = lower.find("content-length:"); at != std::string::npos) {
            contentLength = std::stoul(lower.substr(at + 15));
        }
        while (request.size() < headerEnd + 4 + contentLength) {
            const auto n = ::recv(client, buffer, sizeof buffer, 0);
            if (n <= 0) {
                ::close(client);
                return;
            }
            request.append(buffer, static_cast<std::size_t>(n));
        }
        const std::string body = request.substr(headerEnd + 4, contentLength);
        // One request per connection: ask the upstream to close, so that its answer ends at EOF.
        std::string forwarded;
        std::size_t lineStart = 0;
        while (lineStart < head.size()) {
            auto lineEnd = head.find("\r\n", lineStart);
            if (lineEnd == std::string::npos) {
                lineEnd = head.size();
            }
            const std::string line = head.substr(lineStart, lineEnd - lineStart);
            std::string l = line;
            for (auto& c : l) {
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            }
            if (l.rfind("connection:", 0) != 0) {
                forwarded += line + "\r\n";
            }
            lineStart = lineEnd + 2;
        }
        forwarded += "Connection: close\r\n\r\n" + body;
        pause();
        if (m_cut) {
            reset(client);
            return;
        }
        const std::string requestLine = head.substr(0, head.find("\r\n"));
        const bool isPush =
            requestLine.rfind("POST ", 0) == 0 && requestLine.find("/v1/sync/commands") != std::string::npos;
        const int upstream = ::socket(AF_INET, SOCK_STREAM, 0);
        setTimeout(upstream);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = htons(static_cast<uint16_t>(m_upstreamPort));
        std::string response;
        if (::connect(upstream, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 && sendAll(upstream, forwarded)) {
            ++requests;
            for (;;) {
                const auto n = ::recv(upstream, buffer, sizeof buffer, 0);
                if (n <= 0) {
                    break;
                }
                response.append(buffer, static_cast<std::size_t>(n));
            }
        }
        ::close(upstream);
        if (isPush) {
            const auto j = nlohmann::json::parse(body, nullptr, false);
            if (!j.is_discarded() && j.contains("commands")) {
                const std::lock_guard lock(m_mutex);
                for (const auto& c : j.at("commands")) {
                    m_pushedIds.push_back(c.value("command_id", std::string()));
                }
            }
            const int n = ++pushes;
            const int every = dropEvery;
            if (every > 0 && n % every == 0 && !response.empty()) {
                // The server has committed the batch; the terminal never hears about it.
                ++dropped;
                ::shutdown(client, SHUT_RDWR);
                ::close(client);
                return;
            }
        }
        pause();
        if (m_cut || response.empty()) {
            // No answer (the upstream was down, or the link is cut now): the client sees the connection reset.
            reset(client);
            return;
        }
        sendAll(client, response);
        ::shutdown(client, SHUT_WR);
        ::close(client);
    }

    int m_upstreamPort;
    int m_listen = -1;
    int m_port = 0;
    std::atomic<bool> m_stopping{false};
    std::atomic<bool> m_cut{false};
    std::atomic<int> m_delayMs{0};
    std::thread m_acceptor;
    std::mutex m_mutex;
    std::condition_variable m_idle;
    int m_active = 0;
    std::vector<std::string> m_pushedIds;
};
