#include "ArgValues.h"
#include "CliText.h"
#include "CommandGroups.h"
#include "CommandSupport.h"
#include "JsonOutput.h"
#include "LibrarySupport.h"
#include "Table.h"
#include "reminders/ReminderEngine.h"
#include "store/Store.h"

#include <QJsonObject>

namespace ll::cli {

namespace {

QJsonObject reminderJson(const Reminder& r, const QDate& day)
{
    QJsonObject out;
    out[QStringLiteral("id")] = r.id;
    out[QStringLiteral("kind")] = toCode(r.kind);
    out[QStringLiteral("rule_id")] = r.ruleId;
    out[QStringLiteral("rule_name")] = r.ruleName;
    out[QStringLiteral("script_id")] = jsonText(r.scriptId);
    out[QStringLiteral("contact_id")] = r.contactId;
    out[QStringLiteral("contact_name")] = r.contactName;
    out[QStringLiteral("owner_id")] = jsonText(r.ownerId);
    out[QStringLiteral("subject")] = jsonText(r.subject);
    out[QStringLiteral("subject_label")] = jsonText(r.subjectLabel);
    out[QStringLiteral("anchor")] = jsonDate(r.anchor);
    out[QStringLiteral("due_on")] = jsonDate(r.dueOn);
    out[QStringLiteral("due_at")] = jsonTime(r.dueAt);
    out[QStringLiteral("expires_on")] = jsonDate(r.expiresOn);
    out[QStringLiteral("overdue")] = day.isValid() && r.dueOn.isValid() && r.dueOn < day;
    out[QStringLiteral("state")] = toCode(r.state);
    out[QStringLiteral("snoozed_until")] = jsonDate(r.snoozedUntil);
    out[QStringLiteral("answered_at")] = jsonTime(r.answeredAt);
    return out;
}

QString kindTitle(RuleKind kind)
{
    switch (kind) {
    case RuleKind::RunOut: return CliText::tr("Run-out");
    case RuleKind::Birthday: return CliText::tr("Birthday");
    case RuleKind::Holiday: return CliText::tr("Holiday");
    case RuleKind::Dormant: return CliText::tr("Dormant");
    case RuleKind::LeadSla: return CliText::tr("Lead response");
    case RuleKind::CustomDate: return CliText::tr("Custom date");
    case RuleKind::Takeover: return CliText::tr("Taken over");
    }
    return toCode(kind);
}

int due(CliContext& ctx, const ParsedArgs& args)
{
    QDate day;
    if (const auto text = args.optional(QStringLiteral("date"))) {
        const Result<QDate> date = parseDate(QStringLiteral("date"), *text);
        if (!date.ok())
            return ctx.fail(date.error());
        day = date.value();
    }
    QString owner;
    if (args.isSet(QStringLiteral("mine"))) {
        const std::optional<Actor> actor = cliActor(ctx);
        if (!actor)
            return ctx.exitCode();
        if (actor->staffId.isEmpty())
            return ctx.fail(ExitCode::InvalidInput, CliText::tr("--mine: this profile has no staff member of its own "
                                                                "(init --staff)."));
        owner = actor->staffId;
    }
    Profile* profile = ctx.profile();
    if (!profile)
        return ctx.exitCode();
    ReminderEngine engine(profile->store());
    if (!day.isValid())
        day = engine.today();
    const std::optional<QList<ReminderGroup>> groups = take(ctx, engine.due(day, owner));
    if (!groups)
        return ctx.exitCode();
    int total = 0;
    for (const ReminderGroup& g : *groups)
        total += int(g.reminders.size());
    if (ctx.json()) {
        QJsonArray groupArray;
        for (const ReminderGroup& g : *groups) {
            QJsonArray items;
            for (const Reminder& r : g.reminders)
                items.append(reminderJson(r, day));
            groupArray.append(QJsonObject{{QStringLiteral("kind"), toCode(g.kind)},
                                          {QStringLiteral("count"), int(g.reminders.size())},
                                          {QStringLiteral("reminders"), items}});
        }
        return JsonOutput::print({{QStringLiteral("date"), day.toString(Qt::ISODate)},
                                  {QStringLiteral("total"), total},
                                  {QStringLiteral("groups"), groupArray}});
    }
    if (total == 0) {
        ctx.print(CliText::tr("Nothing due on %1.\n").arg(day.toString(Qt::ISODate)));
        return 0;
    }
    QString out;
    for (const ReminderGroup& g : *groups) {
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        out += CliText::tr("%1 (%2)\n").arg(kindTitle(g.kind)).arg(g.reminders.size());
        Table table({CliText::tr("ID"), CliText::tr("DUE"), CliText::tr("CONTACT"), CliText::tr("NAME"),
                     CliText::tr("ABOUT"), CliText::tr("RULE"), CliText::tr("SCRIPT")});
        for (const Reminder& r : g.reminders) {
            QString dueText = r.dueOn.toString(Qt::ISODate);
            if (r.dueOn < day)
                dueText += CliText::tr(" (overdue)");
            table.addRow({shortId(r.id), dueText, shortId(r.contactId), r.contactName, orDash(r.subjectLabel),
                          r.ruleName, r.scriptId.isEmpty() ? QStringLiteral("-") : shortId(r.scriptId)});
        }
        out += table.render();
    }
    ctx.print(out);
    return 0;
}

// By full id, else by a unique id prefix. A reminder computed on read (holiday, dormant) is found only by
// computing them all, so it is looked up once and then passed on as it is.
std::optional<Reminder> findReminder(CliContext& ctx, ReminderEngine& engine, const QString& input)
{
    Result<Reminder> exact = engine.get(input.trimmed().toLower());
    if (exact.ok())
        return std::move(exact).value();
    const std::optional<QList<Reminder>> all = take(ctx, engine.all());
    if (!all)
        return std::nullopt;
    QStringList ids;
    for (const Reminder& r : *all)
        ids << r.id;
    const std::optional<QString> id = resolveIdPrefix(ctx, ids, input, CliText::tr("reminder"));
    if (!id)
        return std::nullopt;
    return all->at(ids.indexOf(*id));
}

int setState(CliContext& ctx, const ParsedArgs& args, ReminderState state)
{
    QDate until;
    if (state == ReminderState::Snoozed) {
        if (!args.isSet(QStringLiteral("until")))
            return ctx.usage(CliText::tr("reminders snooze needs --until YYYY-MM-DD."));
        const Result<QDate> date = parseDate(QStringLiteral("until"), args.value(QStringLiteral("until")));
        if (!date.ok())
            return ctx.fail(date.error());
        until = date.value();
    }
    Profile* profile = ctx.profile();
    if (!profile)
        return ctx.exitCode();
    ReminderEngine engine(profile->store());
    std::optional<Reminder> reminder = findReminder(ctx, engine, args.positional().at(0));
    if (!reminder)
        return ctx.exitCode();
    const Status status = state == ReminderState::Done      ? engine.markDone(*reminder)
                          : state == ReminderState::Snoozed ? engine.snooze(*reminder, until)
                                                            : engine.dismiss(*reminder);
    if (!succeeded(ctx, status))
        return ctx.exitCode();
    // What the engine just stored, without reading the reminder again.
    reminder->state = state;
    reminder->snoozedUntil = state == ReminderState::Snoozed ? until : QDate();
    if (ctx.json())
        return JsonOutput::print(reminderJson(*reminder, QDate()));
    if (state == ReminderState::Snoozed)
        ctx.print(CliText::tr("Snoozed %1 (%2, %3) until %4.\n")
                      .arg(reminder->id, reminder->ruleName, forTerminal(reminder->contactName),
                           until.toString(Qt::ISODate)));
    else
        ctx.print(CliText::tr("Marked %1 (%2, %3) %4.\n")
                      .arg(reminder->id, reminder->ruleName, forTerminal(reminder->contactName), toCode(state)));
    return 0;
}

} // namespace

CommandGroup remindersGroup()
{
    const QString idArg = QStringLiteral("REMINDER_ID");
    return {QStringLiteral("reminders"),
            CliText::tr("Reminders generated from the rules: what is due, and what you did about it."),
            {
                {QStringLiteral("due"),
                 QString(),
                 0,
                 0,
                 CliText::tr("Open reminders due on or before the date, grouped by kind (run-out, lead response, "
                             "dormant, birthday, holiday, custom date), overdue first."),
                 {valueOption("date", "YYYY-MM-DD", CliText::tr("The day to look from (default: today, Asia/Shanghai).")),
                  flagOption("mine", CliText::tr("Only your own contacts' reminders.")), jsonOption()},
                 due},
                {QStringLiteral("done"), idArg, 1, 1, CliText::tr("Mark a reminder done."), {jsonOption()},
                 [](CliContext& ctx, const ParsedArgs& args) { return setState(ctx, args, ReminderState::Done); }},
                {QStringLiteral("snooze"),
                 idArg,
                 1,
                 1,
                 CliText::tr("Hide a reminder until a later day."),
                 {valueOption("until", "YYYY-MM-DD", CliText::tr("Show it again from this day (required).")),
                  jsonOption()},
                 [](CliContext& ctx, const ParsedArgs& args) { return setState(ctx, args, ReminderState::Snoozed); }},
                {QStringLiteral("dismiss"), idArg, 1, 1, CliText::tr("Dismiss a reminder."), {jsonOption()},
                 [](CliContext& ctx, const ParsedArgs& args) {
                     return setState(ctx, args, ReminderState::Dismissed);
                 }},
            }};
}

} // namespace ll::cli
