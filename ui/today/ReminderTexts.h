#pragma once

#include "reminders/Reminder.h"

#include <QCoreApplication>

namespace ll::ui {

// What the guide reads about reminders and rules: translated kind names and one-line descriptions.
class ReminderTexts
{
    Q_DECLARE_TR_FUNCTIONS(ReminderTexts)

public:
    static QString kind(RuleKind kind);
    static QString kindHelp(RuleKind kind); // what leadDays/threshold mean for this kind
    // What the reminder is about: the product, the holiday, the custom field or the kind itself.
    static QString about(const Reminder& reminder);
    // The due date, with "today" or how many days overdue relative to `today`.
    static QString due(const Reminder& reminder, const QDate& today);
};

} // namespace ll::ui
