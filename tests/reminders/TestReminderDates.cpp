#include "reminders/HolidayCalendar.h"
#include "reminders/ReminderDates.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

using namespace ll;
using namespace ll::reminder_dates;

class TestReminderDates : public QObject
{
    Q_OBJECT

private slots:
    void runOutIsPurchasePlusCycleTimesQuantityMinusLead()
    {
        // The example of the issue: 90-day aromatherapy oil bought on 1 Sep, 5 lead days -> 25 Nov.
        QCOMPARE(runOutDate(QDate(2025, 9, 1), 90, 1, 5), QDate(2025, 11, 25));
        QCOMPARE(runOutDate(QDate(2025, 9, 1), 90, 2, 5), QDate(2026, 2, 23));
        QCOMPARE(runOutDate(QDate(2025, 9, 1), 30, 1, 0), QDate(2025, 10, 1));
        QVERIFY(!runOutDate(QDate(2025, 9, 1), 0, 1, 5).isValid());
        QVERIFY(!runOutDate(QDate(), 30, 1, 5).isValid());
    }

    void runOutCrossesMonthEndsAndLeapDays()
    {
        QCOMPARE(runOutDate(QDate(2024, 1, 31), 30, 1, 0), QDate(2024, 3, 1)); // leap February has 29 days
        QCOMPARE(runOutDate(QDate(2023, 1, 31), 30, 1, 0), QDate(2023, 3, 2));
        QCOMPARE(runOutDate(QDate(2024, 2, 29), 365, 1, 0), QDate(2025, 2, 28));
        QCOMPARE(runOutDate(QDate(2025, 12, 31), 1, 1, 0), QDate(2026, 1, 1));
        QCOMPARE(runOutDate(QDate(2025, 3, 1), 1, 1, 3), QDate(2025, 2, 27)); // lead longer than the cycle
    }

    void leapDayBirthdayFallsOnFeb28InCommonYears()
    {
        const QDate leapling(2000, 2, 29);
        QCOMPARE(occurrenceInYear(leapling, 2025), QDate(2025, 2, 28));
        QCOMPARE(occurrenceInYear(leapling, 2028), QDate(2028, 2, 29));
        QCOMPARE(occurrenceInYear(leapling, 2100), QDate(2100, 2, 28)); // century, not leap
        QCOMPARE(occurrenceInYear(leapling, 2400), QDate(2400, 2, 29));
        QCOMPARE(nextOccurrence(leapling, QDate(2025, 3, 1)), QDate(2026, 2, 28));
        QCOMPARE(nextOccurrence(leapling, QDate(2027, 3, 1)), QDate(2028, 2, 29));
        QCOMPARE(nextOccurrence(leapling, QDate(2027, 2, 28)), QDate(2027, 2, 28));
    }

    void nextOccurrenceIncludesTheDayItselfAndWrapsTheYear()
    {
        const QDate birthday(1990, 5, 20);
        QCOMPARE(nextOccurrence(birthday, QDate(2025, 5, 20)), QDate(2025, 5, 20));
        QCOMPARE(nextOccurrence(birthday, QDate(2025, 5, 21)), QDate(2026, 5, 20));
        QCOMPARE(nextOccurrence(QDate(1990, 1, 2), QDate(2025, 12, 30)), QDate(2026, 1, 2));
        QCOMPARE(nextOccurrence(QDate(1990, 12, 31), QDate(2025, 12, 31)), QDate(2025, 12, 31));
    }

