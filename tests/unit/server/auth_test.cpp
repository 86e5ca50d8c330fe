// Access tokens and the request-side checks: Ed25519 tokens round trip, every tampered, foreign, stale or garbage
// token is a 401 that says why without echoing it, roles and stores are 403, and all of it through real HTTP.
#include "magasin/server/authentication.hpp"
#include "magasin/server/http_app.hpp"
#include "magasin/server/http_error.hpp"
#include "magasin/server/token_signer.hpp"
#include "magasin/server/token_verifier.hpp"

#include <httplib.h>
#include <sodium.h>

#include <QTest>

#include <functional>
#include <thread>

using namespace magasin;
using namespace magasin::server;
using namespace std::chrono_literals;
using domain::Role;
using nlohmann::json;

namespace {

const domain::StoreId kStoreA = domain::StoreId::parse("0190a4b2-0000-7000-8000-00000000000a");
const domain::StoreId kStoreB = domain::StoreId::parse("0190a4b2-0000-7000-8000-00000000000b");
const domain::Timestamp kNow = domain::parseIso8601("2026-11-25T14:20:13.000Z");

Claims staff(Role role, domain::StoreId store) {
    Claims c;
    c.subject = "0190a4b2-0000-7000-8000-000000000123";
    c.kind = TokenKind::kStaff;
    c.role = role;
    c.store = store;
    return c;
}

Claims service() {
    Claims c;
    c.subject = "approvisionnement";
    c.kind = TokenKind::kService;
    return c;
}

std::string b64url(std::string_view bytes) {
    std::string out(sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.pop_back();
    return out;
}

std::string unb64url(std::string_view text) {
    std::string out(text.size(), '\0');
    std::size_t length = 0;
    sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), nullptr,
                      &length, nullptr, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(length);
    return out;
}

// A token whose first part is exactly `body`, correctly signed: tests what the verifier does with signed nonsense.
std::string forge(const std::string& body, const SecretKey& key) {
    const std::string head = b64url(body);
    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_detached(signature, nullptr, reinterpret_cast<const unsigned char*>(head.data()), head.size(),
                         key.bytes.data());
    return head + "." + b64url(std::string_view(reinterpret_cast<const char*>(signature), sizeof signature));
}

// "status|detail" of the HttpError the call throws, or "no error".
std::string failureOf(const std::function<void()>& call) {
    try {
        call();
    } catch (const HttpError& e) {
        return std::to_string(e.problem().status) + "|" + e.problem().detail;
    }
    return "no error";
}

const std::string kMalformed = "401|The access token is malformed";
const std::string kBadSignature = "401|The access token's signature does not verify";
const std::string kExpired = "401|The access token has expired; log in again";
const std::string kNotYet = "401|The access token is not valid yet; check this server's clock";

}  // namespace

class AuthTest : public QObject {
    Q_OBJECT

private:
    KeyPair m_keys = generateKeyPair();
    domain::Timestamp m_now = kNow;
    domain::Clock m_clock = [this] { return m_now; };

    [[nodiscard]] TokenSigner signer() const {
        return TokenSigner(m_keys.secretKey, [] { return kNow; });
    }
    [[nodiscard]] TokenVerifier verifier(TokenVerifier::RevocationCheck revoked = {}) const {
        return TokenVerifier(m_keys.publicKey, m_clock, std::move(revoked));
    }

    // HTTP
    std::unique_ptr<HttpApp> m_app;
    std::unique_ptr<TokenVerifier> m_httpVerifier;
    std::thread m_thread;
    int m_port = 0;

    httplib::Result get(const std::string& path, const std::optional<std::string>& authorization) const {
        httplib::Client c("127.0.0.1", m_port);
        c.set_connection_timeout(2s);
        c.set_read_timeout(5s);
        httplib::Headers headers;
        if (authorization) {
            headers.emplace("Authorization", *authorization);
        }
        return c.Get(path.c_str(), headers);
    }

private Q_SLOTS:
    void init() { m_now = kNow; }

