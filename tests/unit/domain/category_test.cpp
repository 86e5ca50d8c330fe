// Rules of CategoryName and the seed's categories.
#include "magasin/domain/category.hpp"
#include "magasin/domain/domain_error.hpp"

#include <QTest>

using namespace magasin::domain;

class CategoryTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void validatesNames_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("rule");  // empty when accepted
        QTest::newRow("seed category accepted") << QStringLiteral("Électronique") << QString();
        QTest::newRow("2 characters is the shortest") << QStringLiteral("Té") << QString();
        QTest::newRow("1 character is too short") << QStringLiteral(" B ") << QStringLiteral("category.name.length");
        QTest::newRow("50 characters is the longest") << QString(50, QChar(0xEA)) << QString();
        QTest::newRow("51 characters is too long")
            << QString(51, QLatin1Char('c')) << QStringLiteral("category.name.length");
        QTest::newRow("ampersand refused")
            << QStringLiteral("Fruits & légumes") << QStringLiteral("category.name.characters");
        QTest::newRow("angle bracket refused")
            << QStringLiteral("<b>Meubles</b>") << QStringLiteral("category.name.characters");
    }
    void validatesNames() {
        QFETCH(QString, text);
        QFETCH(QString, rule);
        try {
            const auto category = CategoryName::parse(text.toStdString());
            QVERIFY2(rule.isEmpty(), "accepted a category that breaks a rule");
            QCOMPARE(QString::fromStdString(category.text()), text.trimmed());
        } catch (const DomainError& e) {
            QCOMPARE(e.code(), ErrorCode::kInvalidValue);
            QCOMPARE(QString::fromStdString(e.rule()), rule);
            QCOMPARE(QString::fromStdString(e.field()), QStringLiteral("category"));
        }
    }

    void seedCategoriesInOrder() {
        QStringList names;
        for (const auto& category : defaultCategories()) {
            names << QString::fromStdString(category.text());
        }
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Informatique"), QStringLiteral("Boissons"), QStringLiteral("Confiserie"),
                              QStringLiteral("Électronique"), QStringLiteral("Meubles"), QStringLiteral("Vêtements")}));
    }

    void sameAsIgnoresCase() {
        QVERIFY(CategoryName::parse("ÉLECTRONIQUE").sameAs(CategoryName::parse("électronique")));
        QVERIFY(!CategoryName::parse("Meubles").sameAs(CategoryName::parse("Meuble")));
    }
};

QTEST_APPLESS_MAIN(CategoryTest)
#include "category_test.moc"
