// Rules of ProductName: trimmed, 2..100 characters, no markup characters, case-insensitive sameness.
#include "magasin/domain/product_name.hpp"
#include "magasin/domain/domain_error.hpp"

#include <QTest>

using namespace magasin::domain;

class ProductNameTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void validatesNames_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("rule");  // empty when the name is accepted
        QTest::addColumn<QString>("stored");
        QTest::newRow("seed name accepted")
            << QStringLiteral("Clavier mécanique") << QString() << QStringLiteral("Clavier mécanique");
        QTest::newRow("surrounding spaces trimmed")
            << QStringLiteral("  Souris optique\t") << QString() << QStringLiteral("Souris optique");
        QTest::newRow("2 characters is the shortest") << QStringLiteral("TV") << QString() << QStringLiteral("TV");
        QTest::newRow("1 character is too short")
            << QStringLiteral("A") << QStringLiteral("product.name.length") << QString();
        QTest::newRow("2 accented characters count as 2, not 4 bytes")
            << QStringLiteral("Éé") << QString() << QStringLiteral("Éé");
        QTest::newRow("spaces around 1 character are not counted")
            << QStringLiteral("   A   ") << QStringLiteral("product.name.length") << QString();
        QTest::newRow("blank name refused")
            << QStringLiteral("   ") << QStringLiteral("product.name.length") << QString();
        QTest::newRow("100 characters is the longest")
            << QString(100, QLatin1Char('a')) << QString() << QString(100, QLatin1Char('a'));
        QTest::newRow("100 accented characters accepted")
            << QString(100, QChar(0xE9)) << QString() << QString(100, QChar(0xE9));
        QTest::newRow("101 characters is too long")
            << QString(101, QLatin1Char('a')) << QStringLiteral("product.name.length") << QString();
        QTest::newRow("percent sign allowed")
            << QStringLiteral("Chocolat Noir 70 %") << QString() << QStringLiteral("Chocolat Noir 70 %");
        QTest::newRow("less-than refused")
            << QStringLiteral("a<b") << QStringLiteral("product.name.characters") << QString();
        QTest::newRow("greater-than refused")
            << QStringLiteral("a>b") << QStringLiteral("product.name.characters") << QString();
        QTest::newRow("double quote refused")
            << QStringLiteral("Écran 27\"") << QStringLiteral("product.name.characters") << QString();
        QTest::newRow("apostrophe refused")
            << QStringLiteral("Jus d'orange") << QStringLiteral("product.name.characters") << QString();
        QTest::newRow("ampersand refused")
            << QStringLiteral("Sel & poivre") << QStringLiteral("product.name.characters") << QString();
    }
    void validatesNames() {
        QFETCH(QString, text);
        QFETCH(QString, rule);
        QFETCH(QString, stored);
        try {
            const auto name = ProductName::parse(text.toStdString());
            QVERIFY2(rule.isEmpty(), "accepted a name that breaks a rule");
            QCOMPARE(QString::fromStdString(name.text()), stored);
        } catch (const DomainError& e) {
            QCOMPARE(QString::fromStdString(e.rule()), rule);
            QCOMPARE(e.code(), ErrorCode::kInvalidValue);
            QCOMPARE(QString::fromStdString(e.field()), QStringLiteral("name"));
        }
    }

    void invalidUtf8Refused() {
        try {
            (void)ProductName::parse("ab\xC3");
            QFAIL("accepted a truncated UTF-8 sequence");
        } catch (const DomainError& e) {
            QCOMPARE(QString::fromStdString(e.rule()), QStringLiteral("product.name.length"));
        }
    }

    void reportsTheGivenField() {
        try {
            (void)ProductName::parse("x", "new_name");
            QFAIL("accepted a one-character name");
        } catch (const DomainError& e) {
            QCOMPARE(QString::fromStdString(e.field()), QStringLiteral("new_name"));
        }
    }

    void sameAsIgnoresCase_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("identical names are the same")
            << QStringLiteral("Café Premium Bio") << QStringLiteral("Café Premium Bio") << true;
        QTest::newRow("upper-case accented name is the same")
            << QStringLiteral("Café Premium Bio") << QStringLiteral("CAFÉ PREMIUM BIO") << true;
        QTest::newRow("surrounding spaces do not matter")
            << QStringLiteral("Souris optique") << QStringLiteral(" souris OPTIQUE ") << true;
        QTest::newRow("a missing accent is another name") << QStringLiteral("Café") << QStringLiteral("Cafe") << false;
        QTest::newRow("an extra word is another name")
            << QStringLiteral("Souris") << QStringLiteral("Souris sans fil") << false;
    }
    void sameAsIgnoresCase() {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        const auto first = ProductName::parse(a.toStdString());
        const auto second = ProductName::parse(b.toStdString());
        QCOMPARE(first.sameAs(second), same);
        QCOMPARE(second.sameAs(first), same);
    }
};

QTEST_APPLESS_MAIN(ProductNameTest)
#include "product_name_test.moc"
