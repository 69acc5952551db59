#include "store/FieldClocks.h"
#include "store/HybridClock.h"

#include <QTest>

using namespace ll;

class TestHybridClock : public QObject
{
    Q_OBJECT

private slots:
    void ticksAreStrictlyIncreasingEvenWhenWallClockGoesBack()
    {
        HybridClock clock(QStringLiteral("dev1"));
        qint64 wall = 1'700'000'000'000;
        clock.setWallSourceForTesting([&wall] { return wall; });
        const QString a = clock.tick();
        wall -= 60'000;
        const QString b = clock.tick();
        const QString c = clock.tick();
        QVERIFY(a < b);
        QVERIFY(b < c);
    }

    void observingARemoteClockOrdersOurNextEditAfterIt()
    {
        HybridClock clock(QStringLiteral("aaaa"));
        clock.setWallSourceForTesting([] { return qint64(1000); });
        const QString remote = HybridClock::format(5000, 3, QStringLiteral("zzzz"));
        clock.observe(remote);
        const QString next = clock.tick();
        QVERIFY(next > remote);
        QCOMPARE(HybridClock::wallOf(next), 5000);
    }

    void stringOrderMatchesClockOrder()
    {
        QVERIFY(HybridClock::format(999, 0, "b") < HybridClock::format(1000, 0, "a"));
        QVERIFY(HybridClock::format(1000, 9, "b") < HybridClock::format(1000, 10, "a"));
        QVERIFY(HybridClock::format(1000, 1, "a") < HybridClock::format(1000, 1, "b"));
    }

    void fieldClocksRoundTrip()
    {
        FieldClocks clocks;
        clocks.set("name", HybridClock::format(1, 2, "d"));
        clocks.set("notes", HybridClock::format(3, 4, "d"));
        const FieldClocks parsed = FieldClocks::parse(clocks.serialize());
        QCOMPARE(parsed.all(), clocks.all());
        QVERIFY(FieldClocks::parse(QString()).all().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHybridClock)
#include "TestHybridClock.moc"
