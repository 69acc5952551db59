#include "text/TextLimits.h"
#include "text/Utf8.h"

#include <QTest>

class TestUtf8Limits : public QObject
{
    Q_OBJECT

private slots:
    void utf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("ascii") << QByteArray("hello") << true;
        QTest::newRow("nul byte") << QByteArray("a\0b", 3) << true;
        QTest::newRow("chinese") << QStringLiteral("张三 留量").toUtf8() << true;
        QTest::newRow("emoji 4-byte") << QByteArray("\xF0\x9F\x98\x80") << true;
        QTest::newRow("U+10FFFF max") << QByteArray("\xF4\x8F\xBF\xBF") << true;
        QTest::newRow("U+FFFF noncharacter is well-formed") << QByteArray("\xEF\xBF\xBF") << true;
        QTest::newRow("U+D7FF before surrogates") << QByteArray("\xED\x9F\xBF") << true;
        QTest::newRow("U+E000 after surrogates") << QByteArray("\xEE\x80\x80") << true;
        QTest::newRow("overlong slash 2-byte") << QByteArray("\xC0\xAF") << false;
        QTest::newRow("overlong C1") << QByteArray("\xC1\xBF") << false;
        QTest::newRow("overlong 3-byte") << QByteArray("\xE0\x80\xAF") << false;
        QTest::newRow("overlong 3-byte max") << QByteArray("\xE0\x9F\xBF") << false;
        QTest::newRow("overlong 4-byte") << QByteArray("\xF0\x8F\xBF\xBF") << false;
        QTest::newRow("surrogate D800") << QByteArray("\xED\xA0\x80") << false;
        QTest::newRow("surrogate DFFF") << QByteArray("\xED\xBF\xBF") << false;
        QTest::newRow("CESU-8 pair") << QByteArray("\xED\xA0\xBD\xED\xB8\x80") << false;
        QTest::newRow("above 10FFFF") << QByteArray("\xF4\x90\x80\x80") << false;
        QTest::newRow("F5 lead") << QByteArray("\xF5\x80\x80\x80") << false;
        QTest::newRow("FF byte") << QByteArray("a\xFF") << false;
        QTest::newRow("lone continuation") << QByteArray("\x80") << false;
        QTest::newRow("truncated 3-byte") << QByteArray("\xE5\xBC") << false;
        QTest::newRow("truncated at end") << QByteArray("ok\xF0\x9F\x98") << false;
        QTest::newRow("lead then ascii") << QByteArray("\xE5"
                                                       "A"
                                                       "\xBC")
                                         << false;
        QTest::newRow("gbk bytes of 张三") << QByteArray("\xD5\xC5\xC8\xFD") << false;
    }
    void utf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QCOMPARE(ll::isValidUtf8(bytes), valid);
    }

    void lengthWithinLimit()
    {
        QVERIFY(ll::checkLength(QStringLiteral("Name"), QString(), 0).ok());
        QVERIFY(ll::checkLength(QStringLiteral("Name"), QStringLiteral("张三"), 2).ok());
        // Two astral characters are four UTF-16 units but two characters.
        QVERIFY(ll::checkLength(QStringLiteral("Name"), QStringLiteral("\U00020000\U0001F600"), 2).ok());
    }

    void lengthOverLimitIsReported()
    {
        const ll::Status s = ll::checkLength(QStringLiteral("Note"), QString(101, u'字'), 100);
        QVERIFY(!s.ok());
        QCOMPARE(s.code(), ll::ErrorCode::InvalidInput);
        QVERIFY2(s.message().contains(QStringLiteral("Note")), qPrintable(s.message()));
        QVERIFY2(s.message().contains(QStringLiteral("101")), qPrintable(s.message()));
        QVERIFY2(s.message().contains(QStringLiteral("100")), qPrintable(s.message()));
        QVERIFY(!ll::checkLength(QStringLiteral("Name"), QStringLiteral("\U00020000\U0001F600x"), 2).ok());
    }

    void characterCount()
    {
        QCOMPARE(ll::characterCount(QStringLiteral("a张\U0001F600")), 3);
        // A lone surrogate still counts as one (it is not silently dropped).
        QCOMPARE(ll::characterCount(QString(QChar(0xD800))), 1);
    }

    void negativeLimitIsAProgrammingError()
    {
        QCOMPARE(ll::checkLength(QStringLiteral("x"), QStringLiteral("x"), -1).code(),
                 ll::ErrorCode::Internal);
    }
};

QTEST_GUILESS_MAIN(TestUtf8Limits)
#include "tst_utf8limits.moc"
