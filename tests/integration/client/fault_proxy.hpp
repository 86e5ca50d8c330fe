// A small HTTP/1.1 proxy for the terminal's fault tests: forwards each request to an upstream server on loopback,
// records the command ids of every POST /v1/sync/commands, and can drop the answer of every Nth push AFTER the server
// committed it (the connection is closed instead of relayed). Usage: FaultProxy p(upstreamPort); p.dropEvery = 2;
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
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
        ::listen(m_listen, 64);
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
        const std::lock_guard lock(m_mutex);
        for (auto& t : m_workers) {
            t.join();
        }
    }
    FaultProxy(const FaultProxy&) = delete;
    FaultProxy& operator=(const FaultProxy&) = delete;

    [[nodiscard]] int port() const { return m_port; }
    // Every command id pushed through the proxy, in the order the pushes arrived (duplicates kept).
    std::vector<std::string> pushedIds() {
        const std::lock_guard lock(m_mutex);
        return m_pushedIds;
    }

    std::atomic<int> dropEvery{0};  // 0: never drop
    std::atomic<int> pushes{0};
    std::atomic<int> dropped{0};

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
            const std::lock_guard lock(m_mutex);
            m_workers.emplace_back([this, client] { serve(client); });
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
        const bool isPush = head.rfind("POST /v1/sync/commands", 0) == 0;
        const int upstream = ::socket(AF_INET, SOCK_STREAM, 0);
        setTimeout(upstream);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = htons(static_cast<uint16_t>(m_upstreamPort));
        std::string response;
        if (::connect(upstream, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 && sendAll(upstream, forwarded)) {
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
        sendAll(client, response);
        ::shutdown(client, SHUT_WR);
        ::close(client);
    }

    int m_upstreamPort;
    int m_listen = -1;
    int m_port = 0;
    std::atomic<bool> m_stopping{false};
    std::thread m_acceptor;
    std::mutex m_mutex;
    std::vector<std::thread> m_workers;
    std::vector<std::string> m_pushedIds;
};