    void validTokenRoundTrips() {
        Claims claims = staff(Role::kCashier, kStoreA);
        claims.kind = TokenKind::kDevice;
        claims.device = domain::DeviceId::parse("0190a4b2-0000-7000-8000-0000000000dd");
        const std::string token = signer().sign(claims, 15min);
        QCOMPARE(std::count(token.begin(), token.end(), '.'), 1);
        QVERIFY(token.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.") ==
                std::string::npos);

        const Claims got = verifier().verify(token);
        QCOMPARE(got.subject, claims.subject);
        QVERIFY(got.kind == TokenKind::kDevice);
        QVERIFY(got.role == Role::kCashier);
        QVERIFY(got.store == kStoreA);
        QVERIFY(got.device == claims.device);
        QCOMPARE(got.issuedAt.time_since_epoch().count(), std::int64_t(1795616413));
        QCOMPARE((got.expiresAt - got.issuedAt).count(), std::int64_t(900));
        QCOMPARE(got.tokenId.size(), std::size_t(22));   // 128 random bits
        QVERIFY(signer().sign(claims, 15min) != token);  // a fresh jti every time
        // The claims JSON uses the agreed short names.
        const json body = json::parse(unb64url(token.substr(0, token.find('.'))));
        QCOMPARE(body.at("sub").get<std::string>(), claims.subject);
        QCOMPARE(body.at("kind").get<std::string>(), std::string("device"));
        QCOMPARE(body.at("role").get<std::string>(), std::string("cashier"));
        QCOMPARE(body.at("store").get<std::string>(), kStoreA.toString());
        QCOMPARE(body.at("exp").get<std::int64_t>(), std::int64_t(1795616413 + 900));

        const Claims svc = verifier().verify(signer().sign(service(), 1min));
        QVERIFY(svc.kind == TokenKind::kService);
        QVERIFY(!svc.role && !svc.store);
    }

    void tamperedTokensAreRefused() {
        const std::string token = signer().sign(staff(Role::kCashier, kStoreA), 15min);
        const auto dot = token.find('.');
        // A cashier promoting themselves: the signature no longer covers the claims.
        json body = json::parse(unb64url(token.substr(0, dot)));
        body["role"] = "manager";
        const std::string promoted = b64url(body.dump()) + token.substr(dot);
        QCOMPARE(failureOf([&] { (void)verifier().verify(promoted); }), kBadSignature);
        // One signature character changed.
        std::string flipped = token;
        flipped[dot + 5] = flipped[dot + 5] == 'A' ? 'B' : 'A';
        QCOMPARE(failureOf([&] { (void)verifier().verify(flipped); }), kBadSignature);
        // Signed by another key.
        const TokenVerifier other(generateKeyPair().publicKey, m_clock);
        QCOMPARE(failureOf([&] { (void)other.verify(token); }), kBadSignature);
        QCOMPARE(failureOf([&] { (void)verifier().verify(token); }), std::string("no error"));
    }

    void expiryAllowsThirtySecondsOfSkew_data() {
        QTest::addColumn<int>("offsetSeconds");  // verifier clock minus signer clock
        QTest::addColumn<QString>("expected");
        QTest::newRow("fresh token is valid") << 0 << "no error";
        QTest::newRow("29 s past exp is within skew") << 900 + 29 << "no error";
        QTest::newRow("31 s past exp is expired") << 900 + 31 << QString::fromStdString(kExpired);
        QTest::newRow("a day later is expired") << 86400 << QString::fromStdString(kExpired);
        QTest::newRow("issued 29 s ahead of us is within skew") << -29 << "no error";
        QTest::newRow("issued 31 s ahead of us is not yet valid") << -31 << QString::fromStdString(kNotYet);
    }
    void expiryAllowsThirtySecondsOfSkew() {
        QFETCH(int, offsetSeconds);
        QFETCH(QString, expected);
        const std::string token = signer().sign(staff(Role::kManager, kStoreA), 15min);
        m_now = kNow + std::chrono::seconds(offsetSeconds);
        QCOMPARE(QString::fromStdString(failureOf([&] { (void)verifier().verify(token); })), expected);
    }

