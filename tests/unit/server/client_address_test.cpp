// The client address for throttling: X-Forwarded-For is believed only from a trusted gateway, and then its last
// entry (the address the gateway saw) counts; anyone else gets their own network address, whatever they write.
#include "magasin/server/client_address.hpp"

#include <httplib.h>

#include <QTest>

using namespace magasin::server;

class ClientAddressTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void address_data() {
        QTest::addColumn<QString>("peer");
        QTest::addColumn<QString>("forwarded");  // empty: no header
        QTest::addColumn<QString>("expected");
        QTest::newRow("no gateway: the peer") << "198.51.100.7"
                                              << ""
                                              << "198.51.100.7";
        QTest::newRow("an untrusted peer's header is ignored") << "198.51.100.7"
                                                               << "203.0.113.1"
                                                               << "198.51.100.7";
        QTest::newRow("the gateway's last hop counts") << "10.0.0.2"
                                                       << "203.0.113.1, 198.51.100.9"
                                                       << "198.51.100.9";
        QTest::newRow("the gateway without the header: the gateway") << "10.0.0.2"
                                                                     << ""
                                                                     << "10.0.0.2";
        QTest::newRow("a blank header from the gateway: the gateway") << "10.0.0.2"
                                                                      << " , "
                                                                      << "10.0.0.2";
    }
    void address() {
        QFETCH(QString, peer);
        QFETCH(QString, forwarded);
        QFETCH(QString, expected);
        httplib::Request request;
        request.remote_addr = peer.toStdString();
        if (!forwarded.isEmpty()) {
            request.headers.emplace("X-Forwarded-For", forwarded.toStdString());
        }
        httplib::Response response;
        const Exchange exchange(request, response, "r-1", {});
        QCOMPARE(QString::fromStdString(clientAddress(exchange, splitAddressList("127.0.0.1, 10.0.0.2"))), expected);
    }

    void splitsAList() {
        QCOMPARE(splitAddressList(" 127.0.0.1 ,, 10.0.0.2 ").size(), std::size_t(2));
        QVERIFY(splitAddressList("").empty());
    }
};

QTEST_GUILESS_MAIN(ClientAddressTest)
#include "client_address_test.moc"
