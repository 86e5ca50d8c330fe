// Browser-facing HTTP pieces of the platform: form bodies, the Cookie header, Set-Cookie values, URL encoding.
#include <QtTest>

#include "magasin/server/web_forms.hpp"

using namespace magasin::server;

class WebFormsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void forms_data() {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("plus is a space") << "q=clavier+m%C3%A9canique"
                                         << "q" << QStringLiteral("clavier mécanique");
        QTest::newRow("an escaped ampersand stays in the value") << "a=1%262&b=3"
                                                                 << "a"
                                                                 << "1&2";
        QTest::newRow("the first of a repeated name wins") << "csrf=good&csrf=evil"
                                                           << "csrf"
                                                           << "good";
        QTest::newRow("a name without = has an empty value") << "flag&x=1"
                                                             << "flag"
                                                             << "";
        QTest::newRow("a broken escape is kept as typed") << "p=100%zz%4"
                                                          << "p"
                                                          << "100%zz%4";
        QTest::newRow("empty pairs are skipped") << "&&k=v&"
                                                 << "k"
                                                 << "v";
    }
    void forms() {
        QFETCH(QString, body);
        QFETCH(QString, name);
        QFETCH(QString, value);
        const auto fields = parseForm(body.toStdString());
        QVERIFY(fields.count(name.toStdString()) == 1);
        QCOMPARE(QString::fromStdString(fields.at(name.toStdString())), value);
    }

    void cookies() {
        const auto c = parseCookies(R"(a=1; session=abc ;b="quoted"; session=later; =nameless; junk)");
        QCOMPARE(c.at("a"), std::string("1"));
        QCOMPARE(c.at("session"), std::string("abc"));
        QCOMPARE(c.at("b"), std::string("quoted"));
        QCOMPARE(c.size(), std::size_t(3));
        QVERIFY(parseCookies("").empty());
    }

    void setCookieCarriesItsAttributes() {
        Cookie cookie{.name = "s", .value = "v", .path = "/shop", .maxAgeSeconds = 60, .secure = true};
        QCOMPARE(setCookieValue(cookie), std::string("s=v; Path=/shop; Max-Age=60; HttpOnly; Secure; SameSite=Lax"));
        cookie.httpOnly = false;
        cookie.secure = false;
        cookie.maxAgeSeconds.reset();
        cookie.sameSite = SameSite::kStrict;
        QCOMPARE(setCookieValue(cookie), std::string("s=v; Path=/shop; SameSite=Strict"));
    }

    void urlEncodingRoundTrips() {
        const std::string text = "a b&c=d/é?#%";
        const std::string encoded = urlEncode(text);
        QCOMPARE(encoded, std::string("a%20b%26c%3Dd%2F%C3%A9%3F%23%25"));
        QCOMPARE(formDecode(encoded), text);
    }
};

QTEST_GUILESS_MAIN(WebFormsTest)
#include "web_forms_test.moc"
