#include "text/PhoneNumber.h"

#include <QTest>

using ll::ErrorCode;
using ll::PhoneNumber;

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private slots:
    void mobileSpellings_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::newRow("plain") << QStringLiteral("13800138000");
        QTest::newRow("+86 dashed") << QStringLiteral("+86 138-0013-8000");
        QTest::newRow("+86 no space") << QStringLiteral("+8613800138000");
        QTest::newRow("0086") << QStringLiteral("0086 138 0013 8000");
        QTest::newRow("86 space") << QStringLiteral("86 13800138000");
        QTest::newRow("86 glued") << QStringLiteral("8613800138000");
        QTest::newRow("full-width") << QStringLiteral("１３８００１３８０００");
        QTest::newRow("full-width +86 dash") << QStringLiteral("＋８６－１３８－００１３－８０００");
        QTest::newRow("tel: uri") << QStringLiteral("tel:+86-138-0013-8000");
        QTest::newRow("dots and padding") << QStringLiteral("  138.0013.8000 ");
        QTest::newRow("brackets") << QStringLiteral("(+86) 138 0013 8000");
        QTest::newRow("ideographic space") << QStringLiteral("138\u30000013\u30008000");
    }
    void mobileSpellings()
    {
        QFETCH(QString, raw);
        const auto p = PhoneNumber::parse(raw);
        QVERIFY2(p.ok(), qPrintable(p.message()));
        QCOMPARE(p->kind(), PhoneNumber::Kind::Mobile);
        QVERIFY(p->isMobile());
        QCOMPARE(p->digits(), QStringLiteral("13800138000"));
        QCOMPARE(p->display(), QStringLiteral("138 0013 8000"));
        QCOMPARE(p->masked(), QStringLiteral("138****8000"));
        QVERIFY(p.value() == PhoneNumber::parse(QStringLiteral("13800138000")).value());
    }

    void allMobilePrefixes()
    {
        for (char second = '3'; second <= '9'; ++second) {
            const QString d = u'1' + QChar::fromLatin1(second) + QStringLiteral("912345678");
            const auto p = PhoneNumber::parse(d);
            QVERIFY2(p.ok() && p->isMobile(), qPrintable(d));
        }
    }

    void landlines_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("digits");
        QTest::addColumn<QString>("extension");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("masked");
        QTest::newRow("beijing brackets")
            << QStringLiteral("(010) 1234-5678") << QStringLiteral("01012345678") << QString()
            << QStringLiteral("010-12345678") << QStringLiteral("010-****5678");
        QTest::newRow("full-width brackets")
            << QStringLiteral("（０１０）１２３４－５６７８") << QStringLiteral("01012345678") << QString()
            << QStringLiteral("010-12345678") << QStringLiteral("010-****5678");
        QTest::newRow("shanghai") << QStringLiteral("021-87654321") << QStringLiteral("02187654321")
                                  << QString() << QStringLiteral("021-87654321")
                                  << QStringLiteral("021-****4321");
        QTest::newRow("shenzhen 7 digit")
            << QStringLiteral("0755 2345678") << QStringLiteral("07552345678") << QString()
            << QStringLiteral("0755-2345678") << QStringLiteral("0755-***5678");
        QTest::newRow("+86 without trunk 0")
            << QStringLiteral("+86 10 1234 5678") << QStringLiteral("01012345678") << QString()
            << QStringLiteral("010-12345678") << QStringLiteral("010-****5678");
        QTest::newRow("dash extension")
            << QStringLiteral("010-12345678-123") << QStringLiteral("01012345678") << QStringLiteral("123")
            << QStringLiteral("010-12345678-123") << QStringLiteral("010-****5678");
        QTest::newRow("zhuan extension")
            << QStringLiteral("0755-12345678转8001") << QStringLiteral("075512345678")
            << QStringLiteral("8001") << QStringLiteral("0755-12345678-8001")
            << QStringLiteral("0755-****5678");
        QTest::newRow("ext extension")
            << QStringLiteral("021 8765 4321 ext. 12") << QStringLiteral("02187654321")
            << QStringLiteral("12") << QStringLiteral("021-87654321-12") << QStringLiteral("021-****4321");
    }
    void landlines()
    {
        QFETCH(QString, raw);
        QFETCH(QString, digits);
        QFETCH(QString, extension);
        QFETCH(QString, display);
        QFETCH(QString, masked);
        const auto p = PhoneNumber::parse(raw);
        QVERIFY2(p.ok(), qPrintable(p.message()));
        QCOMPARE(p->kind(), PhoneNumber::Kind::Landline);
        QVERIFY(!p->isMobile());
        QCOMPARE(p->digits(), digits);
        QCOMPARE(p->extension(), extension);
        QCOMPARE(p->display(), display);
        QCOMPARE(p->masked(), masked);
        // What we display parses back to the same number.
        const auto again = PhoneNumber::parse(p->display());
        QVERIFY(again.ok());
        QVERIFY(again.value() == p.value());
    }

    void others_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("digits");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("masked");
        QTest::newRow("bank hotline") << QStringLiteral("95588") << QStringLiteral("95588")
                                      << QStringLiteral("95588") << QStringLiteral("***88");
        QTest::newRow("400 number") << QStringLiteral("400-810-8888") << QStringLiteral("4008108888")
                                    << QStringLiteral("400-810-8888") << QStringLiteral("400***8888");
        QTest::newRow("UK +44") << QStringLiteral("+44 20 7946 0958") << QStringLiteral("442079460958")
                                << QStringLiteral("+442079460958") << QStringLiteral("+442*****0958");
        QTest::newRow("HK 00852") << QStringLiteral("00852 2123 4567") << QStringLiteral("85221234567")
                                  << QStringLiteral("+85221234567") << QStringLiteral("+852****4567");
        QTest::newRow("local without area code") << QStringLiteral("8765 4321") << QStringLiteral("87654321")
                                                 << QStringLiteral("87654321") << QStringLiteral("******21");
        QTest::newRow("bare 86 prefix not a mobile")
            << QStringLiteral("8621876543") << QStringLiteral("8621876543") << QStringLiteral("8621876543")
            << QStringLiteral("862***6543");
    }
    void others()
    {
        QFETCH(QString, raw);
        QFETCH(QString, digits);
        QFETCH(QString, display);
        QFETCH(QString, masked);
        const auto p = PhoneNumber::parse(raw);
        QVERIFY2(p.ok(), qPrintable(p.message()));
        QCOMPARE(p->kind(), PhoneNumber::Kind::Other);
        QCOMPARE(p->digits(), digits);
        QCOMPARE(p->display(), display);
        QCOMPARE(p->masked(), masked);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("   ");
        QTest::newRow("tel only") << QStringLiteral("tel:");
        QTest::newRow("punctuation only") << QStringLiteral("--()");
        QTest::newRow("letters") << QStringLiteral("138abc38000");
        QTest::newRow("chinese words") << QStringLiteral("电话13800138000");
        QTest::newRow("too short") << QStringLiteral("1234");
        QTest::newRow("too long") << QStringLiteral("123456789012345678901");
        QTest::newRow("mobile 10 digits") << QStringLiteral("1380013800");
        QTest::newRow("mobile 12 digits") << QStringLiteral("138001380001");
        QTest::newRow("mobile with dash suffix") << QStringLiteral("138-0013-8000-1");
        QTest::newRow("11 digits starting 12") << QStringLiteral("12345678901");
        QTest::newRow("+86 short") << QStringLiteral("+86 1380013800");
        QTest::newRow("plus in middle") << QStringLiteral("138+00138000");
        QTest::newRow("two plus") << QStringLiteral("++8613800138000");
        QTest::newRow("mobile with extension") << QStringLiteral("13800138000转12");
        QTest::newRow("empty extension") << QStringLiteral("010-12345678 ext");
        QTest::newRow("long extension") << QStringLiteral("010-12345678#1234567");
        QTest::newRow("emoji") << QStringLiteral("138\U0001F600 0013 8000");
    }
    void invalid()
    {
        QFETCH(QString, raw);
        const auto p = PhoneNumber::parse(raw);
        QVERIFY2(!p.ok(), qPrintable(raw));
        QCOMPARE(p.code(), ErrorCode::InvalidInput);
        QVERIFY(!p.message().isEmpty());
    }

    void reasonNamesTheBadCharacter()
    {
        const auto p = PhoneNumber::parse(QStringLiteral("138a0013800"));
        QVERIFY(!p.ok());
        QVERIFY2(p.message().contains(u'a'), qPrintable(p.message()));
    }

    void equality()
    {
        const auto a = PhoneNumber::parse(QStringLiteral("010-12345678")).value();
        const auto b = PhoneNumber::parse(QStringLiteral("(010)12345678")).value();
        const auto c = PhoneNumber::parse(QStringLiteral("010-12345678-1")).value();
        const auto d = PhoneNumber::parse(QStringLiteral("13800138001")).value();
        QVERIFY(a == b);
        QVERIFY(!(a == c));
        QVERIFY(!(a == d));
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
