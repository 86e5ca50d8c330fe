#include "magasin/client/receipt_printer.hpp"

#include <QTcpSocket>

#include "magasin/client/client_error.hpp"

namespace magasin::client {

void RawTcpPrinter::print(const QByteArray& bytes) {
    QTcpSocket socket;
    socket.connectToHost(m_host, m_port);
    if (!socket.waitForConnected(m_timeoutMs)) {
        throw ClientError(ClientError::kUnreachable, "printer " + m_host.toStdString() + ":" + std::to_string(m_port) +
                                                         ": " + socket.errorString().toStdString());
    }
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = socket.write(bytes.constData() + written, bytes.size() - written);
        if (n < 0 || !socket.waitForBytesWritten(m_timeoutMs)) {
            throw ClientError(ClientError::kUnreachable,
                              "printer " + m_host.toStdString() + ": " + socket.errorString().toStdString());
        }
        written += n;
    }
    socket.disconnectFromHost();
    if (socket.state() != QAbstractSocket::UnconnectedState) {
        socket.waitForDisconnected(m_timeoutMs);
    }
}

}  // namespace magasin::client
