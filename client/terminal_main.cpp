// magasin-terminal: the desktop core without a screen, for scripts, the offline tests and the fault suite.
// Usage: magasin-terminal --data DIR enrol|login|sell|sync|status [options]; servers from MAGASIN_*_URL.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "magasin/client/backoff.hpp"
#include "magasin/client/client_error.hpp"
#include "magasin/client/sync_engine.hpp"
#include "magasin/client/terminal.hpp"
#include "magasin/client/terminal_lock.hpp"

using magasin::client::ClientError;
using nlohmann::json;
namespace client = magasin::client;
namespace domain = magasin::domain;

namespace {

constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;
constexpr int kExitLockHeld = 3;

void print(const json& j) {
    std::cout << j.dump() << std::endl;
}

int fail(const std::string& message, int code = kExitFailure) {
    std::cerr << "magasin-terminal: " << message << std::endl;
    return code;
}

json statusJson(const client::SyncStatus& s) {
    return {{"online", s.online},
            {"pending", s.pending},
            {"rejected", s.rejected},
            {"flagged", s.flagged},
            {"last_error", s.lastError.toStdString()}};
}

int sell(client::Terminal& terminal, const QCommandLineParser& args) {
    const auto session = terminal.sessions().login(args.value(QStringLiteral("code")).toStdString(),
                                                   args.value(QStringLiteral("pin")).toStdString());
    const QStringList productIds = args.value(QStringLiteral("products")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (productIds.isEmpty()) {
        return fail("sell needs --products ID[,ID...] (products of the local catalogue)", kExitUsage);
    }
    std::vector<client::CachedProduct> products;
    for (const QString& id : productIds) {
        auto p = terminal.catalogue().byId(id.toStdString());
        if (!p) {
            return fail("product " + id.toStdString() + " is not in the local catalogue: sync first");
        }
        products.push_back(*p);
    }
    const int count = args.value(QStringLiteral("count")).toInt();
    auto& desk = terminal.registerDesk();
    json quantities = json::object();
    for (int i = 0; i < count; ++i) {
        // Sale i: product i mod k, quantity 1 + (i mod 3), paid in cash rounded up to the next dollar.
        const auto& p = products[static_cast<std::size_t>(i) % products.size()];
        const std::int64_t quantity = 1 + i % 3;
        const std::vector<client::CartLine> lines = {
            {p.id, p.name, p.priceCents, quantity, p.taxable, 0, std::nullopt}};
        const auto total = desk.totalsOf(lines).total.cents();
        const auto tendered = (total + 99) / 100 * 100;
        desk.recordSale(session, lines, {domain::Payment::cash(domain::Money::fromCents(tendered))});
        quantities[p.id] = quantities.value(p.id, std::int64_t(0)) + quantity;
    }
    print({{"sales", count},
           {"online_login", session.online},
           {"quantities", quantities},
           {"pending", terminal.outbox().pendingCount()}});
    return 0;
}

int syncCommand(client::Terminal& terminal, const QCommandLineParser& args) {
    client::TerminalLock lock(terminal.journal().path());
    if (!lock.tryAcquire()) {
        return fail("another process is syncing this journal", kExitLockHeld);
    }
    if (terminal.api() == nullptr || !terminal.identity()) {
        return fail("not enrolled, or running without servers");
    }
    client::SyncEngine engine(terminal.journal(), *terminal.api(), *terminal.identity(), domain::systemClock());
    if (args.isSet(QStringLiteral("batch"))) {
        engine.setBatchSize(args.value(QStringLiteral("batch")).toULongLong());
    }
    const qint64 timeoutMs = args.value(QStringLiteral("timeout-ms")).toLongLong();
    client::Backoff backoff({std::chrono::milliseconds(100), std::chrono::milliseconds(2000)},
                            client::Backoff::systemRandom());
    QElapsedTimer timer;
    timer.start();
    int rounds = 0;
    client::SyncRound round;
    for (;;) {
        round = engine.runOnce();
        ++rounds;
        if (round.complete || timer.elapsed() >= timeoutMs) {
            break;
        }
        QThread::msleep(static_cast<unsigned long>(backoff.next().count()));
    }
    json out = statusJson(engine.status());
    out["complete"] = round.complete;
    out["rounds"] = rounds;
    out["error"] = round.error.toStdString();
    print(out);
    return round.complete ? 0 : kExitFailure;
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("magasin-terminal"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Magasin's desktop core without a screen.\n"
        "Commands: enrol (--manager --pin --name), login (--code --pin), sell (--code --pin --products --count),\n"
        "sync (--timeout-ms --batch), status. Servers: MAGASIN_GATEWAY_URL + MAGASIN_API_KEY, or\n"
        "MAGASIN_CATALOGUE_URL, MAGASIN_INVENTAIRE_URL, MAGASIN_COMMANDES_URL."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("enrol, login, sell, sync or status"));
    parser.addOptions({
        {QStringLiteral("data"), QStringLiteral("Data folder (journal and device credential)."), QStringLiteral("dir")},
        {QStringLiteral("offline"), QStringLiteral("Never call a server.")},
        {QStringLiteral("manager"), QStringLiteral("Manager employee code (enrol)."), QStringLiteral("code")},
        {QStringLiteral("code"), QStringLiteral("Employee code."), QStringLiteral("code")},
        {QStringLiteral("pin"), QStringLiteral("PIN."), QStringLiteral("pin")},
        {QStringLiteral("name"), QStringLiteral("Terminal name (enrol)."), QStringLiteral("name"),
         QStringLiteral("Caisse")},
        {QStringLiteral("products"), QStringLiteral("Comma-separated product ids to sell."), QStringLiteral("ids")},
        {QStringLiteral("count"), QStringLiteral("Number of sales."), QStringLiteral("n"), QStringLiteral("1")},
        {QStringLiteral("timeout-ms"), QStringLiteral("Give up syncing after this long."), QStringLiteral("ms"),
         QStringLiteral("60000")},
        {QStringLiteral("batch"), QStringLiteral("Commands per push."), QStringLiteral("n")},
    });
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(QStringLiteral("data"))) {
        return fail("usage: magasin-terminal --data DIR enrol|login|sell|sync|status (see --help)", kExitUsage);
    }
    const QString command = positional.front();
    try {
        client::TerminalConfig config;
        config.dataDir = parser.value(QStringLiteral("data"));
        config.endpoints = client::ServerEndpoints::fromEnvironment();
        config.online = !parser.isSet(QStringLiteral("offline"));
        client::Terminal terminal(config);
        if (command == QLatin1String("enrol")) {
            terminal.enrol(parser.value(QStringLiteral("manager")).toStdString(),
                           parser.value(QStringLiteral("pin")).toStdString(),
                           parser.value(QStringLiteral("name")).toStdString());
            print({{"device_id", terminal.identity()->deviceId.toString()},
                   {"store_id", terminal.identity()->storeId.toString()}});
            return 0;
        }
        if (command == QLatin1String("login")) {
            const auto s = terminal.sessions().login(parser.value(QStringLiteral("code")).toStdString(),
                                                     parser.value(QStringLiteral("pin")).toStdString());
            print({{"staff_id", s.staffId.toString()},
                   {"name", s.name},
                   {"role", std::string(domain::roleName(s.role))},
                   {"online", s.online}});
            return 0;
        }
        if (command == QLatin1String("sell")) {
            return sell(terminal, parser);
        }
        if (command == QLatin1String("sync")) {
            return syncCommand(terminal, parser);
        }
        if (command == QLatin1String("status")) {
            json out = {{"enrolled", terminal.enrolled()},
                        {"products", terminal.catalogue().count()},
                        {"pending", terminal.enrolled() ? terminal.outbox().pendingCount() : 0},
                        {"rejected", terminal.enrolled() ? terminal.outbox().rejected().size() : 0},
                        {"sales", terminal.enrolled() ? terminal.registerDesk().saleCount() : 0}};
            print(out);
            return 0;
        }
        return fail("unknown command " + command.toStdString(), kExitUsage);
    } catch (const ClientError& e) {
        return fail(e.what());
    } catch (const std::exception& e) {
        return fail(e.what());
    }
}
