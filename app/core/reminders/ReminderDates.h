#pragma once

#include <QDate>
#include <QList>
#include <QTimeZone>

namespace ll {

// The calendar arithmetic of reminder rules, as pure functions so they are tested on their own and
// used unchanged by the SQL of ReminderEngine (registered there as SQL functions).
namespace reminder_dates {

// Product run-out: purchase date + cycle × quantity − lead days. Invalid when the inputs are.
QDate runOutDate(const QDate& purchasedOn, int cycleDays, int quantity, int leadDays);

// The anniversary of `original` in `year`. 29 February falls on 28 February in non-leap years
// (the common Chinese practice for birthdays; 1 March would move the greeting into another month).
QDate occurrenceInYear(const QDate& original, int year);

// The first anniversary of `original` on or after `onOrAfter` (it may be `onOrAfter` itself).
QDate nextOccurrence(const QDate& original, const QDate& onOrAfter);

} // namespace reminder_dates

// Converts between UTC milliseconds (how the store keeps times) and calendar days in one time zone
// (how guides think about "today"). Asia/Shanghai by default.
//
// Why not QDateTime per call: full and incremental recomputes convert every contact's timestamps, and
// a QTimeZone lookup per value costs microseconds. The zone's offset transitions are read once and
// searched, which is exact for zones with DST too.
class LocalCalendar
{
public:
    explicit LocalCalendar(const QTimeZone& zone = defaultZone());

    static QTimeZone defaultZone(); // Asia/Shanghai (UTC+8, no DST since 1991)

    const QTimeZone& zone() const { return m_zone; }
    int offsetSecondsAt(qint64 utcMs) const;
    QDate dateOf(qint64 utcMs) const;
    qint64 startOfDay(const QDate& date) const; // UTC ms of local midnight
    QDate today() const;

private:
    QTimeZone m_zone;
    QList<qint64> m_transitionMs; // ascending
    QList<int> m_offsetAfter;     // offset (s) in effect from m_transitionMs[i]
    int m_offsetBefore = 0;       // offset before the first transition
    bool m_tailFixed = true;      // no DST after the last listed transition (else ask QTimeZone there)
};

} // namespace ll
