#include "ArgValues.h"
#include "CliText.h"
#include "CommandGroups.h"
#include "CommandSupport.h"
#include "ContactFormat.h"
#include "JsonOutput.h"
#include "LibrarySupport.h"
#include "domain/Enums.h"
#include "domain/FollowUpRepository.h"

namespace ll::cli {

namespace {

OptionSpec opt(const char* name, const char* valueName, const QString& description)
{
    return {QLatin1String(name), QLatin1String(valueName), description, false};
}

int add(CliContext& ctx, const ParsedArgs& args)
{
    FollowUpInput input;
    input.kind = args.value(QStringLiteral("kind"));
    if (!args.isSet(QStringLiteral("kind")))
        return ctx.usage(CliText::tr("followup add needs --kind (%1).")
                             .arg(followUpKindCodes().join(QStringLiteral(", "))));
    if (!followUpKindFromCode(input.kind))
        return ctx.fail(ExitCode::InvalidInput,
                        CliText::tr("--kind: expected one of %1, got '%2'.")
                            .arg(followUpKindCodes().join(QStringLiteral(", ")), input.kind));
    input.outcome = args.value(QStringLiteral("outcome"));
    input.note = args.value(QStringLiteral("note"));
    input.scriptId = args.value(QStringLiteral("script"));
    input.materialId = args.value(QStringLiteral("material"));
    if (const auto at = args.optional(QStringLiteral("at"))) {
        const Result<QDateTime> when = parseDateTime(QStringLiteral("at"), *at);
        if (!when.ok())
            return ctx.fail(when.error());
        input.happenedAt = when.value();
    }
    const std::optional<Contact> contact = findContact(ctx, args.positional().at(0));
    if (!contact)
        return ctx.exitCode();
    input.contactId = contact->id;
    const std::optional<FollowUp> added = take(ctx, FollowUpRepository(ctx.profile()->store()).add(input));
    if (!added)
        return ctx.exitCode();
    // Committed: bring the contact's reminders up to date now (a failure only warns; the record stays).
    recomputeContactReminders(ctx, contact->id);
    if (ctx.json())
        return JsonOutput::print(JsonOutput::followUp(*added));
    ctx.print(
        CliText::tr("Recorded %1 with %2 (%3) at %4.\n")
            .arg(toCode(added->kind), contact->id, forTerminal(contact->name), localTime(added->happenedAt)));
    return 0;
}

int list(CliContext& ctx, const ParsedArgs& args)
{
    int limit = 100;
    if (const auto text = args.optional(QStringLiteral("limit"))) {
        const Result<qint64> value = parseInteger(QStringLiteral("limit"), *text, 1, 100000);
        if (!value.ok())
            return ctx.fail(value.error());
        limit = int(value.value());
    }
    const std::optional<Contact> contact = findContact(ctx, args.positional().at(0));
    if (!contact)
        return ctx.exitCode();
    const std::optional<QList<FollowUp>> found =
        take(ctx, FollowUpRepository(ctx.profile()->store()).forContact(contact->id, limit));
    if (!found)
        return ctx.exitCode();
    if (ctx.json())
        return JsonOutput::print(
            {{QStringLiteral("follow_ups"), JsonOutput::array(*found, JsonOutput::followUp)}});
    ctx.print(found->isEmpty() ? CliText::tr("No follow-ups with %1.\n").arg(contact->id)
                               : ContactFormat::followUps(*found));
    return 0;
}

} // namespace

CommandGroup followUpGroup()
{
    return {QStringLiteral("followup"),
            CliText::tr("Follow-up records (append-only): calls, chats, visits, messages."),
            {
                {QStringLiteral("add"),
                 QStringLiteral("CONTACT_ID"),
                 1,
                 1,
                 CliText::tr("Record a follow-up; also updates the contact's last-contacted time."),
                 {
                     opt("kind", "KIND", CliText::tr("call, chat, visit or message (required).")),
                     opt("outcome", "TEXT", CliText::tr("Outcome, e.g. interested, no answer.")),
                     opt("note", "TEXT", CliText::tr("Note.")),
                     opt("script", "ID", CliText::tr("Script that was sent.")),
                     opt("material", "ID", CliText::tr("Material that was sent.")),
                     opt("at", "DATETIME", CliText::tr("When, ISO 8601 (default: now).")),
                     jsonOption(),
                 },
                 add},
                {QStringLiteral("list"),
                 QStringLiteral("CONTACT_ID"),
                 1,
                 1,
                 CliText::tr("List a contact's follow-ups, newest first."),
                 {opt("limit", "N", CliText::tr("At most N records (default 100).")), jsonOption()},
                 list},
            }};
}

} // namespace ll::cli
