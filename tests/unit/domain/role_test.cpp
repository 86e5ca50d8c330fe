// Staff roles: parsed strictly; manager-only actions refuse cashiers.
#include "magasin/domain/role.hpp"
#include "magasin/domain/domain_error.hpp"

#include <QTest>

using namespace magasin::domain;

class RoleTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parses_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("cashier") << QStringLiteral("cashier") << true;
        QTest::newRow("manager") << QStringLiteral("manager") << true;
        QTest::newRow("capitalised is not a role") << QStringLiteral("Manager") << false;
        QTest::newRow("admin is not a role") << QStringLiteral("admin") << false;
    }
    void parses() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        try {
            QCOMPARE(QString::fromUtf8(roleName(parseRole(text.toStdString())).data()), text);
            QVERIFY(valid);
        } catch (const DomainError& e) {
            QVERIFY(!valid);
            QCOMPARE(QString::fromStdString(e.rule()), QStringLiteral("role.unknown"));
        }
    }

    void onlyManagersPassTheManagerCheck() {
        requireManager(Role::kManager, "cancel a sale");
        try {
            requireManager(Role::kCashier, "cancel a sale");
            QFAIL("a cashier passed the manager check");
        } catch (const DomainError& e) {
            QCOMPARE(e.code(), ErrorCode::kPermissionDenied);
            QCOMPARE(QString::fromStdString(e.what()), QStringLiteral("Only a manager may cancel a sale"));
        }
    }
};

QTEST_APPLESS_MAIN(RoleTest)
#include "role_test.moc"
