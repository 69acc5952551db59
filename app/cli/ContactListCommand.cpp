#include "ArgValues.h"
#include "CliText.h"
#include "CommandSupport.h"
#include "ContactCommands.h"
#include "ContactFormat.h"
#include "JsonOutput.h"
#include "domain/ContactRepository.h"
#include "domain/Enums.h"
#include "domain/TagRepository.h"

namespace ll::cli {

namespace {

std::optional<ContactQuery::Sort> sortFromCode(const QString& code)
{
    if (code == QLatin1String("last-contacted"))
        return ContactQuery::Sort::LastContactedDesc;
    if (code == QLatin1String("name"))
        return ContactQuery::Sort::NameAsc;
    if (code == QLatin1String("created"))
        return ContactQuery::Sort::CreatedDesc;
    if (code == QLatin1String("updated"))
        return ContactQuery::Sort::UpdatedDesc;
    return std::nullopt;
}

// Everything that needs no store: checked before the passphrase is asked for.
std::optional<ContactQuery> queryFrom(CliContext& ctx, const ParsedArgs& args)
{
    ContactQuery query;
    query.search = args.value(QStringLiteral("search"));
    query.tagMode =
        args.isSet(QStringLiteral("any-tag")) ? ContactQuery::TagMode::Any : ContactQuery::TagMode::All;
    query.ownerId = args.value(QStringLiteral("owner"));
    query.storeId = args.value(QStringLiteral("store"));
    query.stage = args.value(QStringLiteral("stage"));
    if (!query.stage.isEmpty() && !stageFromCode(query.stage)) {
        ctx.fail(ExitCode::InvalidInput, CliText::tr("--stage: expected one of %1, got '%2'.")
                                             .arg(stageCodes().join(QStringLiteral(", ")), query.stage));
        return std::nullopt;
    }
    if (const auto sort = args.optional(QStringLiteral("sort"))) {
        const auto parsed = sortFromCode(*sort);
        if (!parsed) {
            ctx.fail(ExitCode::InvalidInput,
                     CliText::tr("--sort: expected last-contacted, name, created or updated, got '%1'.")
                         .arg(*sort));
            return std::nullopt;
        }
        query.sort = *parsed;
    }
    for (const char* name : {"limit", "offset"}) {
        const QString option = QLatin1String(name);
        if (!args.isSet(option))
            continue;
        const Result<qint64> value = parseInteger(option, args.value(option), 0, 1000000000);
        if (!value.ok()) {
            ctx.fail(value.error());
            return std::nullopt;
        }
        (option == QLatin1String("limit") ? query.limit : query.offset) = int(value.value());
    }
    return query;
}

int list(CliContext& ctx, const ParsedArgs& args)
{
    std::optional<ContactQuery> query = queryFrom(ctx, args);
    if (!query)
        return ctx.exitCode();
    Profile* profile = ctx.profile();
    if (!profile)
        return ctx.exitCode();
    TagRepository tags(profile->store());
    for (const QString& name : args.values(QStringLiteral("tag"))) {
        const std::optional<Tag> tag = take(ctx, tags.resolve(name, false));
        if (!tag)
            return ctx.exitCode();
        query->tagIds << tag->id;
    }
    ContactRepository contacts(profile->store());
    const std::optional<QList<Contact>> found = take(ctx, contacts.list(*query));
    if (!found)
        return ctx.exitCode();
    const std::optional<int> total = take(ctx, contacts.count(*query));
    if (!total)
        return ctx.exitCode();
    const bool reveal = ctx.reveal();
    if (ctx.json()) {
        JsonOutput::print({
            {QStringLiteral("contacts"),
             JsonOutput::array(*found, [&](const Contact& c) { return JsonOutput::contact(c, reveal); })},
            {QStringLiteral("total"), *total},
            {QStringLiteral("limit"), query->limit},
            {QStringLiteral("offset"), query->offset},
        });
        return 0;
    }
    if (found->isEmpty()) {
        ctx.print(CliText::tr("No contacts match (%1 in total).\n").arg(*total));
        return 0;
    }
    ctx.print(ContactFormat::table(*found, reveal));
    ctx.print(
        CliText::tr("%1-%2 of %3\n").arg(query->offset + 1).arg(query->offset + found->size()).arg(*total));
    return 0;
}

OptionSpec opt(const char* name, const char* valueName, const QString& description, bool repeatable = false)
{
    return {QLatin1String(name), QLatin1String(valueName), description, repeatable};
}

} // namespace

Command contactListCommand()
{
    return {
        QStringLiteral("list"),
        QString(),
        0,
        0,
        CliText::tr("List contacts, newest contact first; filters combine with AND."),
        {
            opt("search", "TEXT",
                CliText::tr("Name, nickname, notes, phone digits, pinyin (zhangsan), initials (zs), 繁/简.")),
            opt("tag", "TAG",
                CliText::tr("Only contacts with this tag (id, group/name or name); repeat: all of them."),
                true),
            opt("any-tag", "", CliText::tr("With several --tag: any of them instead of all.")),
            opt("stage", "STAGE", CliText::tr("Only this lifecycle stage.")),
            opt("owner", "STAFF_ID", CliText::tr("Only contacts of this guide.")),
            opt("store", "STORE_ID", CliText::tr("Only contacts of this store.")),
            opt("sort", "ORDER", CliText::tr("last-contacted (default), name, created or updated.")),
            opt("limit", "N", CliText::tr("At most N contacts (default 50, 0 = all).")),
            opt("offset", "N", CliText::tr("Skip the first N contacts.")),
            jsonOption(),
            revealOption(),
        },
        list};
}

} // namespace ll::cli
