#include "Hlc.h"

#include <QTest>

#include <algorithm>

using ll::Hlc;

class TestHlc : public QObject
{
    Q_OBJECT

private:
    static Hlc make(qint64 wall, quint32 counter, const QString& device)
    {
        return Hlc::make(wall, counter, device).value();
    }

private slots:
    void ordersByWallThenCounterThenDevice()
    {
        QVERIFY(make(1000, 5, QStringLiteral("z")) < make(1001, 0, QStringLiteral("a")));
        QVERIFY(make(1000, 1, QStringLiteral("z")) < make(1000, 2, QStringLiteral("a")));
        QVERIFY(make(1000, 1, QStringLiteral("a")) < make(1000, 1, QStringLiteral("b")));
        QVERIFY(make(1000, 1, QStringLiteral("a")) == make(1000, 1, QStringLiteral("a")));
    }

    void canonicalStringSortsInClockOrder()
    {
        QList<Hlc> clocks{make(9, 0, QStringLiteral("b")),
                          make(10, 0, QStringLiteral("a")),
                          make(10, 0xFFFF, QStringLiteral("a")),
                          make(10, 2, QStringLiteral("a")),
                          make(1'732'540'000'000, 0, QStringLiteral("dev")),
                          make(10, 2, QStringLiteral("a-b")),
                          make(10, 2, QStringLiteral("B"))};
        QList<Hlc> byClock = clocks;
        std::sort(byClock.begin(), byClock.end());
        QStringList byText;
        for (const Hlc& c : clocks)
            byText << c.toString();
        std::sort(byText.begin(), byText.end());
        for (qsizetype i = 0; i < clocks.size(); ++i)
            QCOMPARE(byText.at(i), byClock.at(i).toString());
    }

    void stringFormRoundTrips()
    {
        const Hlc c = make(1'732'540'000'123, 42, QStringLiteral("laptop_1"));
        QCOMPARE(c.toString(), QStringLiteral("000001732540000123-002a-laptop_1"));
        const auto parsed = Hlc::parse(c.toString());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value(), c);
    }

    void parseRejectsMalformedClocks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("short wall") << QStringLiteral("1732540000123-002a-dev");
        QTest::newRow("uppercase counter") << QStringLiteral("000001732540000123-002A-dev");
        QTest::newRow("no device") << QStringLiteral("000001732540000123-002a-");
        QTest::newRow("device with slash") << QStringLiteral("000001732540000123-002a-a/b");
        QTest::newRow("device with unicode") << QStringLiteral("000001732540000123-002a-设备");
        QTest::newRow("trailing space") << QStringLiteral("000001732540000123-002a-dev ");
        QTest::newRow("trailing newline") << QStringLiteral("000001732540000123-002a-dev\n");
        QTest::newRow("letter in wall") << QStringLiteral("00000173254000012x-002a-dev");
        QTest::newRow("no dash after wall") << QStringLiteral("000001732540000123+002a-dev");
        QTest::newRow("no dash after counter") << QStringLiteral("000001732540000123-002a+dev");
        QTest::newRow("short counter") << QStringLiteral("000001732540000123-02a-dev");
        QTest::newRow("device too long")
            << QStringLiteral("000001732540000123-002a-") + QString(65, QLatin1Char('d'));
    }

    void parseAcceptsTheLongestDeviceId()
    {
        const QString device(64, QLatin1Char('d'));
        const QString text = QStringLiteral("999999999999999999-ffff-") + device;
        const auto parsed = Hlc::parse(text);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->toString(), text);
        QCOMPARE(make(0, 0, QStringLiteral("a")).toString(), QStringLiteral("000000000000000000-0000-a"));
        QCOMPARE(make(7, 0xbeef, QStringLiteral("a")).toString(),
                 QStringLiteral("000000000000000007-beef-a"));
        QCOMPARE(parsed->wallMs(), 999'999'999'999'999'999LL);
        QCOMPARE(parsed->counter(), 0xFFFFu);
        QCOMPARE(parsed->deviceId(), device);
    }

    void parseRejectsMalformedClocks()
    {
        QFETCH(QString, text);
        QVERIFY(!Hlc::parse(text).ok());
    }

    void tickIsMonotonicEvenWhenTheWallClockGoesBack()
    {
        Hlc c = make(5000, 0, QStringLiteral("dev"));
        const Hlc later = c.tick(6000);
        QCOMPARE(later.wallMs(), 6000);
        QCOMPARE(later.counter(), 0u);
        const Hlc back = later.tick(1000); // the OS clock jumped backwards
        QVERIFY(back > later);
        QCOMPARE(back.wallMs(), 6000);
        QCOMPARE(back.counter(), 1u);
    }

    void counterOverflowBorrowsTheNextMillisecond()
    {
        const Hlc full = make(5000, Hlc::MaxCounter, QStringLiteral("dev"));
        const Hlc next = full.tick(5000);
        QVERIFY(next > full);
        QCOMPARE(next.wallMs(), 5001);
        QCOMPARE(next.counter(), 0u);
    }

    void receiveOrdersAfterEverythingSeen()
    {
        const Hlc local = make(5000, 3, QStringLiteral("a"));
        const Hlc remote = make(7000, 9, QStringLiteral("b"));
        const Hlc merged = local.receive(remote, 6000);
        QVERIFY(merged > remote && merged > local);
        QCOMPARE(merged.deviceId(), QStringLiteral("a"));
        QCOMPARE(merged.wallMs(), 7000);
        QCOMPARE(merged.counter(), 10u);
        const Hlc fresh = local.receive(remote, 9000);
        QCOMPARE(fresh.wallMs(), 9000);
        QCOMPARE(fresh.counter(), 0u);
    }

    void makeRejectsOutOfRangeParts()
    {
        QVERIFY(!Hlc::make(-1, 0, QStringLiteral("d")).ok());
        QVERIFY(!Hlc::make(0, Hlc::MaxCounter + 1, QStringLiteral("d")).ok());
        QVERIFY(!Hlc::make(0, 0, QString(65, QLatin1Char('d'))).ok());
    }
};

QTEST_GUILESS_MAIN(TestHlc)
#include "TestHlc.moc"
