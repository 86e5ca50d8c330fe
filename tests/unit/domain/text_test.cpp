// The UTF-8 helpers under every text rule: trimming, counting characters, finding letters, folding case.
#include "magasin/domain/text.hpp"

#include <QTest>

using namespace magasin::domain;

class TextTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void trims_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("spaces and tabs at both ends") << QByteArray(" \tCafé \n") << QByteArray("Café");
        QTest::newRow("no-break spaces at both ends") << QByteArray(
                                                             "\xC2\xA0"
                                                             "Nord\xC2\xA0")
                                                      << QByteArray("Nord");
        QTest::newRow("inner spaces kept") << QByteArray("  Magasin Nord ") << QByteArray("Magasin Nord");
        QTest::newRow("only spaces becomes empty") << QByteArray("   ") << QByteArray();
        QTest::newRow("trailing accented letter kept") << QByteArray("thé") << QByteArray("thé");
    }
    void trims() {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        QCOMPARE(QByteArray::fromStdString(std::string(trim(input.toStdString()))), expected);
    }

    void countsCharactersNotBytes_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qsizetype>("length");
        QTest::newRow("ascii") << QByteArray("Souris") << qsizetype(6);
        QTest::newRow("accented letters count once") << QByteArray("Électronique") << qsizetype(12);
        QTest::newRow("emoji counts once") << QByteArray("\xF0\x9F\x9B\x92") << qsizetype(1);
        QTest::newRow("truncated sequence is invalid") << QByteArray("caf\xC3") << qsizetype(-1);
        QTest::newRow("overlong encoding is invalid") << QByteArray("\xC0\xAF") << qsizetype(-1);
        QTest::newRow("surrogate is invalid") << QByteArray("\xED\xA0\x80") << qsizetype(-1);
    }
    void countsCharactersNotBytes() {
        QFETCH(QByteArray, input);
        QFETCH(qsizetype, length);
        const std::size_t n = utf8Length(input.toStdString());
        QCOMPARE(n == std::string_view::npos ? qsizetype(-1) : qsizetype(n), length);
    }

    void findsLetters_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("hasLetter");
        QTest::newRow("digits only") << QByteArray("12345") << false;
        QTest::newRow("punctuation only") << QByteArray("!!!??") << false;
        QTest::newRow("one ascii letter") << QByteArray("1234a") << true;
        QTest::newRow("accented letter alone") << QByteArray("12 é") << true;
        QTest::newRow("multiplication sign is no letter") << QByteArray("2 \xC3\x97 3") << false;
    }
    void findsLetters() {
        QFETCH(QByteArray, input);
        QFETCH(bool, hasLetter);
        QCOMPARE(containsLetter(input.toStdString()), hasLetter);
    }

    void comparesNamesIgnoringCase_data() {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<bool>("equal");
        QTest::newRow("ascii case") << QByteArray("Clavier") << QByteArray("CLAVIER") << true;
        QTest::newRow("accented capital") << QByteArray("Écouteurs") << QByteArray("écouteurs") << true;
        QTest::newRow("ligature capital") << QByteArray("Œuf") << QByteArray("œuf") << true;
        QTest::newRow("capital L acute is odd in its run") << QByteArray("Ĺ") << QByteArray("ĺ") << true;
        QTest::newRow("l acute is not L cedilla") << QByteArray("ĺ") << QByteArray("Ļ") << false;
        QTest::newRow("Y diaeresis folds outside its block") << QByteArray("Ÿ") << QByteArray("ÿ") << true;
        QTest::newRow("accent is not case") << QByteArray("Cafe") << QByteArray("Café") << false;
        QTest::newRow("different length") << QByteArray("Thé") << QByteArray("Thés") << false;
    }
    void comparesNamesIgnoringCase() {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(bool, equal);
        QCOMPARE(equalsIgnoringCase(a.toStdString(), b.toStdString()), equal);
    }

    void mapsAsciiCaseOnly() {
        QCOMPARE(QByteArray::fromStdString(toUpperAscii("abc7é")), QByteArray("ABC7é"));
        QCOMPARE(QByteArray::fromStdString(toLowerAscii("ABC7É")), QByteArray("abc7É"));
    }
};

QTEST_APPLESS_MAIN(TextTest)
#include "text_test.moc"