    void garbageIsMalformed_data() {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("a lone dot") << QByteArray(".");
        QTest::newRow("three parts a.b.c") << QByteArray("a.b.c");
        QTest::newRow("no dot") << QByteArray("abcdef");
        QTest::newRow("no signature") << QByteArray("eyJzdWIiOiJ4In0.");
        QTest::newRow("no claims") << QByteArray(".AAAA");
        QTest::newRow("not base64url") << QByteArray("!!!.???");
        QTest::newRow("short signature") << QByteArray("eyJzdWIiOiJ4In0.AAAAAAAA");
        QTest::newRow("huge (1 MiB)") << QByteArray(1 << 20, 'a');
    }
    void garbageIsMalformed() {
        QFETCH(QByteArray, token);
        QCOMPARE(failureOf([&] { (void)verifier().verify(token.toStdString()); }), kMalformed);
    }

    void paddedOrWhitespacedTokensAreMalformed() {
        const std::string token = signer().sign(staff(Role::kManager, kStoreA), 15min);
        QCOMPARE(failureOf([&] { (void)verifier().verify(token + "="); }), kMalformed);
        QCOMPARE(failureOf([&] { (void)verifier().verify(token + " "); }), kMalformed);
        QCOMPARE(failureOf([&] { (void)verifier().verify(token.substr(0, token.size() - 1)); }), kMalformed);
    }

    // Signed with the right key, but the claims are not what a token must say: still malformed, never a 500.
    void signedNonsenseIsMalformed_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not JSON") << QByteArray("{not json");
        QTest::newRow("JSON array") << QByteArray("[1,2]");
        QTest::newRow("missing exp") << QByteArray(R"({"sub":"x","kind":"service","iat":1795616413,"jti":"j"})");
        QTest::newRow("exp as text") << QByteArray(
            R"({"sub":"x","kind":"service","iat":1795616413,"exp":"soon","jti":"j"})");
        QTest::newRow("unknown kind") << QByteArray(
            R"({"sub":"x","kind":"root","iat":1795616413,"exp":1795617313,"jti":"j"})");
        QTest::newRow("unknown role") << QByteArray(
            R"({"sub":"x","kind":"staff","role":"owner","store":"0190a4b2-0000-7000-8000-00000000000a","iat":1795616413,"exp":1795617313,"jti":"j"})");
        QTest::newRow("staff without store")
            << QByteArray(R"({"sub":"x","kind":"staff","role":"manager","iat":1795616413,"exp":1795617313,"jti":"j"})");
        QTest::newRow("service with a role") << QByteArray(
            R"({"sub":"x","kind":"service","role":"manager","iat":1795616413,"exp":1795617313,"jti":"j"})");
    }
    void signedNonsenseIsMalformed() {
        QFETCH(QByteArray, body);
        QCOMPARE(failureOf([&] { (void)verifier().verify(forge(body.toStdString(), m_keys.secretKey)); }), kMalformed);
    }

    void revokedTokensAreRefused() {
        const std::string token = signer().sign(staff(Role::kManager, kStoreA), 15min);
        const std::string jti = verifier().verify(token).tokenId;
        const auto revoked = verifier([jti](const Claims& c) { return c.tokenId == jti; });
        QCOMPARE(failureOf([&] { (void)revoked.verify(token); }), std::string("401|The access token has been revoked"));
        QCOMPARE(failureOf([&] { (void)revoked.verify(signer().sign(staff(Role::kManager, kStoreA), 15min)); }),
                 std::string("no error"));
    }

