// Rules of Staff and Pin: employee code and PIN shapes, name length, verifier presence, disabling and enabling.
#include "magasin/domain/staff.hpp"
#include "magasin/domain/domain_error.hpp"

#include <QTest>

using namespace magasin::domain;

namespace {

const StaffId kStaffId = StaffId::parse("44444444-4444-4444-4444-444444444441");
const StoreId kStoreId = StoreId::parse("33333333-3333-3333-3333-333333333331");
const std::string kVerifier = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA";

Staff makeStaff(std::string_view code = "1042", std::string_view name = "Julie Roy", std::string verifier = kVerifier) {
    return Staff::of(kStaffId, code, name, Role::kCashier, kStoreId, std::move(verifier));
}

}  // namespace

class StaffTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createsAnActiveMember() {
        const Staff staff = Staff::of(kStaffId, " 1042 ", "  Julie Roy ", Role::kManager, kStoreId, kVerifier);
        QCOMPARE(staff.id(), kStaffId);
        QCOMPARE(QString::fromStdString(staff.employeeCode()), QStringLiteral("1042"));
        QCOMPARE(QString::fromStdString(staff.name()), QStringLiteral("Julie Roy"));
        QCOMPARE(staff.role(), Role::kManager);
        QCOMPARE(staff.store(), kStoreId);
        QCOMPARE(staff.pinVerifier(), kVerifier);
        QVERIFY(staff.isActive());
    }

    void employeeCode_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("3 digits refused") << QStringLiteral("104") << false;
        QTest::newRow("4 digits accepted") << QStringLiteral("0042") << true;
        QTest::newRow("8 digits accepted") << QStringLiteral("12345678") << true;
        QTest::newRow("9 digits refused") << QStringLiteral("123456789") << false;
        QTest::newRow("a letter refused") << QStringLiteral("10A2") << false;
        QTest::newRow("a dash refused") << QStringLiteral("10-42") << false;
        QTest::newRow("empty refused") << QString() << false;
    }
    void employeeCode() {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        try {
            QCOMPARE(QString::fromStdString(makeStaff(code.toStdString()).employeeCode()), code);
            QVERIFY(valid);
        } catch (const DomainError& e) {
            QVERIFY(!valid);
            QCOMPARE(e.code(), ErrorCode::kInvalidValue);
            QCOMPARE(QString::fromStdString(e.rule()), QStringLiteral("staff.employee_code.format"));
            QCOMPARE(QString::fromStdString(e.field()), QStringLiteral("employee_code"));
        }
    }

    void name_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("1 character refused") << QStringLiteral("J") << false;
        QTest::newRow("2 characters accepted") << QStringLiteral("Jé") << true;
        QTest::newRow("100 characters accepted") << QString(100, u'é') << true;
        QTest::newRow("101 characters refused") << QString(101, u'e') << false;
    }
    void name() {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        try {
            QCOMPARE(QString::fromStdString(makeStaff("1042", name.toStdString()).name()), name);
            QVERIFY(valid);
        } catch (const DomainError& e) {
            QVERIFY(!valid);
            QCOMPARE(QString::fromStdString(e.rule()), QStringLiteral("staff.name.length"));
        }
    }

    void pinVerifierRequired() {
        try {
            (void)makeStaff("1042", "Julie Roy", "");
            QFAIL("accepted a member without a PIN verifier");
        } catch (const DomainError& e) {
            QCOMPARE(e.code(), ErrorCode::kInvalidValue);
            QCOMPARE(QString::fromStdString(e.rule()), QStringLiteral("staff.pin_verifier.empty"));
        }
    }

    void pinShape_data() {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("valid");
        QTest::newRow("3 digits refused") << QStringLiteral("123") << false;
        QTest::newRow("4 digits accepted") << QStringLiteral("0000") << true;
        QTest::newRow("6 digits accepted") << QStringLiteral("123456") << true;
        QTest::newRow("7 digits refused") << QStringLiteral("1234567") << false;
        QTest::newRow("a letter refused") << QStringLiteral("12a4") << false;
        QTest::newRow("surrounding space refused, not trimmed") << QStringLiteral(" 1234") << false;
        QTest::newRow("empty refused") << QString() << false;
        QTest::newRow("non-ASCII digit refused") << QStringLiteral("123٤") << false;
    }
    void pinShape() {
        QFETCH(QString, pin);
        QFETCH(bool, valid);
        try {
            QCOMPARE(QString::fromStdString(Pin::parse(pin.toStdString()).digits()), pin);
            QVERIFY(valid);
        } catch (const DomainError& e) {
            QVERIFY(!valid);
            QCOMPARE(e.code(), ErrorCode::kInvalidValue);
            QCOMPARE(QString::fromStdString(e.rule()), QStringLiteral("pin.format"));
            QVERIFY2(!QString::fromUtf8(e.what()).contains(pin) || pin.isEmpty(), "the message repeats the PIN");
        }
    }

    void disablesAndEnables() {
        Staff staff = makeStaff();
        staff.disable();
        QVERIFY(!staff.isActive());
        try {
            staff.disable();
            QFAIL("disabled twice");
        } catch (const DomainError& e) {
            QCOMPARE(e.code(), ErrorCode::kIllegalState);
            QCOMPARE(QString::fromStdString(e.rule()), QStringLiteral("staff.disable.not_active"));
        }
        staff.enable();
        QVERIFY(staff.isActive());
        try {
            staff.enable();
            QFAIL("enabled twice");
        } catch (const DomainError& e) {
            QCOMPARE(e.code(), ErrorCode::kIllegalState);
            QCOMPARE(QString::fromStdString(e.rule()), QStringLiteral("staff.enable.already_active"));
        }
    }
};

QTEST_APPLESS_MAIN(StaffTest)
#include "staff_test.moc"
