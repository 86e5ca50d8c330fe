// The ceiling for HTTP benchmarks: cpp-httplib answering a fixed small JSON with no work behind it, configured like
// our servers (tcp_nodelay, a fixed pool, long keep-alive). Load results are stated as a fraction of what this serves.
// Usage: magasin-trivial-server PORT WORKERS
#include <httplib.h>

#include <sys/socket.h>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

// Configured like HttpApp (server/common/src/http_app.cpp): a listen backlog of 1024 instead of httplib's 5.
class WideBacklogServer : public httplib::Server {
public:
    void widenBacklog(int backlog) { ::listen(svr_sock_, backlog); }
};

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s PORT WORKERS\n", argv[0]);
        return 2;
    }
    const int port = std::atoi(argv[1]);
    const auto workers = static_cast<std::size_t>(std::atoi(argv[2]));
    WideBacklogServer server;
    server.new_task_queue = [workers] { return new httplib::ThreadPool(workers); };
    server.set_tcp_nodelay(true);
    server.set_keep_alive_max_count(100'000);
    const std::string body =
        R"({"id":"550e8400-e29b-41d4-a716-446655440001","name":"Clavier mécanique","price_cents":8999})";
    server.Get("/trivial",
               [&body](const httplib::Request&, httplib::Response& res) { res.set_content(body, "application/json"); });
    if (!server.bind_to_port("127.0.0.1", port)) {
        return 1;
    }
    server.widenBacklog(1024);
    return server.listen_after_bind() ? 0 : 1;
}
