// The three servers a terminal syncs with, as real processes over their own test databases, sharing one token key
// pair; stop() and start() again keep the databases (a restart after an outage). Tokens for the test's own checks are
// minted with the same secret key. Usage: ServerStack s; QVERIFY2(s.start(), s.log()); s.env() for magasin-terminal.
#pragma once

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>

#include <signal.h>

#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "magasin/domain/time.hpp"
#include "magasin/server/token_keys.hpp"
#include "magasin/server/token_signer.hpp"
#include "pg_test_database.hpp"

class ServerStack {
public:
    ServerStack() : m_keys(magasin::server::generateKeyPair()) {}
    ~ServerStack() { stop(); }

    [[nodiscard]] bool databasesOk() const { return m_catalogueDb.ok() && m_inventaireDb.ok() && m_commandesDb.ok(); }
    [[nodiscard]] std::string databaseError() const {
        return m_catalogueDb.error() + m_inventaireDb.error() + m_commandesDb.error();
    }

    // Starts commandes, then catalogue and inventaire (which reads commandes' sales feed). False + log() on failure.
    bool start() {
        m_log.clear();
        m_commandes = launch("MAGASIN_COMMANDES_BINARY", commandesEnv(), m_commandesPort);
        if (m_commandesPort == 0) {
            return false;
        }
        m_catalogue = launch("MAGASIN_CATALOGUE_BINARY", verifyingEnv(m_catalogueDb.conninfo()), m_cataloguePort);
        QProcessEnvironment inventaire = verifyingEnv(m_inventaireDb.conninfo());
        inventaire.insert(QStringLiteral("MAGASIN_COMMANDES_URL"),
                          QStringLiteral("http://127.0.0.1:%1").arg(m_commandesPort));
        inventaire.insert(QStringLiteral("MAGASIN_SERVICE_TOKEN"), QString::fromStdString(serviceToken()));
        m_inventaire = launch("MAGASIN_INVENTAIRE_BINARY", inventaire, m_inventairePort);
        return m_cataloguePort != 0 && m_inventairePort != 0;
    }

    void stop() {
        for (auto* p : {&m_catalogue, &m_inventaire, &m_commandes}) {
            if (*p && (*p)->state() != QProcess::NotRunning) {
                ::kill(static_cast<pid_t>((*p)->processId()), SIGTERM);
                if (!(*p)->waitForFinished(10000)) {
                    (*p)->kill();
                    (*p)->waitForFinished(5000);
                }
            }
            p->reset();
        }
        m_cataloguePort = m_inventairePort = m_commandesPort = 0;
    }

    [[nodiscard]] const QByteArray& log() const { return m_log; }
    [[nodiscard]] int cataloguePort() const { return m_cataloguePort; }
    [[nodiscard]] int inventairePort() const { return m_inventairePort; }
    [[nodiscard]] int commandesPort() const { return m_commandesPort; }

    // The environment magasin-terminal reads its servers from; commandes may be replaced by a proxy's port.
    [[nodiscard]] QProcessEnvironment terminalEnv(int commandesPort = 0) const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("MAGASIN_GATEWAY_URL"));
        env.remove(QStringLiteral("MAGASIN_API_KEY"));
        const auto url = [](int port) { return QStringLiteral("http://127.0.0.1:%1").arg(port); };
        // A stopped stack has port 0: point at a port nobody listens on, as a terminal with the link down sees it.
        env.insert(QStringLiteral("MAGASIN_CATALOGUE_URL"), url(m_cataloguePort ? m_cataloguePort : 1));
        env.insert(QStringLiteral("MAGASIN_INVENTAIRE_URL"), url(m_inventairePort ? m_inventairePort : 1));
        env.insert(QStringLiteral("MAGASIN_COMMANDES_URL"), url(commandesPort     ? commandesPort
                                                                : m_commandesPort ? m_commandesPort
                                                                                  : 1));
        return env;
    }

    [[nodiscard]] std::string serviceToken() const {
        magasin::server::Claims claims;
        claims.subject = "client-tests";
        claims.kind = magasin::server::TokenKind::kService;
        return signer().sign(claims, std::chrono::hours(1));
    }
    [[nodiscard]] std::string managerToken(const std::string& storeId, const std::string& staffId) const {
        magasin::server::Claims claims;
        claims.subject = staffId;
        claims.kind = magasin::server::TokenKind::kStaff;
        claims.role = magasin::domain::Role::kManager;
        claims.store = magasin::domain::StoreId::parse(storeId);
        return signer().sign(claims, std::chrono::hours(1));
    }

