// Rules of a customer's contact values: email, postal code, phone, person name and address.
#include "magasin/domain/contact.hpp"
#include "magasin/domain/domain_error.hpp"

#include <QTest>

using namespace magasin::domain;

namespace {

QString rule(const DomainError& e) {
    return QString::fromStdString(e.rule());
}
QString str(const std::string& text) {
    return QString::fromStdString(text);
}

PostalCode montreal() {
    return PostalCode::parse("H2X 1Y4");
}

}  // namespace

class ContactTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acceptsEmails_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("trimmed and lower-cased")
            << QStringLiteral("  Jean.Tremblay@Example.COM ") << QStringLiteral("jean.tremblay@example.com");
        QTest::newRow("plus, percent and dash in the local part")
            << QStringLiteral("a+b%c-d@x.ca") << QStringLiteral("a+b%c-d@x.ca");
        QTest::newRow("subdomains") << QStringLiteral("marie@mail.videotron.qc.ca")
                                    << QStringLiteral("marie@mail.videotron.qc.ca");
        QTest::newRow("two-letter top-level domain is enough") << QStringLiteral("a@b.ca") << QStringLiteral("a@b.ca");
        const QString longest = QString(242, QLatin1Char('a')) + QStringLiteral("@example.com");
        QTest::newRow("254 characters is the longest") << longest << longest;
    }
    void acceptsEmails() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(str(Email::parse(text.toStdString()).text()), expected);
    }

    void rejectsEmails_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expectedRule");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("email.required");
        QTest::newRow("255 characters is too long")
            << QString(243, QLatin1Char('a')) + QStringLiteral("@example.com") << QStringLiteral("email.length");
        QTest::newRow("no at sign") << QStringLiteral("jean.example.com") << QStringLiteral("email.format");
        QTest::newRow("nothing before the at sign") << QStringLiteral("@example.com") << QStringLiteral("email.format");
        QTest::newRow("two at signs") << QStringLiteral("a@b@example.com") << QStringLiteral("email.format");
        QTest::newRow("one-letter top-level domain") << QStringLiteral("a@b.c") << QStringLiteral("email.format");
        QTest::newRow("digit in the top-level domain") << QStringLiteral("a@b.c0m") << QStringLiteral("email.format");
        QTest::newRow("domain without a dot") << QStringLiteral("a@localhost") << QStringLiteral("email.format");
        QTest::newRow("nothing before the last dot") << QStringLiteral("a@.com") << QStringLiteral("email.format");
        QTest::newRow("space inside") << QStringLiteral("jean tremblay@x.ca") << QStringLiteral("email.format");
        QTest::newRow("accented letter") << QStringLiteral("émilie@x.ca") << QStringLiteral("email.format");
    }
    void rejectsEmails() {
        QFETCH(QString, text);
        QFETCH(QString, expectedRule);
        try {
            (void)Email::parse(text.toStdString());
            QFAIL("accepted a bad email");
        } catch (const DomainError& e) {
            QCOMPARE(e.code(), ErrorCode::kInvalidValue);
            QCOMPARE(rule(e), expectedRule);
            QCOMPARE(str(e.field()), QStringLiteral("email"));
        }
    }

    void postalCodes_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");  // empty: refused
        QTest::newRow("lower case without space") << QStringLiteral("h2x1y4") << QStringLiteral("H2X 1Y4");
        QTest::newRow("spaces around and inside") << QStringLiteral(" h2x 1y4 ") << QStringLiteral("H2X 1Y4");
        QTest::newRow("already printed form") << QStringLiteral("G1R 4P5") << QStringLiteral("G1R 4P5");
        QTest::newRow("five characters refused") << QStringLiteral("H2X 1Y") << QString();
        QTest::newRow("seven characters refused") << QStringLiteral("H2X 1Y44") << QString();
        QTest::newRow("digit where a letter goes") << QStringLiteral("22X 1Y4") << QString();
        QTest::newRow("letter where a digit goes") << QStringLiteral("HHX 1Y4") << QString();
        QTest::newRow("hyphen is not a space") << QStringLiteral("H2X-1Y4") << QString();
        QTest::newRow("US zip code") << QStringLiteral("90210") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void postalCodes() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        try {
            const auto code = PostalCode::parse(text.toStdString());
            QVERIFY2(!expected.isEmpty(), "accepted a bad postal code");
            QCOMPARE(str(code.text()), expected);
        } catch (const DomainError& e) {
            QVERIFY2(expected.isEmpty(), "refused a good postal code");
            QCOMPARE(e.code(), ErrorCode::kInvalidValue);
            QCOMPARE(rule(e), QStringLiteral("postal_code.format"));
            QCOMPARE(str(e.field()), QStringLiteral("postal_code"));
        }
    }

    void phones_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("digits");  // empty: refused
        QTest::addColumn<QString>("formatted");
        QTest::newRow("parentheses, space and dash dropped")
            << QStringLiteral("(514) 555-0199") << QStringLiteral("5145550199") << QStringLiteral("514-555-0199");
        QTest::newRow("dots dropped") << QStringLiteral("418.555.0123") << QStringLiteral("4185550123")
                                      << QStringLiteral("418-555-0123");
        QTest::newRow("bare ten digits") << QStringLiteral("5145550199") << QStringLiteral("5145550199")
                                         << QStringLiteral("514-555-0199");
        QTest::newRow("nine digits refused") << QStringLiteral("514-555-019") << QString() << QString();
        QTest::newRow("eleven digits refused (country code)")
            << QStringLiteral("+1 514 555 0199") << QString() << QString();
        QTest::newRow("no digits refused") << QStringLiteral("none") << QString() << QString();
    }
    void phones() {
        QFETCH(QString, text);
        QFETCH(QString, digits);
        QFETCH(QString, formatted);
        try {
            const auto phone = Phone::parse(text.toStdString());
            QVERIFY2(!digits.isEmpty(), "accepted a bad phone");
            QCOMPARE(str(phone.digits()), digits);
            QCOMPARE(str(phone.formatted()), formatted);
        } catch (const DomainError& e) {
            QVERIFY2(digits.isEmpty(), "refused a good phone");
            QCOMPARE(e.code(), ErrorCode::kInvalidValue);
            QCOMPARE(rule(e), QStringLiteral("phone.format"));
            QCOMPARE(str(e.field()), QStringLiteral("phone"));
        }
    }

    void blankPhoneIsNoPhone() {
        QVERIFY(!Phone::parseOptional("").has_value());
        QVERIFY(!Phone::parseOptional("   ").has_value());
        QCOMPARE(str(Phone::parseOptional(" 514 555 0199 ")->formatted()), QStringLiteral("514-555-0199"));
        QVERIFY_THROWS_EXCEPTION(DomainError, Phone::parseOptional("555-0199"));
    }

    void acceptsPersonNames_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("every hyphen and apostrophe part title-cased")
            << QStringLiteral("jean-marc o'neil") << QStringLiteral("Jean-Marc O'Neil");
        QTest::newRow("accented capitals lowered") << QStringLiteral("ÉMILIE") << QStringLiteral("Émilie");
        QTest::newRow("accented letter inside") << QStringLiteral("FRANÇOIS") << QStringLiteral("François");
        QTest::newRow("accented first letter raised") << QStringLiteral("éloïse") << QStringLiteral("Éloïse");
        QTest::newRow("Latin Extended-A odd-upper block") << QStringLiteral("ŁUKASZ") << QStringLiteral("Łukasz");
        QTest::newRow("Latin Extended-A even-upper block") << QStringLiteral("œUF") << QStringLiteral("Œuf");
        QTest::newRow("trimmed, inner spaces shrink to one")
            << QStringLiteral("  marie    dubois ") << QStringLiteral("Marie Dubois");
        QTest::newRow("typographic apostrophe becomes '") << QStringLiteral("d’arcy") << QStringLiteral("D'Arcy");
        QTest::newRow("one letter is a name") << QStringLiteral("a") << QStringLiteral("A");
        QTest::newRow("60 characters is the longest")
            << QString(60, QLatin1Char('a')) << QStringLiteral("A") + QString(59, QLatin1Char('a'));
        QTest::newRow("60 accented characters count as 60")
            << QString(60, QChar(0xE9)) << QString(1, QChar(0xC9)) + QString(59, QChar(0xE9));
    }
    void acceptsPersonNames() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(str(PersonName::parse(text.toStdString()).text()), expected);
    }

    void rejectsPersonNames_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expectedRule");
        QTest::newRow("empty") << QString() << QStringLiteral("person_name.required");
        QTest::newRow("blank") << QStringLiteral("  \t ") << QStringLiteral("person_name.required");
        QTest::newRow("61 characters is too long")
            << QString(61, QLatin1Char('a')) << QStringLiteral("person_name.length");
        QTest::newRow("digit") << QStringLiteral("Jean2") << QStringLiteral("person_name.characters");
        QTest::newRow("symbol") << QStringLiteral("Jean!") << QStringLiteral("person_name.characters");
        QTest::newRow("multiplication sign is not a letter")
            << QStringLiteral("a×b") << QStringLiteral("person_name.characters");
        QTest::newRow("no letter at all") << QStringLiteral("- '") << QStringLiteral("person_name.characters");
    }
    void rejectsPersonNames() {
        QFETCH(QString, text);
        QFETCH(QString, expectedRule);
        try {
            (void)PersonName::parse(text.toStdString(), "first_name");
            QFAIL("accepted a bad name");
        } catch (const DomainError& e) {
            QCOMPARE(e.code(), ErrorCode::kInvalidValue);
            QCOMPARE(rule(e), expectedRule);
            QCOMPARE(str(e.field()), QStringLiteral("first_name"));
        }
    }

    void invalidUtf8NameRefused() {
        try {
            (void)PersonName::parse("Jos\xC3");
            QFAIL("accepted invalid UTF-8");
        } catch (const DomainError& e) {
            QCOMPARE(rule(e), QStringLiteral("person_name.characters"));
        }
    }

    void addressDefaultsAndTrims() {
        const auto address = Address::of("  1234 rue Sainte-Catherine ", " Montréal ", montreal());
        QCOMPARE(str(address.street()), QStringLiteral("1234 rue Sainte-Catherine"));
        QCOMPARE(str(address.city()), QStringLiteral("Montréal"));
        QCOMPARE(str(address.province()), QStringLiteral("Québec"));
        QCOMPARE(str(address.country()), QStringLiteral("Canada"));
        QCOMPARE(str(address.postalCode().text()), QStringLiteral("H2X 1Y4"));
        const auto blank = Address::of("12 rue Principale", "Gatineau", montreal(), "  ", "");
        QCOMPARE(str(blank.province()), QStringLiteral("Québec"));
        QCOMPARE(str(blank.country()), QStringLiteral("Canada"));
        QCOMPARE(str(Address::of("1 Main St", "Ottawa", montreal(), " Ontario ").province()),
                 QStringLiteral("Ontario"));
    }

    void addressLengths_data() {
        QTest::addColumn<QString>("part");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("expectedRule");  // empty: accepted
        QTest::newRow("street of 2 too short")
            << QStringLiteral("street") << 2 << QStringLiteral("address.street.length");
        QTest::newRow("street of 3 accepted") << QStringLiteral("street") << 3 << QString();
        QTest::newRow("street of 120 accepted") << QStringLiteral("street") << 120 << QString();
        QTest::newRow("street of 121 too long")
            << QStringLiteral("street") << 121 << QStringLiteral("address.street.length");
        QTest::newRow("city of 1 too short") << QStringLiteral("city") << 1 << QStringLiteral("address.city.length");
        QTest::newRow("city of 2 accepted") << QStringLiteral("city") << 2 << QString();
        QTest::newRow("city of 60 accepted") << QStringLiteral("city") << 60 << QString();
        QTest::newRow("city of 61 too long") << QStringLiteral("city") << 61 << QStringLiteral("address.city.length");
        QTest::newRow("province of 1 too short")
            << QStringLiteral("province") << 1 << QStringLiteral("address.province.length");
        QTest::newRow("province of 61 too long")
            << QStringLiteral("province") << 61 << QStringLiteral("address.province.length");
        QTest::newRow("country of 61 too long")
            << QStringLiteral("country") << 61 << QStringLiteral("address.country.length");
    }
    void addressLengths() {
        QFETCH(QString, part);
        QFETCH(int, length);
        QFETCH(QString, expectedRule);
        // Accented letters: lengths count characters, not bytes.
        const std::string text = QString(length, QChar(0xE9)).toStdString();
        auto pick = [&](const char* name, std::string fallback) {
            return part == QLatin1String(name) ? text : fallback;
        };
        try {
            const auto address = Address::of(pick("street", "12 rue Principale"), pick("city", "Montréal"), montreal(),
                                             pick("province", "Québec"), pick("country", "Canada"));
            QVERIFY2(expectedRule.isEmpty(), "accepted a bad length");
            const std::string& stored = part == QLatin1String("street")     ? address.street()
                                        : part == QLatin1String("city")     ? address.city()
                                        : part == QLatin1String("province") ? address.province()
                                                                            : address.country();
            QCOMPARE(str(stored), str(text));
        } catch (const DomainError& e) {
            QCOMPARE(rule(e), expectedRule);
            QCOMPARE(str(e.field()), part);
        }
    }
};

QTEST_APPLESS_MAIN(ContactTest)
#include "contact_test.moc"
