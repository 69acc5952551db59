#include "ContactCommands.h"

#include "CliText.h"
#include "CommandGroups.h"
#include "CommandSupport.h"
#include "ContactFormat.h"
#include "ContactOptions.h"
#include "JsonOutput.h"
#include "domain/ContactRepository.h"

#include <QJsonArray>

namespace ll::cli {

namespace {

int printContact(CliContext& ctx, const Contact& contact, const QString& headline)
{
    if (ctx.json())
        return JsonOutput::print(JsonOutput::contact(contact, ctx.reveal()));
    ctx.print(headline + QLatin1Char('\n'));
    return 0;
}

int add(CliContext& ctx, const ParsedArgs& args)
{
    if (!args.isSet(QStringLiteral("name")))
        return ctx.usage(CliText::tr("contact add needs --name."));
    const std::optional<ContactInput> input = contactInputFrom(ctx, args, false);
    if (!input)
        return ctx.exitCode();
    Profile* profile = ctx.profile();
    if (!profile)
        return ctx.exitCode();
    const std::optional<Contact> added = take(ctx, ContactRepository(profile->store()).add(*input));
    if (!added)
        return ctx.exitCode();
    return printContact(ctx, *added,
                        CliText::tr("Added contact %1 (%2).").arg(added->id, forTerminal(added->name)));
}

bool hasAnyField(const ContactInput& in)
{
    return in.name || in.nickname || in.wechatId || in.phones || in.addPhones || in.removePhones ||
           in.gender || in.birthday || in.city || in.source || in.stage || in.intent || in.points ||
           in.notes || in.ownerId || in.storeId;
}

int edit(CliContext& ctx, const ParsedArgs& args)
{
    const std::optional<ContactInput> patch = contactInputFrom(ctx, args, true);
    if (!patch)
        return ctx.exitCode();
    if (!hasAnyField(*patch))
        return ctx.usage(CliText::tr("contact edit: nothing to change; give at least one field option."));
    const std::optional<Contact> contact = findContact(ctx, args.positional().at(0));
    if (!contact)
        return ctx.exitCode();
    const std::optional<Contact> updated =
        take(ctx, ContactRepository(ctx.profile()->store()).update(contact->id, *patch));
    if (!updated)
        return ctx.exitCode();
    return printContact(ctx, *updated,
                        CliText::tr("Updated contact %1 (%2).").arg(updated->id, forTerminal(updated->name)));
}

int remove(CliContext& ctx, const ParsedArgs& args)
{
    const std::optional<Contact> contact = findContact(ctx, args.positional().at(0));
    if (!contact)
        return ctx.exitCode();
    if (!succeeded(ctx, ContactRepository(ctx.profile()->store()).remove(contact->id)))
        return ctx.exitCode();
    if (ctx.json())
        JsonOutput::print({{QStringLiteral("deleted"), contact->id}});
    else
        ctx.print(CliText::tr("Deleted contact %1 (%2).\n").arg(contact->id, forTerminal(contact->name)));
    return 0;
}

int merge(CliContext& ctx, const ParsedArgs& args)
{
    const std::optional<Contact> keep = findContact(ctx, args.positional().at(0));
    if (!keep)
        return ctx.exitCode();
    const std::optional<Contact> other = findContact(ctx, args.positional().at(1));
    if (!other)
        return ctx.exitCode();
    if (keep->id == other->id)
        return ctx.fail(ExitCode::InvalidInput, CliText::tr("Cannot merge a contact with itself."));
    const std::optional<Contact> merged =
        take(ctx, ContactRepository(ctx.profile()->store()).merge(keep->id, other->id));
    if (!merged)
        return ctx.exitCode();
    return printContact(
        ctx, *merged,
        CliText::tr("Merged %1 into %2 (%3).").arg(other->id, merged->id, forTerminal(merged->name)));
}

int duplicates(CliContext& ctx, const ParsedArgs& args)
{
    const std::optional<Contact> contact = findContact(ctx, args.positional().at(0));
    if (!contact)
        return ctx.exitCode();
    const std::optional<QList<Contact>> found =
        take(ctx, ContactRepository(ctx.profile()->store()).duplicatesOf(contact->id));
    if (!found)
        return ctx.exitCode();
    const bool reveal = ctx.reveal();
    if (ctx.json()) {
        JsonOutput::print({{QStringLiteral("contacts"), JsonOutput::array(*found, [&](const Contact& c) {
                                return JsonOutput::contact(c, reveal);
                            })}});
    } else if (found->isEmpty()) {
        ctx.print(CliText::tr("No duplicates of %1.\n").arg(contact->id));
    } else {
        ctx.print(ContactFormat::table(*found, reveal));
    }
    return 0;
}

QList<OptionSpec> printOptions()
{
    return {jsonOption(), revealOption()};
}

} // namespace

CommandGroup contactGroup()
{
    QList<OptionSpec> editOptions = contactFieldOptions(true);
    editOptions << revealOption();
    QList<OptionSpec> addOptions = contactFieldOptions(false);
    addOptions << revealOption();
    return {
        QStringLiteral("contact"),
        CliText::tr("Customers: add, list, show, edit, delete, merge and find duplicates."),
        {
            {QStringLiteral("add"), QString(), 0, 0, CliText::tr("Add a contact."), addOptions, add},
            contactListCommand(),
            contactShowCommand(),
            {QStringLiteral("edit"), QStringLiteral("CONTACT_ID"), 1, 1,
             CliText::tr("Change fields of a contact; an empty value (--city '') clears a field."),
             editOptions, edit},
            {QStringLiteral("delete"),
             QStringLiteral("CONTACT_ID"),
             1,
             1,
             CliText::tr("Delete a contact."),
             {jsonOption()},
             remove},
            {QStringLiteral("merge"), QStringLiteral("KEEP_ID OTHER_ID"), 2, 2,
             CliText::tr("Merge OTHER into KEEP: phones, tags, follow-ups, purchases and notes are kept."),
             printOptions(), merge},
            {QStringLiteral("duplicates"), QStringLiteral("CONTACT_ID"), 1, 1,
             CliText::tr("List contacts sharing a mobile number or WeChat ID with this one."), printOptions(),
             duplicates},
        }};
}

} // namespace ll::cli
