#include "today/ReminderTexts.h"

#include <QLocale>

namespace ll::ui {

QString ReminderTexts::kind(RuleKind kind)
{
    switch (kind) {
    case RuleKind::RunOut:
        return tr("Product run-out");
    case RuleKind::Birthday:
        return tr("Birthday");
    case RuleKind::Holiday:
        return tr("Holiday");
    case RuleKind::Dormant:
        return tr("Not contacted for a while");
    case RuleKind::LeadSla:
        return tr("New lead waiting");
    case RuleKind::CustomDate:
        return tr("Custom date");
    case RuleKind::Takeover:
        return tr("Taken over");
    }
    return toCode(kind);
}

QString ReminderTexts::kindHelp(RuleKind kind)
{
    switch (kind) {
    case RuleKind::RunOut:
        return tr(
            "Due when the last purchase of a product runs out (its cycle × quantity), minus the lead days.");
    case RuleKind::Birthday:
        return tr("Due the lead days before each birthday.");
    case RuleKind::Holiday:
        return tr("Due the lead days before each holiday of the holiday list.");
    case RuleKind::Dormant:
        return tr("Due after the given number of days without contact.");
    case RuleKind::LeadSla:
        return tr("Due when a new lead has not been contacted within the given hours.");
    case RuleKind::CustomDate:
        return tr("Due the lead days before the date in a custom field of the customer.");
    case RuleKind::Takeover:
        return tr("Due the lead days after a customer was handed over to you; answered by your first "
                  "follow-up.");
    }
    return {};
}

QString ReminderTexts::about(const Reminder& reminder)
{
    if (reminder.kind == RuleKind::Takeover)
        return reminder.subjectLabel.isEmpty() ? tr("Taken over from a colleague")
                                               : tr("Taken over from %1").arg(reminder.subjectLabel);
    if (!reminder.subjectLabel.isEmpty())
        return reminder.subjectLabel;
    switch (reminder.kind) {
    case RuleKind::Birthday:
        return tr("Birthday on %1").arg(QLocale().toString(reminder.anchor, QLocale::ShortFormat));
    case RuleKind::Dormant:
        return reminder.anchor.isValid()
                   ? tr("Last contact %1").arg(QLocale().toString(reminder.anchor, QLocale::ShortFormat))
                   : tr("Never contacted");
    case RuleKind::LeadSla:
        return tr("Not contacted yet");
    default:
        return kind(reminder.kind);
    }
}

QString ReminderTexts::due(const Reminder& reminder, const QDate& today)
{
    const QString date = QLocale().toString(reminder.dueOn, QLocale::ShortFormat);
    const qint64 late = reminder.dueOn.daysTo(today);
    if (late > 0)
        return tr("%1 · %n day(s) overdue", nullptr, int(late)).arg(date);
    if (late == 0)
        return tr("%1 · today").arg(date);
    return date;
}

} // namespace ll::ui
