#include "magasin/client/terminal.hpp"

#include <QDir>
#include <QFile>

#include "magasin/client/client_error.hpp"

namespace magasin::client {
namespace {

std::unique_ptr<Journal> openJournal(const TerminalConfig& config) {
    if (!QDir().mkpath(config.dataDir)) {
        throw ClientError(ClientError::kJournal, "cannot create the data folder " + config.dataDir.toStdString());
    }
    // The folder holds the device credential and the staff verifiers: the user's alone.
    QFile::setPermissions(config.dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return std::make_unique<Journal>(config.journalPath());
}

}  // namespace

Terminal::Terminal(TerminalConfig config)
    : m_config(std::move(config)),
      m_journal(openJournal(m_config)),
      m_catalogue(*m_journal),
      m_stock(*m_journal),
      m_staff(*m_journal),
      m_stores(*m_journal),
      m_printQueue(*m_journal) {
    if (m_config.online) {
        m_transport = std::make_unique<QtHttpTransport>();
        m_api = std::make_unique<ApiClient>(*m_transport, m_config.endpoints);
    }
    m_identity = DeviceCredentialFile(m_config.credentialPath()).load();
    buildEnrolledParts();
}

Terminal::~Terminal() {
    if (m_agent) {
        m_agent->stop();
    }
}

void Terminal::buildEnrolledParts() {
    m_sessions = std::make_unique<SessionService>(*m_journal, m_api.get(), m_identity, domain::systemClock());
    if (!m_identity) {
        return;
    }
    auto ids = std::make_shared<domain::UuidV7Generator>(domain::systemClock(), domain::systemRandom());
    m_outbox = std::make_unique<Outbox>(*m_journal, m_identity->deviceId, domain::systemClock(),
                                        [ids] { return ids->next(); });
    m_register = std::make_unique<SaleRegister>(*m_journal, *m_outbox, m_identity->storeId, domain::systemClock());
}

void Terminal::enrol(const std::string& managerCode, const std::string& managerPin, const std::string& deviceName) {
    if (!m_api) {
        throw ClientError(ClientError::kUnreachable, "This terminal runs without servers: it cannot be enrolled");
    }
    m_identity = SessionService::enrol(*m_api, managerCode, managerPin, deviceName,
                                       DeviceCredentialFile(m_config.credentialPath()));
    m_journal->setSetting(QStringLiteral("device_id"), QString::fromStdString(m_identity->deviceId.toString()));
    m_journal->setSetting(QStringLiteral("store_id"), QString::fromStdString(m_identity->storeId.toString()));
    buildEnrolledParts();
}

SessionService& Terminal::sessions() {
    return *m_sessions;
}

SaleRegister& Terminal::registerDesk() {
    if (!m_register) {
        throw ClientError(ClientError::kNotEnrolled, "This terminal is not enrolled: a manager must enrol it first");
    }
    return *m_register;
}

Outbox& Terminal::outbox() {
    if (!m_outbox) {
        throw ClientError(ClientError::kNotEnrolled, "This terminal is not enrolled: a manager must enrol it first");
    }
    return *m_outbox;
}

SyncAgent* Terminal::startSync(std::chrono::milliseconds interval) {
    if (!m_identity || !m_config.online) {
        return nullptr;
    }
    if (!m_agent) {
        m_agent = std::make_unique<SyncAgent>(
            SyncAgentOptions{m_config.journalPath(), m_config.endpoints, *m_identity, interval});
    }
    m_agent->start();
    return m_agent.get();
}

}  // namespace magasin::client
