#include "reminders/ReminderDates.h"

#include <QDateTime>

#include <algorithm>

namespace ll {

namespace reminder_dates {

QDate runOutDate(const QDate& purchasedOn, int cycleDays, int quantity, int leadDays)
{
    if (!purchasedOn.isValid() || cycleDays <= 0 || quantity <= 0)
        return {};
    return purchasedOn.addDays(qint64(cycleDays) * quantity - leadDays);
}

QDate occurrenceInYear(const QDate& original, int year)
{
    if (!original.isValid())
        return {};
    if (original.month() == 2 && original.day() == 29 && !QDate::isLeapYear(year))
        return QDate(year, 2, 28);
    return QDate(year, original.month(), original.day());
}

QDate nextOccurrence(const QDate& original, const QDate& onOrAfter)
{
    if (!original.isValid() || !onOrAfter.isValid())
        return {};
    const QDate thisYear = occurrenceInYear(original, onOrAfter.year());
    return thisYear >= onOrAfter ? thisYear : occurrenceInYear(original, onOrAfter.year() + 1);
}

} // namespace reminder_dates

namespace {

constexpr qint64 kDayMs = 86'400'000;
constexpr qint64 kUnixEpochJulianDay = 2'440'588;

qint64 floorDiv(qint64 a, qint64 b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

} // namespace

LocalCalendar::LocalCalendar(const QTimeZone& zone)
    : m_zone(zone.isValid() ? zone : defaultZone())
{
    const QDateTime from(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2200, 1, 1), QTime(0, 0), Qt::UTC);
    m_offsetBefore = m_zone.offsetFromUtc(from);
    if (m_zone.hasTransitions()) {
        const auto transitions = m_zone.transitions(from, to);
        for (const auto& t : transitions) {
            m_transitionMs << t.atUtc.toMSecsSinceEpoch();
            m_offsetAfter << t.offsetFromUtc;
        }
    } else {
        m_offsetBefore = m_zone.offsetFromUtc(QDateTime::currentDateTimeUtc());
    }
    // Time-zone data lists transitions only up to some year (often 2037) and a rule after that. If the zone
    // still observes DST there, later instants are asked of QTimeZone, which applies the rule.
    if (!m_transitionMs.isEmpty()) {
        const int year = QDateTime::fromMSecsSinceEpoch(m_transitionMs.constLast(), Qt::UTC).date().year() + 1;
        m_tailFixed = m_zone.offsetFromUtc(QDateTime(QDate(year, 1, 15), QTime(0, 0), Qt::UTC)) ==
                      m_zone.offsetFromUtc(QDateTime(QDate(year, 7, 15), QTime(0, 0), Qt::UTC));
    }
}

QTimeZone LocalCalendar::defaultZone() { return QTimeZone("Asia/Shanghai"); }

int LocalCalendar::offsetSecondsAt(qint64 utcMs) const
{
    const auto it = std::upper_bound(m_transitionMs.cbegin(), m_transitionMs.cend(), utcMs);
    if (it == m_transitionMs.cbegin())
        return m_offsetBefore;
    if (it == m_transitionMs.cend() && !m_tailFixed)
        return m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC));
    return m_offsetAfter.at(std::distance(m_transitionMs.cbegin(), it) - 1);
}

QDate LocalCalendar::dateOf(qint64 utcMs) const
{
    const qint64 local = utcMs + qint64(offsetSecondsAt(utcMs)) * 1000;
    return QDate::fromJulianDay(floorDiv(local, kDayMs) + kUnixEpochJulianDay);
}

qint64 LocalCalendar::startOfDay(const QDate& date) const
{
    const qint64 naive = (date.toJulianDay() - kUnixEpochJulianDay) * kDayMs;
    // The offset at local midnight is the offset at (midnight − offset); two rounds settle it except in a
    // DST gap at midnight, where the first valid instant of the day is what we want anyway.
    qint64 guess = naive - qint64(offsetSecondsAt(naive)) * 1000;
    guess = naive - qint64(offsetSecondsAt(guess)) * 1000;
    return guess;
}

QDate LocalCalendar::today() const { return dateOf(QDateTime::currentMSecsSinceEpoch()); }

} // namespace ll
