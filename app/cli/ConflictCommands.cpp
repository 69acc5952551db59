#include "CliText.h"
#include "CommandGroups.h"
#include "CommandSupport.h"
#include "Console.h"
#include "JsonOutput.h"
#include "domain/NotesConflicts.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace ll::cli {

namespace {

QJsonObject conflictJson(const NotesConflict& c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("contact_id"), c.contactId},
            {QStringLiteral("contact_name"), c.contactName},
            {QStringLiteral("current"), c.currentNotes},
            {QStringLiteral("other"), c.otherNotes},
            {QStringLiteral("edited_at"),
             c.editedAt.isValid() ? c.editedAt.toString(Qt::ISODateWithMs) : QString()},
            {QStringLiteral("device_id"), c.deviceId},
            {QStringLiteral("from_this_device"), c.fromThisDevice}};
}

int list(CliContext& ctx, const ParsedArgs&)
{
    Profile* profile = ctx.profile();
    if (!profile)
        return ctx.exitCode();
    const std::optional<QList<NotesConflict>> open = take(ctx, NotesConflicts(profile->store()).unseen());
    if (!open)
        return ctx.exitCode();
    if (ctx.json()) {
        QJsonArray items;
        for (const NotesConflict& c : *open)
            items.append(conflictJson(c));
        return JsonOutput::print({{QStringLiteral("conflicts"), items}});
    }
    if (open->isEmpty()) {
        ctx.print(CliText::tr("No notes conflicts.\n"));
        return 0;
    }
    for (const NotesConflict& c : *open) {
        ctx.print(CliText::tr("Conflict %1 · %2 (%3) · %4 · %5\n")
                      .arg(c.id)
                      .arg(forTerminal(c.contactName), shortId(c.contactId), localTime(c.editedAt),
                           c.fromThisDevice ? CliText::tr("this device") : orDash(forTerminal(c.deviceId))));
        ctx.print(CliText::tr("  current: %1\n  other:   %2\n")
                      .arg(forTerminal(c.currentNotes), forTerminal(c.otherNotes)));
    }
    return 0;
}

int resolve(CliContext& ctx, const ParsedArgs& args)
{
    bool isNumber = false;
    const qint64 id = args.positional().value(0).toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return ctx.usage(CliText::tr("ID is the number `conflicts list` shows."));
    const QString keep = args.value(QStringLiteral("keep"));
    NotesChoice choice;
    if (keep == QLatin1String("mine"))
        choice = NotesChoice::KeepCurrent;
    else if (keep == QLatin1String("theirs"))
        choice = NotesChoice::KeepOther;
    else if (keep == QLatin1String("merged"))
        choice = NotesChoice::KeepMerged;
    else
        return ctx.usage(CliText::tr("conflicts resolve needs --keep mine, theirs or merged."));
    if (choice == NotesChoice::KeepMerged && !args.isSet(QStringLiteral("text")))
        return ctx.usage(CliText::tr("--keep merged needs --text with the merged notes."));
    if (choice != NotesChoice::KeepMerged && args.isSet(QStringLiteral("text")))
        return ctx.usage(CliText::tr("--text is only used with --keep merged."));
    Profile* profile = ctx.profile();
    if (!profile)
        return ctx.exitCode();
    if (!succeeded(ctx,
                   NotesConflicts(profile->store()).resolve(id, choice, args.value(QStringLiteral("text")))))
        return ctx.exitCode();
    if (ctx.json())
        return JsonOutput::print({{QStringLiteral("id"), id}, {QStringLiteral("resolved"), true}});
    ctx.print(CliText::tr("Resolved notes conflict %1.\n").arg(id));
    return 0;
}

} // namespace

CommandGroup conflictsGroup()
{
    return {
        QStringLiteral("conflicts"),
        CliText::tr("Notes edited on two devices: list them and choose which text stays."),
        {
            {QStringLiteral("list"),
             QString(),
             0,
             0,
             CliText::tr("List the open notes conflicts."),
             {jsonOption()},
             list},
            {QStringLiteral("resolve"),
             QStringLiteral("ID"),
             1,
             1,
             CliText::tr("Settle one conflict: keep this device's notes, the other text, or a merged text "
                         "(the choice syncs like any edit)."),
             {
                 {QStringLiteral("keep"), QStringLiteral("mine|theirs|merged"),
                  CliText::tr("Which text stays (required)."), false},
                 {QStringLiteral("text"), QStringLiteral("TEXT"),
                  CliText::tr("The merged notes, with --keep merged."), false},
                 jsonOption(),
             },
             resolve},
        }};
}

} // namespace ll::cli
