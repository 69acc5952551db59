// FieldClocks' compact text (schema 8): "field=^" repeats the previous entry's clock. parse() reads the
// long form older stores hold and the compact one; serialize() writes the compact one; both round trip.
#include "store/FieldClocks.h"
#include "store/HybridClock.h"

#include <QTest>

using namespace ll;

namespace {

const QString kA = HybridClock::format(1'732'540'000'123, 0x2a, QStringLiteral("laptop_1"));
const QString kB = HybridClock::format(1'732'540'000'124, 0, QStringLiteral("phone-2"));

} // namespace

class TestFieldClocksCompact : public QObject
{
    Q_OBJECT

private slots:
    void oneClockIsWrittenOnce()
    {
        FieldClocks clocks;
        for (const char* field : {"name", "city", "birthday", "notes"})
            clocks.set(QLatin1String(field), kA);
        QCOMPARE(clocks.serialize(), QStringLiteral("birthday=%1;city=^;name=^;notes=^").arg(kA));
        QCOMPARE(FieldClocks::parse(clocks.serialize()).all(), clocks.all());
    }

    void runsOfClocksRoundTrip()
    {
        FieldClocks clocks;
        clocks.set(QStringLiteral("a"), kA);
        clocks.set(QStringLiteral("b"), kA);
        clocks.set(QStringLiteral("c"), kB);
        clocks.set(QStringLiteral("d"), kA); // the same as two entries before: written out
        clocks.set(QStringLiteral("e"), kA);
        clocks.set(QStringLiteral("f"), QString()); // no clock: written as it is
        clocks.set(QStringLiteral("g"), QString());
        clocks.set(QStringLiteral("h"), kB);
        const QString text = clocks.serialize();
        QCOMPARE(text, QStringLiteral("a=%1;b=^;c=%2;d=%1;e=^;f=;g=;h=%2").arg(kA, kB));
        const FieldClocks parsed = FieldClocks::parse(text);
        QCOMPARE(parsed.all(), clocks.all());
        QCOMPARE(parsed.serialize(), text);
    }

    // Text written before schema 8 (every clock spelled out) reads the same, and is shortened when written.
    void theLongFormStillReads()
    {
        const QString longForm = QStringLiteral("city=%1;name=%1;notes=%2").arg(kA, kB);
        const FieldClocks parsed = FieldClocks::parse(longForm);
        QCOMPARE(parsed.get(QStringLiteral("city")), kA);
        QCOMPARE(parsed.get(QStringLiteral("name")), kA);
        QCOMPARE(parsed.get(QStringLiteral("notes")), kB);
        QCOMPARE(parsed.all().size(), 3);
        QCOMPARE(parsed.serialize(), QStringLiteral("city=%1;name=^;notes=%2").arg(kA, kB));
    }

    void oddTextIsTolerated()
    {
        QVERIFY(FieldClocks::parse(QString()).all().isEmpty());
        // A leading "^" has nothing to repeat; entries without a name are skipped as before.
        const FieldClocks parsed = FieldClocks::parse(QStringLiteral("a=^;=x;b=%1;;c=^").arg(kA));
        QCOMPARE(parsed.all().size(), 2);
        QCOMPARE(parsed.get(QStringLiteral("b")), kA);
        QCOMPARE(parsed.get(QStringLiteral("c")), kA);
        QVERIFY(!parsed.all().contains(QStringLiteral("a")));
        // Compared as text, "^" would beat every clock: it never comes back out of parse().
        for (const QString& clock : parsed.all())
            QVERIFY(clock != QStringLiteral("^"));
    }
};

QTEST_GUILESS_MAIN(TestFieldClocksCompact)
#include "TestFieldClocksCompact.moc"
