// Sessions: offline login against the store's Argon2id verifiers (wrong PIN, other store, disabled, throttled after
// three failures), online login through commandes with an offline fallback only when it cannot be reached, and
// manager overrides checked offline and audited. Enrolment saves a 0600 credential.
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include "fake_transport.hpp"
#include "magasin/client/api_client.hpp"
#include "magasin/client/client_error.hpp"
#include "magasin/client/device_identity.hpp"
#include "magasin/client/journal.hpp"
#include "magasin/client/pin_verifier.hpp"
#include "magasin/client/session_service.hpp"
#include "magasin/client/staff_directory.hpp"

using namespace magasin;
using client::ClientError;
using nlohmann::json;

namespace {

const char* kStore = "33333333-3333-3333-3333-333333333331";
const char* kOtherStore = "33333333-3333-3333-3333-333333333332";

client::DeviceIdentity identity() {
    return {domain::DeviceId::parse("0190f0a0-0000-7000-8000-000000000001"), domain::StoreId::parse(kStore), "Caisse 1",
            "dc_secret"};
}

// Low Argon2 cost: the verifier format is what matters here, not the cost.
std::string verifier(const char* pin) {
    return client::PinVerifier::hash(pin, 1024, 1);
}

void seedStaff(client::Journal& journal) {
    client::StaffDirectory staff(journal);
    staff.upsert({"44444444-4444-4444-4444-444444444411", "1001", "Julie Roy", domain::Role::kCashier, kStore,
                  verifier("1111"), true});
    staff.upsert({"44444444-4444-4444-4444-444444444412", "1002", "Marc Gagnon", domain::Role::kManager, kStore,
                  verifier("1919"), true});
    staff.upsert({"44444444-4444-4444-4444-444444444421", "2001", "Sophie Lavoie", domain::Role::kCashier, kOtherStore,
                  verifier("2222"), true});
    staff.upsert({"44444444-4444-4444-4444-444444444413", "1003", "Ancien Employé", domain::Role::kCashier, kStore,
                  verifier("3333"), false});
}

struct ManualClock {
    domain::Timestamp now = domain::parseIso8601("2026-11-25T12:00:00Z");
    domain::Clock clock() {
        return [this] { return now; };
    }
};

ClientError::Code codeOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const ClientError& e) {
        return e.code();
    }
    return ClientError::kServer;  // not thrown: no test expects kServer, so this fails the comparison
}

}  // namespace

class SessionTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void offlineLogin_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<int>("error");  // -1: accepted
        QTest::newRow("a cashier of this store logs in") << QStringLiteral("1001") << QStringLiteral("1111") << -1;
        QTest::newRow("a wrong PIN is refused")
            << QStringLiteral("1001") << QStringLiteral("1112") << int(ClientError::kWrongCredentials);
        QTest::newRow("an unknown code is refused alike")
            << QStringLiteral("9999") << QStringLiteral("1111") << int(ClientError::kWrongCredentials);
        QTest::newRow("staff of another store cannot log in here")
            << QStringLiteral("2001") << QStringLiteral("2222") << int(ClientError::kOtherStore);
        QTest::newRow("a disabled member cannot log in")
            << QStringLiteral("1003") << QStringLiteral("3333") << int(ClientError::kStaffDisabled);
        QTest::newRow("a PIN of letters is invalid")
            << QStringLiteral("1001") << QStringLiteral("abcd") << int(ClientError::kInvalid);
    }
    void offlineLogin() {
        QFETCH(QString, code);
        QFETCH(QString, pin);
        QFETCH(int, error);
        QTemporaryDir dir;
        client::Journal journal(dir.filePath(QStringLiteral("j.sqlite")));
        seedStaff(journal);
        client::SessionService sessions(journal, nullptr, identity(), domain::systemClock());
        if (error < 0) {
            const auto s = sessions.login(code.toStdString(), pin.toStdString());
            QVERIFY(!s.online);
            QCOMPARE(s.name, std::string("Julie Roy"));
            QCOMPARE(s.role, domain::Role::kCashier);
            QCOMPARE(sessions.auditLog(1).at(0).action, std::string("login_offline"));
        } else {
            QCOMPARE(int(codeOf([&] { sessions.login(code.toStdString(), pin.toStdString()); })), error);
        }
    }

    void offlineLoginIsThrottledAfterThreeWrongPins() {
        QTemporaryDir dir;
        client::Journal journal(dir.filePath(QStringLiteral("j.sqlite")));
        seedStaff(journal);
        ManualClock clock;
        client::SessionService sessions(journal, nullptr, identity(), clock.clock());
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(codeOf([&] { sessions.login("1001", "0000"); }), ClientError::kWrongCredentials);
        }
        // Fourth try at once, even with the right PIN: wait.
        QCOMPARE(codeOf([&] { sessions.login("1001", "1111"); }), ClientError::kThrottled);
        clock.now += std::chrono::seconds(2);
        QVERIFY(!sessions.login("1001", "1111").online);
        // A success resets the count.
        QCOMPARE(codeOf([&] { sessions.login("1001", "0000"); }), ClientError::kWrongCredentials);
        QCOMPARE(codeOf([&] { sessions.login("1001", "0000"); }), ClientError::kWrongCredentials);
        QVERIFY(!sessions.login("1001", "1111").online);
    }

    void onlineLoginUsesTheServersAnswer() {
        QTemporaryDir dir;
        client::Journal journal(dir.filePath(QStringLiteral("j.sqlite")));
        FakeTransport transport;
        transport.on("POST", QStringLiteral("/v1/sessions"), [](const client::HttpRequest& r) {
            const auto body = json::parse(r.body.toStdString());
            if (body.at("device_credential") != "dc_secret") {
                return FakeTransport::answer(401, {{"detail", "This device credential is unknown"}});
            }
            return FakeTransport::answer(201, {{"access_token", "at"},
                                               {"refresh_token", "rt_x"},
                                               {"staff",
                                                {{"id", "44444444-4444-4444-4444-444444444412"},
                                                 {"employee_code", "1002"},
                                                 {"name", "Marc Gagnon"},
                                                 {"role", "manager"},
                                                 {"store_id", kStore}}}});
        });
        client::ApiClient api(
            transport, client::ServerEndpoints::gateway(QUrl(QStringLiteral("http://gw")), QStringLiteral("key")));
        client::SessionService sessions(journal, &api, identity(), domain::systemClock());
        const auto s = sessions.login("1002", "1919");
        QVERIFY(s.online);
        QCOMPARE(s.role, domain::Role::kManager);
        QCOMPARE(s.accessToken, std::string("at"));
        QCOMPARE(transport.requests.at(0).url.toString(), QStringLiteral("http://gw/api/commandes/v1/sessions"));
        bool keyed = false;
        for (const auto& [name, value] : transport.requests.at(0).headers) {
            keyed = keyed || (name == "X-API-Key" && value == "key");
        }
        QVERIFY(keyed);
    }

    void aWrongPinAnsweredOnlineIsFinal() {
        QTemporaryDir dir;
        client::Journal journal(dir.filePath(QStringLiteral("j.sqlite")));
        seedStaff(journal);  // the local verifier would accept 1111: it must not be asked
        FakeTransport transport;
        transport.on("POST", QStringLiteral("/v1/sessions"), [](const client::HttpRequest&) {
            return FakeTransport::answer(401, {{"detail", "The employee code or the PIN is wrong"}});
        });
        client::ApiClient api(transport, client::ServerEndpoints::gateway(QUrl(QStringLiteral("http://gw")), {}));
        client::SessionService sessions(journal, &api, identity(), domain::systemClock());
        QCOMPARE(codeOf([&] { sessions.login("1001", "1111"); }), ClientError::kWrongCredentials);
    }

    void anUnreachableServerFallsBackToTheLocalVerifier() {
        QTemporaryDir dir;
        client::Journal journal(dir.filePath(QStringLiteral("j.sqlite")));
        seedStaff(journal);
        FakeTransport transport;  // answers nothing: connection refused
        client::ApiClient api(transport, client::ServerEndpoints::gateway(QUrl(QStringLiteral("http://gw")), {}));
        client::SessionService sessions(journal, &api, identity(), domain::systemClock());
        const auto s = sessions.login("1001", "1111");
        QVERIFY(!s.online);
        QCOMPARE(transport.requests.size(), std::size_t(1));
    }

    void managerOverride_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("granted");
        QTest::newRow("a manager of this store with the right PIN")
            << QStringLiteral("1002") << QStringLiteral("1919") << true;
        QTest::newRow("a manager with a wrong PIN") << QStringLiteral("1002") << QStringLiteral("1111") << false;
        QTest::newRow("a cashier cannot approve") << QStringLiteral("1001") << QStringLiteral("1111") << false;
        QTest::newRow("a member of another store cannot approve")
            << QStringLiteral("2001") << QStringLiteral("2222") << false;
    }
    void managerOverride() {
        QFETCH(QString, code);
        QFETCH(QString, pin);
        QFETCH(bool, granted);
        QTemporaryDir dir;
        client::Journal journal(dir.filePath(QStringLiteral("j.sqlite")));
        seedStaff(journal);
        client::SessionService sessions(journal, nullptr, identity(), domain::systemClock());
        const auto cashier = sessions.login("1001", "1111");
        if (granted) {
            const auto actor =
                sessions.managerOverride(code.toStdString(), pin.toStdString(), "cancel_sale", "sale-1", cashier);
            QCOMPARE(actor.role, domain::Role::kManager);
            QCOMPARE(actor.id.toString(), std::string("44444444-4444-4444-4444-444444444412"));
        } else {
            QCOMPARE(codeOf([&] {
                         sessions.managerOverride(code.toStdString(), pin.toStdString(), "cancel_sale", "sale-1",
                                                  cashier);
                     }),
                     ClientError::kOverrideRefused);
        }
        const auto entry = sessions.auditLog(1).at(0);
        QCOMPARE(entry.action, std::string(granted ? "override_granted" : "override_refused"));
        QCOMPARE(entry.subject, std::string("sale-1"));
        QCOMPARE(entry.staffId, cashier.staffId.toString());
    }

    void enrolmentSavesAPrivateCredential() {
        QTemporaryDir dir;
        FakeTransport transport;
        transport.on("POST", QStringLiteral("/v1/sessions"), [](const client::HttpRequest&) {
            return FakeTransport::answer(
                201, {{"access_token", "manager-token"}, {"staff", {{"role", "manager"}, {"store_id", kStore}}}});
        });
        transport.on("POST", QStringLiteral("/v1/devices"), [](const client::HttpRequest& r) {
            const auto body = json::parse(r.body.toStdString());
            return FakeTransport::answer(201, {{"id", "0190f0a0-0000-7000-8000-0000000000aa"},
                                               {"store_id", body.at("store_id")},
                                               {"name", body.at("name")},
                                               {"credential", "dc_new"}});
        });
        client::ApiClient api(transport, client::ServerEndpoints::gateway(QUrl(QStringLiteral("http://gw")), {}));
        const client::DeviceCredentialFile file(dir.filePath(QStringLiteral("device.json")));
        const auto id = client::SessionService::enrol(api, "1002", "1919", "Caisse 2", file);
        QCOMPARE(id.credential, std::string("dc_new"));
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(file.path()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        const auto loaded = file.load();
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->deviceId, id.deviceId);
        QCOMPARE(loaded->storeId.toString(), std::string(kStore));
        // A credential others can read is not trusted.
        ::chmod(QFile::encodeName(file.path()).constData(), 0644);
        QVERIFY_THROWS_EXCEPTION(ClientError, (void)file.load());
    }

    void aCashierCannotEnrol() {
        QTemporaryDir dir;
        FakeTransport transport;
        transport.on("POST", QStringLiteral("/v1/sessions"), [](const client::HttpRequest&) {
            return FakeTransport::answer(
                201, {{"access_token", "t"}, {"staff", {{"role", "cashier"}, {"store_id", kStore}}}});
        });
        client::ApiClient api(transport, client::ServerEndpoints::gateway(QUrl(QStringLiteral("http://gw")), {}));
        const client::DeviceCredentialFile file(dir.filePath(QStringLiteral("device.json")));
        QCOMPARE(codeOf([&] { client::SessionService::enrol(api, "1001", "1111", "Caisse", file); }),
                 ClientError::kOverrideRefused);
        QVERIFY(!QFileInfo::exists(file.path()));
    }
};

QTEST_GUILESS_MAIN(SessionTest)
#include "session_test.moc"