    void shanghaiDayStartsAt1600Utc()
    {
        const LocalCalendar shanghai;
        QCOMPARE(shanghai.zone().id(), QByteArray("Asia/Shanghai"));
        const qint64 lastMsOfJune30 = QDateTime(QDate(2025, 6, 30), QTime(15, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(shanghai.dateOf(lastMsOfJune30), QDate(2025, 6, 30));
        QCOMPARE(shanghai.dateOf(lastMsOfJune30 + 1), QDate(2025, 7, 1));
        // 00:30 UTC on 1 July is 08:30 in Shanghai, the same day; 23:30 UTC on 30 June is already 1 July.
        QCOMPARE(shanghai.dateOf(QDateTime(QDate(2025, 7, 1), QTime(0, 30), Qt::UTC).toMSecsSinceEpoch()),
                 QDate(2025, 7, 1));
        QCOMPARE(shanghai.dateOf(QDateTime(QDate(2025, 6, 30), QTime(23, 30), Qt::UTC).toMSecsSinceEpoch()),
                 QDate(2025, 7, 1));
        QCOMPARE(shanghai.startOfDay(QDate(2025, 7, 1)), lastMsOfJune30 + 1);
        // Before 1970 too (negative milliseconds).
        QCOMPARE(shanghai.dateOf(QDateTime(QDate(1960, 1, 1), QTime(16, 30), Qt::UTC).toMSecsSinceEpoch()),
                 QDate(1960, 1, 2));
    }

    void otherZonesFollowTheirDaylightSavingTransitions()
    {
        const LocalCalendar newYork(QTimeZone("America/New_York"));
        // 2025-03-09 starts in EST (UTC-5), 2025-03-10 in EDT (UTC-4).
        QCOMPARE(newYork.startOfDay(QDate(2025, 3, 9)),
                 QDateTime(QDate(2025, 3, 9), QTime(5, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(newYork.startOfDay(QDate(2025, 3, 10)),
                 QDateTime(QDate(2025, 3, 10), QTime(4, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(newYork.dateOf(QDateTime(QDate(2025, 11, 2), QTime(4, 30), Qt::UTC).toMSecsSinceEpoch()),
                 QDate(2025, 11, 2));
        const LocalCalendar utc(QTimeZone::utc());
        QCOMPARE(utc.dateOf(QDateTime(QDate(2025, 6, 30), QTime(23, 30), Qt::UTC).toMSecsSinceEpoch()),
                 QDate(2025, 6, 30));
    }

    void localDatesAgreeWithQDateTimeEverywhere_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("Asia/Shanghai") << QByteArray("Asia/Shanghai");
        QTest::newRow("America/New_York") << QByteArray("America/New_York");
        QTest::newRow("Europe/Berlin") << QByteArray("Europe/Berlin");
        QTest::newRow("Australia/Lord_Howe") << QByteArray("Australia/Lord_Howe"); // 30-minute DST
    }

    void localDatesAgreeWithQDateTimeEverywhere()
    {
        QFETCH(QByteArray, zone);
        const QTimeZone tz(zone);
        QVERIFY(tz.isValid());
        const LocalCalendar calendar(tz);
        QRandomGenerator rng(20251125);
        const qint64 from = QDateTime(QDate(1985, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 to = QDateTime(QDate(2045, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        for (int i = 0; i < 20000; ++i) {
            const qint64 ms = from + qint64(rng.bounded(double(to - from)));
            const QDate expected = QDateTime::fromMSecsSinceEpoch(ms, tz).date();
            QCOMPARE(calendar.dateOf(ms), expected);
            const QDate day = expected;
            QCOMPARE(calendar.startOfDay(day), day.startOfDay(tz).toMSecsSinceEpoch());
        }
    }

    void lunarHolidaysComeFromTheChineseCalendar()
    {
        QCOMPARE(HolidayCalendar::lunarDate(2025, 1, 1), QDate(2025, 1, 29)); // 春节
        QCOMPARE(HolidayCalendar::lunarDate(2026, 1, 1), QDate(2026, 2, 17));
        QCOMPARE(HolidayCalendar::lunarDate(2027, 1, 1), QDate(2027, 2, 6));
        QCOMPARE(HolidayCalendar::lunarDate(2025, 8, 15), QDate(2025, 10, 6)); // 中秋 (after a leap 6th month)
        QCOMPARE(HolidayCalendar::lunarDate(2026, 8, 15), QDate(2026, 9, 25));
        QCOMPARE(HolidayCalendar::lunarDate(2026, 5, 5), QDate(2026, 6, 19)); // 端午
        QCOMPARE(HolidayCalendar::lunarDate(2026, 1, 15), QDate(2026, 3, 3)); // 元宵
        // Away from the midnight edge, ICU's computation agrees with the published tables.
        for (int year = 2024; year <= 2030; ++year) {
            QCOMPARE(HolidayCalendar::computeLunarDate(year, 8, 15), HolidayCalendar::lunarDate(year, 8, 15));
            QCOMPARE(HolidayCalendar::computeLunarDate(year, 5, 5), HolidayCalendar::lunarDate(year, 5, 5));
        }
        const auto defaults = HolidayCalendar::defaultsFor(2026);
        QStringList names;
        for (const Holiday& h : defaults) {
            QVERIFY(h.day.isValid());
            QCOMPARE(h.day.year(), 2026);
            names << h.name;
        }
        QVERIFY(names.contains(QStringLiteral("双11")));
        QVERIFY(names.contains(QStringLiteral("春节")));
        // Name-based ids: the same on every device.
        QCOMPARE(HolidayCalendar::defaultsFor(2026).constFirst().id, defaults.constFirst().id);
    }
};

QTEST_GUILESS_MAIN(TestReminderDates)
#include "TestReminderDates.moc"
