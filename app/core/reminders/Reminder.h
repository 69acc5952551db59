#pragma once

#include "reminders/ReminderRule.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ll {

enum class ReminderState { Open, Done, Snoozed, Dismissed };

QString toCode(ReminderState state); // open, done, snoozed, dismissed
std::optional<ReminderState> reminderStateFromCode(const QString& code);

// One generated reminder. Its id is a name-based UUID of (rule id, contact id, anchor date, subject), so
// regenerating, or generating on another device, yields the same id; what the guide did with it (state)
// is stored apart under that id and survives every regeneration.
struct Reminder
{
    QString id;
    QString ruleId;
    QString ruleName;
    RuleKind kind = RuleKind::RunOut;
    QString scriptId; // the rule's suggested script, may be empty
    qint64 contactRowId = 0;
    QString contactId;
    QString contactName;
    QString ownerId;
    QString subject;      // runout: product id; holiday: holiday id; otherwise empty
    QString subjectLabel; // product name, holiday name or custom field name, for display
    QDate anchor;         // purchase date, birthday/holiday/custom date occurrence, last contact or creation date
    QDate dueOn;          // local date the reminder is due
    QDateTime dueAt;      // exact moment it is due (UTC): local midnight of dueOn, or creation + N h for lead SLA
    QDate expiresOn;      // after this day it is no longer shown (birthdays, holidays); invalid = never
    ReminderState state = ReminderState::Open;
    QDate snoozedUntil;
    // Answered by a follow-up after it became due (run-out, lead SLA). Dormant reminders are answered by
    // moving on: a follow-up moves their anchor, and a new purchase of the product moves a run-out's anchor.
    QDateTime answeredAt;

    bool isAnswered() const { return answeredAt.isValid(); }
};

struct ReminderGroup
{
    RuleKind kind = RuleKind::RunOut;
    QList<Reminder> reminders; // overdue first (by due date), then by contact name
};

} // namespace ll