private:
    [[nodiscard]] magasin::server::TokenSigner signer() const {
        return magasin::server::TokenSigner(m_keys.secretKey, magasin::domain::systemClock());
    }

    static QProcessEnvironment baseEnv(const std::string& databaseUrl) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name :
             {"MAGASIN_DATABASE_URL", "MAGASIN_TOKEN_SECRET_KEY", "MAGASIN_TOKEN_PUBLIC_KEY", "MAGASIN_CATALOGUE_URL",
              "MAGASIN_INVENTAIRE_URL", "MAGASIN_COMMANDES_URL", "MAGASIN_SERVICE_TOKEN"}) {
            env.remove(QString::fromLatin1(name));
        }
        env.insert(QStringLiteral("MAGASIN_DATABASE_URL"), QString::fromStdString(databaseUrl));
        env.insert(QStringLiteral("MAGASIN_PORT"), QStringLiteral("0"));
        env.insert(QStringLiteral("MAGASIN_DEMO_DATA"), QStringLiteral("1"));
        return env;
    }
    QProcessEnvironment commandesEnv() const {
        QProcessEnvironment env = baseEnv(m_commandesDb.conninfo());
        env.insert(QStringLiteral("MAGASIN_TOKEN_SECRET_KEY"),
                   QString::fromStdString(magasin::server::encodeKey(m_keys.secretKey)));
        return env;
    }
    QProcessEnvironment verifyingEnv(const std::string& databaseUrl) const {
        QProcessEnvironment env = baseEnv(databaseUrl);
        env.insert(QStringLiteral("MAGASIN_TOKEN_PUBLIC_KEY"),
                   QString::fromStdString(magasin::server::encodeKey(m_keys.publicKey)));
        return env;
    }

    // The server's log goes to a file, not a pipe: nobody drains a pipe while a test waits, and a full pipe would
    // block the server on its next log line.
    std::unique_ptr<QProcess> launch(const char* binaryVariable, const QProcessEnvironment& env, int& port) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(env);
        const QString logPath =
            m_logDir.filePath(QStringLiteral("%1-%2.log").arg(QString::fromLatin1(binaryVariable)).arg(++m_launches));
        p->setStandardErrorFile(logPath);
        p->setStandardOutputFile(QProcess::nullDevice());
        p->start(qEnvironmentVariable(binaryVariable), {});
        port = 0;
        QByteArray log;
        for (int waited = 0; waited < 30000 && port == 0 && p->state() != QProcess::NotRunning; waited += 50) {
            QThread::msleep(50);
            QFile file(logPath);
            if (file.open(QIODevice::ReadOnly)) {
                log = file.readAll();
            }
            for (const QByteArray& line : log.split('\n')) {
                const auto j = nlohmann::json::parse(line.toStdString(), nullptr, false);
                if (!j.is_discarded() && j.is_object() && j.value("message", "") == "listening") {
                    port = j.value("port", 0);
                }
            }
        }
        if (port == 0) {
            m_log += QByteArray(binaryVariable) + " did not start (" + p->errorString().toUtf8() + ", " +
                     logPath.toUtf8() + ", binary " + qEnvironmentVariable(binaryVariable).toUtf8() + "):\n" + log;
        }
        return p;
    }

    magasin::server::KeyPair m_keys;
    PgTestDatabase m_catalogueDb;
    PgTestDatabase m_inventaireDb;
    PgTestDatabase m_commandesDb;
    std::unique_ptr<QProcess> m_catalogue;
    std::unique_ptr<QProcess> m_inventaire;
    std::unique_ptr<QProcess> m_commandes;
    int m_cataloguePort = 0;
    int m_inventairePort = 0;
    int m_commandesPort = 0;
    QByteArray m_log;
    QTemporaryDir m_logDir;
    int m_launches = 0;
};
