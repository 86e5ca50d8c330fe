// The forms' CSRF tokens: accepted for the browser they were made for only, under the key that made them, whole.
#include <QtTest>

#include "magasin/webshop/csrf.hpp"

using magasin::webshop::CsrfGuard;

class CsrfTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void browserIdsAreLongAndFresh() {
        const auto a = CsrfGuard::newBrowserId();
        const auto b = CsrfGuard::newBrowserId();
        QCOMPARE(a.size(), std::size_t(43));  // 256 bits in base64url without padding
        QVERIFY(a != b);
    }
    void theTokenOfThisBrowserIsAccepted() {
        const CsrfGuard guard;
        const auto id = CsrfGuard::newBrowserId();
        QVERIFY(guard.verify(id, guard.tokenFor(id)));
        QCOMPARE(guard.tokenFor(id), guard.tokenFor(id));
    }
    void refusals_data() {
        QTest::addColumn<int>("kind");
        QTest::newRow("no token") << 0;
        QTest::newRow("the token of another browser") << 1;
        QTest::newRow("a token made under another key") << 2;
        QTest::newRow("a token with one character changed") << 3;
        QTest::newRow("a truncated token") << 4;
        QTest::newRow("no browser id") << 5;
    }
    void refusals() {
        QFETCH(int, kind);
        const std::string key(CsrfGuard::kKeyBytes, 'k');
        const CsrfGuard guard(key);
        const auto id = CsrfGuard::newBrowserId();
        std::string token = guard.tokenFor(id);
        std::string browser = id;
        switch (kind) {
            case 0: token.clear(); break;
            case 1: token = guard.tokenFor(CsrfGuard::newBrowserId()); break;
            case 2: token = CsrfGuard(std::string(CsrfGuard::kKeyBytes, 'x')).tokenFor(id); break;
            case 3: token[5] = token[5] == 'A' ? 'B' : 'A'; break;
            case 4: token.pop_back(); break;
            case 5: browser.clear(); break;
        }
        QVERIFY(!guard.verify(browser, token));
    }
    void aKeyOfTheWrongSizeIsRefused() {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, CsrfGuard(std::string(16, 'k')));
    }
};

QTEST_GUILESS_MAIN(CsrfTest)
#include "csrf_test.moc"
