// For the tests that run a server binary: the port it listens on, read from its "listening" log line.
// Usage: p.start(binary, {}); QByteArray log; const int port = waitForListeningPort(p, log, 30000); QVERIFY2(port > 0,
// log);
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>

#include <string>

#include <nlohmann/json.hpp>

#include "magasin/server/token_keys.hpp"

// The environment of a server that verifies tokens (catalogue, inventaire): a fresh public key, a free port, demo
// data, and MAGASIN_DATABASE_URL only when `databaseUrl` is not empty.
inline QProcessEnvironment verifyingServerEnvironment(const std::string& databaseUrl) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MAGASIN_DATABASE_URL"));
    if (!databaseUrl.empty()) {
        env.insert(QStringLiteral("MAGASIN_DATABASE_URL"), QString::fromStdString(databaseUrl));
    }
    const auto keys = magasin::server::generateKeyPair();
    env.insert(QStringLiteral("MAGASIN_TOKEN_PUBLIC_KEY"),
               QString::fromStdString(magasin::server::encodeKey(keys.publicKey)));
    env.insert(QStringLiteral("MAGASIN_PORT"), QStringLiteral("0"));
    env.insert(QStringLiteral("MAGASIN_DEMO_DATA"), QStringLiteral("1"));
    return env;
}

// Reads the process's standard error until a JSON log line {"message":"listening","port":N} appears; returns N, or 0
// when the process ends or `timeoutMs` passes first. Everything read is appended to `log` for the failure message.
inline int waitForListeningPort(QProcess& process, QByteArray& log, int timeoutMs) {
    for (int waited = 0; waited < timeoutMs && process.state() == QProcess::Running; waited += 100) {
        process.waitForReadyRead(100);
        log += process.readAllStandardError();
        for (const QByteArray& line : log.split('\n')) {
            const auto j = nlohmann::json::parse(line.toStdString(), nullptr, false);
            if (!j.is_discarded() && j.is_object() && j.value("message", "") == "listening") {
                return j.value("port", 0);
            }
        }
    }
    return 0;
}
