#include "magasin/client/device_identity.hpp"

#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <nlohmann/json.hpp>

#include "magasin/client/client_error.hpp"

namespace magasin::client {

std::optional<DeviceIdentity> DeviceCredentialFile::load() const {
    const QByteArray native = QFile::encodeName(m_path);
    struct stat st {};
    if (::stat(native.constData(), &st) != 0) {
        if (errno == ENOENT) {
            return std::nullopt;
        }
        throw ClientError(ClientError::kJournal, "cannot read " + m_path.toStdString() + ": " + std::strerror(errno));
    }
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        throw ClientError(ClientError::kJournal, "The device credential " + m_path.toStdString() +
                                                     " is readable by other users: chmod 600 it or enrol again");
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw ClientError(ClientError::kJournal, "cannot read " + m_path.toStdString());
    }
    const auto j = nlohmann::json::parse(file.readAll().toStdString(), nullptr, false);
    try {
        if (j.is_discarded()) {
            throw std::runtime_error("not JSON");
        }
        DeviceIdentity id;
        id.deviceId = domain::DeviceId::parse(j.at("device_id").get<std::string>());
        id.storeId = domain::StoreId::parse(j.at("store_id").get<std::string>());
        id.name = j.value("name", std::string());
        id.credential = j.at("credential").get<std::string>();
        return id;
    } catch (const std::exception& e) {
        throw ClientError(ClientError::kJournal, "The device credential " + m_path.toStdString() + " is damaged (" +
                                                     e.what() + "): enrol again");
    }
}

void DeviceCredentialFile::save(const DeviceIdentity& identity) const {
    const nlohmann::json j = {{"device_id", identity.deviceId.toString()},
                              {"store_id", identity.storeId.toString()},
                              {"name", identity.name},
                              {"credential", identity.credential}};
    const std::string text = j.dump(2) + "\n";
    const QByteArray target = QFile::encodeName(m_path);
    const QByteArray temporary = target + ".tmp";
    // Created 0600 from the start: there is no moment when the secret is readable by others.
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        throw ClientError(ClientError::kJournal,
                          "cannot write " + temporary.toStdString() + ": " + std::strerror(errno));
    }
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    const bool written = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
    ::close(fd);
    if (!written || ::rename(temporary.constData(), target.constData()) != 0) {
        ::unlink(temporary.constData());
        throw ClientError(ClientError::kJournal, "cannot save the device credential to " + m_path.toStdString());
    }
}

}  // namespace magasin::client
