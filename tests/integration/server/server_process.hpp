// For the tests that run a server binary: start it and read its port from its "listening" log line, run it to its
// exit, stop it with SIGTERM. Usage: QProcess p; QByteArray log; const int port = startServer(p, binary, env, log);
// QVERIFY2(port > 0, log.constData()); ... QVERIFY(stopsOnSigterm(p));
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

#include <signal.h>

#include <initializer_list>
#include <string>

#include <httplib.h>

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

// Starts `binary` with `env` and returns its port, or 0 when it did not come up (the log says why).
inline int startServer(QProcess& process, const QString& binary, const QProcessEnvironment& env, QByteArray& log,
                       int timeoutMs = 30000) {
    process.setProcessEnvironment(env);
    process.start(binary, {});
    if (!process.waitForStarted(5000)) {
        log += "the process did not start: " + process.errorString().toUtf8();
        return 0;
    }
    return waitForListeningPort(process, log, timeoutMs);
}

// Runs `binary` to its end (10 s at most): its exit code (-1 when it did not exit normally), its standard error into
// `err`, its standard output into `out`.
inline int runToExit(const QString& binary, const QProcessEnvironment& env, QByteArray& err,
                     const QStringList& args = {}, QByteArray* out = nullptr) {
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(binary, args);
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit) {
        return -1;
    }
    err = process.readAllStandardError();
    if (out != nullptr) {
        *out = process.readAllStandardOutput();
    }
    return process.exitCode();
}

// Sends SIGTERM: true when the server then exits normally with status 0 within 10 s.
inline bool stopsOnSigterm(QProcess& process) {
    ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
    return process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// What `binary --help` fails to list of `names` ("--help failed" when it does not exit 0); empty when all are there.
inline std::string missingFromHelp(const QString& binary, std::initializer_list<const char*> names) {
    QByteArray err;
    QByteArray out;
    if (runToExit(binary, QProcessEnvironment::systemEnvironment(), err, {QStringLiteral("--help")}, &out) != 0) {
        return "--help failed: " + err.toStdString();
    }
    std::string missing;
    for (const char* name : names) {
        if (!out.contains(name)) {
            missing += std::string(missing.empty() ? "" : ", ") + name;
        }
    }
    return missing;
}

// startServer, then GET /health/ready must answer 200: the port, or 0 (the log says why).
inline int startReadyServer(QProcess& process, const QString& binary, const QProcessEnvironment& env, QByteArray& log) {
    const int port = startServer(process, binary, env, log);
    if (port == 0) {
        return 0;
    }
    httplib::Client c("127.0.0.1", port);
    const auto ready = c.Get("/health/ready");
    if (!ready || ready->status != 200) {
        log += "\n/health/ready did not answer 200";
        return 0;
    }
    return port;
}
