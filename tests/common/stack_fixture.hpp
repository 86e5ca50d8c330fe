// The whole stack as `./magasin run` starts it (scripts/stack), in a throwaway folder with its own ports, for the
// tests against the real servers (registered with magasin_add_stack_test). Usage: StackFixture stack(23000, "25440");
// stack.start(&log); stack.gatewayUrl(); stack.posKey(); stack.kill("inventaire"); stack.run("status"); stack.stop();
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <utility>

namespace magasin::test {

class StackFixture {
public:
    StackFixture(int portOffset, QString pgPort) : m_offset(portOffset), m_pgPort(std::move(pgPort)) {
        // As root, PostgreSQL runs as `postgres`, which must reach its data folder inside this one.
        QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFileDevice::ExeGroup |
                                                QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                                QFileDevice::ReadOther);
    }
    ~StackFixture() { stop(); }
    StackFixture(const StackFixture&) = delete;
    StackFixture& operator=(const StackFixture&) = delete;

    // `scripts/stack <command>`: exit code and everything it printed.
    std::pair<int, QString> run(const QString& command) const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MAGASIN_STACK_DIR"), m_dir.path());
        env.insert(QStringLiteral("MAGASIN_STACK_BUILD"), QStringLiteral(MAGASIN_BINARY_DIR));
        env.insert(QStringLiteral("MAGASIN_STACK_PORT_OFFSET"), QString::number(m_offset));
        env.insert(QStringLiteral("MAGASIN_STACK_PG_PORT"), m_pgPort);
        QProcess script;
        script.setProcessEnvironment(env);
        script.start(QStringLiteral(MAGASIN_SOURCE_DIR "/scripts/stack"), {command});
        if (!script.waitForFinished(120000)) {
            script.kill();
            return {-1, QStringLiteral("scripts/stack %1 timed out").arg(command)};
        }
        return {script.exitCode(), QString::fromUtf8(script.readAllStandardOutput() + script.readAllStandardError())};
    }

    // Starts every part that is not running (all of them the first time). Check with QVERIFY2(ok, log).
    bool start(QString* log) {
        const auto [rc, out] = run(QStringLiteral("start"));
        *log = out;
        m_started = true;
        if (rc != 0) {
            return false;
        }
        QFile keys(m_dir.filePath(QStringLiteral("secrets/api-keys.env")));
        if (!keys.open(QIODevice::ReadOnly)) {
            *log += QStringLiteral("\nthe stack wrote no development API keys");
            return false;
        }
        const auto match = QRegularExpression(QStringLiteral("DECK_MAGASIN_API_KEY_POS_DESKTOP=(\\w+)"))
                               .match(QString::fromUtf8(keys.readAll()));
        m_posKey = match.captured(1);
        return match.hasMatch();
    }

    void stop() {
        if (m_started) {
            run(QStringLiteral("stop"));
            m_started = false;
        }
    }

    // SIGKILLs one part ("inventaire", "supply-chain", "catalogue-1", ...) as a crash would; start() brings it back.
    bool kill(const QString& part) {
        QFile pidFile(m_dir.filePath(QStringLiteral("run/%1.pid").arg(part)));
        if (!pidFile.open(QIODevice::ReadOnly)) {
            return false;
        }
        const qint64 pid = pidFile.readAll().trimmed().toLongLong();
        return pid > 0 && ::kill(static_cast<pid_t>(pid), SIGKILL) == 0;
    }

    [[nodiscard]] QString gatewayUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(8080 + m_offset); }
    [[nodiscard]] const QString& posKey() const { return m_posKey; }
    [[nodiscard]] QString dir() const { return m_dir.path(); }
    // A file of the stack's folder ("secrets/api-keys.env", "logs/commandes.log", "run/inventaire.pid").
    [[nodiscard]] QString filePath(const QString& relative) const { return m_dir.filePath(relative); }
    [[nodiscard]] bool valid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
    int m_offset;
    QString m_pgPort;
    QString m_posKey;
    bool m_started = false;
};

}  // namespace magasin::test
