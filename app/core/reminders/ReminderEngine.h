#pragma once

#include "reminders/Reminder.h"
#include "reminders/ReminderDates.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace ll {

class Store;
struct ReminderRule;

// Generates reminders from the rules and the contacts' data, and keeps what the guide did with them.
//
// Generated reminders are derived data: a deterministic function of the rules, the contacts, purchases,
// follow-ups, custom fields and holidays, and of the reference date ("today" in the engine's time zone).
// Only reminders due up to referenceDate + horizonDays exist; overdue run-out, dormant, lead-SLA and
// one-time custom-date reminders stay until answered or closed, birthday, holiday and yearly custom-date
// reminders expire after their day. Most kinds are stored (table `reminder`); holiday and dormant
// reminders, a pure function of (rule, contact scope, date) that would be one row per contact rewritten
// every day, are computed by the same SQL when read. Every reader below sees both alike.
//
// fullRecompute() collects every rule's reminders in memory — run-out, birthday, lead SLA and custom dates
// from one ordered scan per source (NativeRules), take-over from its SQL — and writes only the difference to
// `reminder`; recomputeContact() runs each rule's SQL restricted to one contact straight into `reminder`.
// Both follow the same rules row for row (tests compare them). Call fullRecompute() when rules
// or holidays change and when the day changes (it reads with a page cache of up to 512 MiB, given back when
// it returns); call recomputeContact() after adding a purchase, a follow-up, a custom field, or editing a
// contact. The engine registers SQL functions on the store's connection; engines for the same store with
// other time zones share them, and each points them at its own calendar while it computes or reads.
class ReminderEngine
{
public:
    explicit ReminderEngine(Store& store, const QTimeZone& zone = LocalCalendar::defaultZone());

    const LocalCalendar& calendar() const { return m_calendar; }
    QDate today() const { return m_calendar.today(); }

    int horizonDays() const { return m_horizonDays; }
    void setHorizonDays(int days); // 0..60, default 7

    // Rebuilds all reminders for referenceDate (default: today); returns how many were generated.
    Result<int> fullRecompute(const QDate& referenceDate = {});
    // Rebuilds one contact's reminders for the stored reference date (a full recompute if there is none yet).
    Status recomputeContact(qint64 contactRowId);
    Status recomputeContact(const QString& contactId);
    // The date the stored reminders were generated for; invalid before the first recompute.
    Result<QDate> referenceDate();

    // Open (or snoozed-until-passed) reminders due on or before `date`, not answered and not expired,
    // grouped by kind in a fixed order (run-out, lead SLA, dormant, birthday, holiday, custom date).
    // Regenerates first when the stored reminders were computed for another date. ownerId limits the list
    // to one guide's contacts.
    Result<QList<ReminderGroup>> due(const QDate& date = {}, const QString& ownerId = {});
    // Reminders due in [fromUtcMs, toUtcMs): what became due since the last check (desktop notifications).
    Result<QList<Reminder>> becameDue(qint64 fromUtcMs, qint64 toUtcMs, const QString& ownerId = {});
    // Every generated reminder of a contact (any state), by due date.
    Result<QList<Reminder>> forContact(const QString& contactId);
    // Every generated reminder (any state), ordered by id: for exports and for comparing two generations.
    Result<QList<Reminder>> all();
    Result<Reminder> get(const QString& id);

    Status markDone(const QString& id);
    Status snooze(const QString& id, const QDate& until); // until must be after the reference date
    Status dismiss(const QString& id);
    Status reopen(const QString& id);
    // The same for a reminder already read (from due() or forContact()): no look-up by id, which for a
    // reminder computed on read means computing them all (seconds at 200,000 contacts).
    Status markDone(const Reminder& reminder);
    Status snooze(const Reminder& reminder, const QDate& until);
    Status dismiss(const Reminder& reminder);

    // The deterministic id of the reminder of (rule, contact, anchor, subject).
    static QString reminderId(const QString& ruleId, const QString& contactId, const QDate& anchor,
                              const QString& subject);

private:
    // Which reminders computed on read a select needs: one contact's (0 = all), due in [dueFrom, dueTo]
    // (invalid = unbounded; never beyond the horizon). The select's WHERE still decides; this only narrows.
    struct Window
    {
        qint64 contactRowId = 0;
        QDate dueFrom;
        QDate dueTo;
    };
    enum class Source
    {
        Stored,
        Computed,
        Both
    };
    // Inserts one rule's reminders of one contact (recomputeContact) straight into `reminder`.
    Status generate(const ReminderRule& rule, const QDate& reference, qint64 contactRowId);
    Result<QList<Reminder>> select(const QByteArray& where, const QVariantList& binds, const Window& window,
                                   Source source = Source::Both);
    Status setState(const QString& id, ReminderState state, const QDate& until);
    Status setState(const Reminder& reminder, ReminderState state, const QDate& until);
    Status checkSnoozeDay(const QDate& until);
    Status useOwnCalendar();

    Store& m_store;
    LocalCalendar m_calendar;
    int m_horizonDays = 7;
    Status m_setup; // registering the SQL functions; every recompute fails with it if that failed
};

} // namespace ll
