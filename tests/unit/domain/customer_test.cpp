// Rules of a Customer: built from valid parts only, address and phone can change, the rest stays.
#include "magasin/domain/customer.hpp"
#include "magasin/domain/domain_error.hpp"

#include <QTest>

using namespace magasin::domain;

namespace {

QString str(const std::string& text) {
    return QString::fromStdString(text);
}

const Timestamp kCreated{std::chrono::milliseconds{1'764'000'000'000}};
const CustomerId kId = CustomerId::parse("0192f3a0-0000-7000-8000-000000000001");

Address homeAddress() {
    return Address::of("1234 rue Sainte-Catherine", "Montréal", PostalCode::parse("H2X 1Y4"));
}

Customer jean() {
    return Customer(kId, PersonName::parse("jean"), PersonName::parse("tremblay"),
                    Email::parse("jean.tremblay@exemple.ca"), homeAddress(), std::nullopt, kCreated);
}

}  // namespace

class CustomerTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void registersFromInput_data() {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("expectedName");
        QTest::addColumn<QString>("expectedEmail");
        QTest::addColumn<QString>("expectedPhone");  // empty: no phone
        QTest::newRow("Jean Tremblay with a phone")
            << QStringLiteral("jean") << QStringLiteral("TREMBLAY") << QStringLiteral(" Jean.Tremblay@Exemple.ca ")
            << QStringLiteral("(514) 555-0199") << QStringLiteral("Jean Tremblay")
            << QStringLiteral("jean.tremblay@exemple.ca") << QStringLiteral("514-555-0199");
        QTest::newRow("Marie Dubois without a phone")
            << QStringLiteral("marie") << QStringLiteral("dubois") << QStringLiteral("marie.dubois@exemple.ca")
            << QStringLiteral("  ") << QStringLiteral("Marie Dubois") << QStringLiteral("marie.dubois@exemple.ca")
            << QString();
        QTest::newRow("Pierre Martin-Côté, compound last name")
            << QStringLiteral("PIERRE") << QStringLiteral("martin-côté") << QStringLiteral("PMARTIN@EXEMPLE.CA")
            << QStringLiteral("418.555.0123") << QStringLiteral("Pierre Martin-Côté")
            << QStringLiteral("pmartin@exemple.ca") << QStringLiteral("418-555-0123");
    }
    void registersFromInput() {
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QString, email);
        QFETCH(QString, phone);
        QFETCH(QString, expectedName);
        QFETCH(QString, expectedEmail);
        QFETCH(QString, expectedPhone);
        const Customer customer(kId, PersonName::parse(first.toStdString(), "first_name"),
                                PersonName::parse(last.toStdString(), "last_name"), Email::parse(email.toStdString()),
                                homeAddress(), Phone::parseOptional(phone.toStdString()), kCreated);
        QCOMPARE(str(customer.firstName().text() + " " + customer.lastName().text()), expectedName);
        QCOMPARE(str(customer.email().text()), expectedEmail);
        QCOMPARE(customer.phone().has_value(), !expectedPhone.isEmpty());
        if (customer.phone()) {
            QCOMPARE(str(customer.phone()->formatted()), expectedPhone);
        }
        QCOMPARE(customer.id(), kId);
        QCOMPARE(customer.createdAt(), kCreated);
    }

    void changesAddressOnly() {
        Customer customer = jean();
        const auto moved = Address::of("55 Grande Allée Est", "Québec", PostalCode::parse("g1r 2h6"));
        customer.changeAddress(moved);
        QCOMPARE(customer.address(), moved);
        QCOMPARE(str(customer.address().postalCode().text()), QStringLiteral("G1R 2H6"));
        QCOMPARE(str(customer.email().text()), QStringLiteral("jean.tremblay@exemple.ca"));
        QCOMPARE(customer.createdAt(), kCreated);
    }

    void addsAndRemovesPhone() {
        Customer customer = jean();
        QVERIFY(!customer.phone().has_value());
        customer.changePhone(Phone::parse("514 555 0199"));
        QCOMPARE(str(customer.phone()->digits()), QStringLiteral("5145550199"));
        customer.changePhone(std::nullopt);
        QVERIFY(!customer.phone().has_value());
    }

    void badPartRefusedBeforeACustomerExists() {
        try {
            (void)Customer(kId, PersonName::parse("jean"), PersonName::parse("   ", "last_name"),
                           Email::parse("jean@exemple.ca"), homeAddress(), std::nullopt, kCreated);
            QFAIL("built a customer without a last name");
        } catch (const DomainError& e) {
            QCOMPARE(str(e.rule()), QStringLiteral("person_name.required"));
            QCOMPARE(str(e.field()), QStringLiteral("last_name"));
        }
    }
};

QTEST_APPLESS_MAIN(CustomerTest)
#include "customer_test.moc"
