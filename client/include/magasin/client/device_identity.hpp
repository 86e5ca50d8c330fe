// The terminal's enrolment: its device id, store and credential, in a file only the user running the app can read.
// Usage: DeviceCredentialFile file(path); if (auto id = file.load()) ...; file.save(identity);  // mode 0600
#pragma once

#include <QString>

#include <optional>
#include <string>

#include "magasin/domain/uuid.hpp"

namespace magasin::client {

struct DeviceIdentity {
    domain::DeviceId deviceId;
    domain::StoreId storeId;
    std::string name;
    std::string credential;  // "dc_..." (secret: never logged)
};

class DeviceCredentialFile {
public:
    explicit DeviceCredentialFile(QString path) : m_path(std::move(path)) {}
    // std::nullopt when the file does not exist. Throws ClientError kJournal when it exists but is unreadable,
    // malformed, or readable by group or others (a copied credential must not be trusted silently).
    [[nodiscard]] std::optional<DeviceIdentity> load() const;
    // Writes a temporary file created 0600, fsyncs it and renames it over the old one.
    void save(const DeviceIdentity& identity) const;
    [[nodiscard]] const QString& path() const { return m_path; }

private:
    QString m_path;
};

}  // namespace magasin::client
