// Where receipt bytes go: a raw TCP 9100 printer, or anything a test provides.
// Usage: RawTcpPrinter printer("192.168.1.50", 9100); printer.print(EscPosRenderer().render(receipt));
#pragma once

#include <QByteArray>
#include <QString>

namespace magasin::client {

class ReceiptPrinter {
public:
    virtual ~ReceiptPrinter() = default;
    // Throws ClientError kUnreachable when the printer cannot take the bytes.
    virtual void print(const QByteArray& bytes) = 0;
};

class RawTcpPrinter : public ReceiptPrinter {
public:
    RawTcpPrinter(QString host, quint16 port = 9100, int timeoutMs = 5000)
        : m_host(std::move(host)), m_port(port), m_timeoutMs(timeoutMs) {}
    void print(const QByteArray& bytes) override;

private:
    QString m_host;
    quint16 m_port;
    int m_timeoutMs;
};

}  // namespace magasin::client