    void failuresCarryTheBearerChallenge() {
        try {
            (void)verifier().verify("a.b");
            QFAIL("no error");
        } catch (const HttpError& e) {
            QCOMPARE(e.headers().size(), std::size_t(1));
            QCOMPARE(e.headers()[0].first, std::string("WWW-Authenticate"));
            QVERIFY(e.headers()[0].second.rfind("Bearer", 0) == 0);
            QVERIFY(e.problem().detail.find("a.b") == std::string::npos);
        }
    }

    void signerRefusesInconsistentClaims() {
        Claims noStore = staff(Role::kCashier, kStoreA);
        noStore.store.reset();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)signer().sign(noStore, 15min));
        Claims serviceWithStore = service();
        serviceWithStore.store = kStoreA;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)signer().sign(serviceWithStore, 15min));
        Claims anonymous = service();
        anonymous.subject.clear();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)signer().sign(anonymous, 15min));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)signer().sign(service(), 0s));
    }

    void keysTravelAsBase64Text() {
        const std::string publicText = encodeKey(m_keys.publicKey);
        const std::string secretText = encodeKey(m_keys.secretKey);
        QCOMPARE(publicText.size(), std::size_t(44));
        QCOMPARE(secretText.size(), std::size_t(88));
        QVERIFY(decodePublicKey(publicText) == m_keys.publicKey);
        QVERIFY(decodePublicKey("  " + publicText + "\n") == m_keys.publicKey);  // as read from a key file
        QVERIFY(decodeSecretKey(secretText + "\n").bytes == m_keys.secretKey.bytes);
        QVERIFY(publicKeyOf(decodeSecretKey(secretText)) == m_keys.publicKey);
        // A signer built from the decoded text makes tokens the original public key accepts.
        const TokenSigner fromText(decodeSecretKey(secretText), [] { return kNow; });
        QCOMPARE(verifier().verify(fromText.sign(service(), 1min)).subject, std::string("approvisionnement"));

        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)decodePublicKey(secretText));  // wrong size
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)decodePublicKey(""));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)decodePublicKey("not base64 at all!"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)decodeSecretKey(publicText));
    }

    void rolesAndStores_data() {
        QTest::addColumn<int>("who");  // 0 cashier A, 1 manager A, 2 service
        QTest::addColumn<int>("needed");
        QTest::addColumn<bool>("storeB");
        QTest::addColumn<QString>("expected");
        const auto cashier = int(Role::kCashier);
        const auto manager = int(Role::kManager);
        QTest::newRow("cashier on a cashier check passes") << 0 << cashier << false << "no error";
        QTest::newRow("cashier on a manager-only check is 403")
            << 0 << manager << false << "403|This action needs the manager role";
        QTest::newRow("manager holds the cashier role") << 1 << cashier << false << "no error";
        QTest::newRow("manager on a manager check passes") << 1 << manager << false << "no error";
        QTest::newRow("store A token on store B is 403")
            << 1 << cashier << true << "403|This token acts for another store";
        QTest::newRow("service token passes role and store") << 2 << manager << true << "no error";
    }
    void rolesAndStores() {
        QFETCH(int, who);
        QFETCH(int, needed);
        QFETCH(bool, storeB);
        QFETCH(QString, expected);
        const Claims claims = who == 0   ? staff(Role::kCashier, kStoreA)
                              : who == 1 ? staff(Role::kManager, kStoreA)
                                         : service();
        const Principal principal{verifier().verify(signer().sign(claims, 15min))};
        const auto outcome = failureOf([&] {
            requireRole(principal, Role(needed));
            requireStore(principal, storeB ? kStoreB : kStoreA);
        });
        QCOMPARE(QString::fromStdString(outcome), expected);
    }

    // Through real HTTP: a manager-only, store-scoped report guarded by authenticate + requireRole + requireStore.
    void initTestCase() {
        HttpOptions options;
        options.workers = 2;
        options.logRequests = false;
        m_app = std::make_unique<HttpApp>(ServiceInfo{"test", "test-1", "0.0.0"}, options);
        m_httpVerifier = std::make_unique<TokenVerifier>(m_keys.publicKey, [] { return kNow; });
        m_app->route(Method::kGet, "/v1/stores/{store}/report", [this](Exchange& ex) {
            const Principal p = authenticate(ex, *m_httpVerifier);
            requireRole(p, Role::kManager);
            requireStore(p, domain::StoreId::parse(ex.pathParam("store"), "store"));
            ex.json(200, {{"sub", p.claims.subject}});
        });
        m_port = m_app->bind("127.0.0.1", 0);
        m_thread = std::thread([this] { m_app->serve(); });
        for (int i = 0; i < 200 && !m_app->isRunning(); ++i) {
            std::this_thread::sleep_for(5ms);
        }
        QVERIFY(m_app->isRunning());
    }

    void cleanupTestCase() {
        m_app->stop();
        m_thread.join();
    }

    void httpGuards_data() {
        QTest::addColumn<QString>("authorization");  // "-" for no header; {manager}, {cashier} are replaced
        QTest::addColumn<QString>("store");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("challenge");  // expected WWW-Authenticate prefix, empty for none
        QTest::newRow("no header is 401 with the challenge") << "-"
                                                             << "a" << 401 << "Bearer";
        QTest::newRow("Basic scheme is 401") << "Basic dXNlcjpwYXNz"
                                             << "a" << 401 << "Bearer";
        QTest::newRow("garbage bearer is 401 invalid_token")
            << "Bearer a.b.c"
            << "a" << 401 << "Bearer realm=\"magasin\", error=\"invalid_token\"";
        QTest::newRow("cashier on manager route is 403") << "Bearer {cashier}"
                                                         << "a" << 403 << "";
        QTest::newRow("manager of store A on store B is 403") << "Bearer {manager}"
                                                              << "b" << 403 << "";
        QTest::newRow("manager of store A on store A is 200") << "Bearer {manager}"
                                                              << "a" << 200 << "";
        QTest::newRow("scheme is case-insensitive") << "bearer {manager}"
                                                    << "a" << 200 << "";
    }
    void httpGuards() {
        QFETCH(QString, authorization);
        QFETCH(QString, store);
        QFETCH(int, status);
        QFETCH(QString, challenge);
        std::string header = authorization.toStdString();
        const auto replace = [&](const std::string& marker, Role role) {
            if (const auto at = header.find(marker); at != std::string::npos) {
                header.replace(at, marker.size(), signer().sign(staff(role, kStoreA), 15min));
            }
        };
        replace("{manager}", Role::kManager);
        replace("{cashier}", Role::kCashier);
        const std::string storeId = (store == QStringLiteral("a") ? kStoreA : kStoreB).toString();
        auto r =
            get("/v1/stores/" + storeId + "/report", header == "-" ? std::nullopt : std::optional<std::string>(header));
        QVERIFY(r);
        QCOMPARE(r->status, status);
        const std::string got = r->get_header_value("WWW-Authenticate");
        if (challenge.isEmpty()) {
            QCOMPARE(got, std::string());
        } else {
            QVERIFY2(got.rfind(challenge.toStdString(), 0) == 0, got.c_str());
        }
        const json body = json::parse(r->body);
        if (status == 200) {
            QCOMPARE(body.at("sub").get<std::string>(), staff(Role::kManager, kStoreA).subject);
        } else {
            QCOMPARE(r->get_header_value("Content-Type"), std::string("application/problem+json"));
            QCOMPARE(body.at("status").get<int>(), status);
            QVERIFY(!body.at("detail").get<std::string>().empty());
        }
    }
};

QTEST_GUILESS_MAIN(AuthTest)
#include "auth_test.moc"
