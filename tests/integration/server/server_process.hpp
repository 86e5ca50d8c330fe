// For the tests that run a server binary: the port it listens on, read from its "listening" log line.
// Usage: p.start(binary, {}); QByteArray log; const int port = waitForListeningPort(p, log, 30000); QVERIFY2(port > 0,
// log);
#pragma once

#include <QByteArray>
#include <QProcess>

#include <nlohmann/json.hpp>

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
