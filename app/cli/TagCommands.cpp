#include "CliText.h"
#include "CommandGroups.h"
#include "CommandSupport.h"
#include "ContactFormat.h"
#include "JsonOutput.h"
#include "Table.h"
#include "domain/TagRepository.h"
#include "store/Transaction.h"
#include "text/TextLimits.h"

namespace ll::cli {

namespace {

OptionSpec groupOption()
{
    return {QStringLiteral("group"), QStringLiteral("GROUP"),
            CliText::tr("Tag group for tags created here (default: 默认)."), false};
}

bool checkTagNames(CliContext& ctx, const QStringList& names)
{
    for (const QString& name : names) {
        Status length = checkLength(CliText::tr("Tag"), name, limits::kTag);
        if (name.trimmed().isEmpty())
            length = makeError(ErrorCode::InvalidInput, CliText::tr("A tag name must not be empty."));
        if (!succeeded(ctx, length))
            return false;
    }
    return true;
}

// A tag named on the command line: with --group only inside that group, created there when missing.
Result<Tag> resolveTag(TagRepository& tags, const QString& group, const QString& name, bool create)
{
    if (group.isEmpty())
        return tags.resolve(name, create);
    Result<Tag> found = tags.resolve(group + QLatin1Char('/') + name, false);
    if (found.ok() || found.code() != ErrorCode::NotFound || !create)
        return found;
    return tags.addTag(group, name);
}

int printTags(CliContext& ctx, const QList<Tag>& tags, bool counts)
{
    if (ctx.json())
        return JsonOutput::print({{QStringLiteral("tags"), JsonOutput::array(tags, JsonOutput::tag)}});
    QStringList headers{CliText::tr("ID"), CliText::tr("GROUP"), CliText::tr("TAG")};
    if (counts)
        headers << CliText::tr("CONTACTS");
    Table table(headers);
    for (const Tag& tag : tags) {
        QStringList row{shortId(tag.id), orDash(tag.groupName), tag.name};
        if (counts)
            row << QString::number(tag.contactCount);
        table.addRow(row);
    }
    ctx.print(tags.isEmpty() ? CliText::tr("No tags.\n") : table.render());
    return 0;
}

// tag add / tag remove: all names are resolved first and the links written in one transaction, so a
// typo in the third tag leaves the contact exactly as it was.
int link(CliContext& ctx, const ParsedArgs& args, bool add)
{
    const QStringList names = args.positional().mid(1);
    if (add && !checkTagNames(ctx, names))
        return ctx.exitCode();
    const std::optional<Contact> contact = findContact(ctx, args.positional().at(0));
    if (!contact)
        return ctx.exitCode();
    Store& store = ctx.profile()->store();
    TagRepository tags(store);
    Transaction tx(store.db());
    if (!succeeded(ctx, tx.beginStatus()))
        return ctx.exitCode();
    QList<Tag> changed;
    for (const QString& name : names) {
        const std::optional<Tag> tag =
            take(ctx, resolveTag(tags, args.value(QStringLiteral("group")), name, add));
        if (!tag)
            return ctx.exitCode();
        const Status linked =
            add ? tags.tagContact(contact->id, tag->id) : tags.untagContact(contact->id, tag->id);
        if (!succeeded(ctx, linked))
            return ctx.exitCode();
        changed << *tag;
    }
    if (!succeeded(ctx, tx.commit()))
        return ctx.exitCode();
    if (ctx.json())
        return printTags(ctx, changed, false);
    QStringList labels;
    for (const Tag& tag : changed)
        labels << ContactFormat::tagLabel(tag);
    const QString list = forTerminal(labels.join(QStringLiteral(", ")));
    ctx.print((add ? CliText::tr("Tagged %1 (%2): %3\n") : CliText::tr("Untagged %1 (%2): %3\n"))
                  .arg(contact->id, forTerminal(contact->name), list));
    return 0;
}

int addTags(CliContext& ctx, const ParsedArgs& args)
{
    return link(ctx, args, true);
}
int removeTags(CliContext& ctx, const ParsedArgs& args)
{
    return link(ctx, args, false);
}

int create(CliContext& ctx, const ParsedArgs& args)
{
    const QString name = args.positional().at(0);
    if (!checkTagNames(ctx, {name}))
        return ctx.exitCode();
    Profile* profile = ctx.profile();
    if (!profile)
        return ctx.exitCode();
    const std::optional<Tag> tag =
        take(ctx, TagRepository(profile->store()).addTag(args.value(QStringLiteral("group")), name));
    if (!tag)
        return ctx.exitCode();
    if (ctx.json())
        return JsonOutput::print(JsonOutput::tag(*tag));
    ctx.print(CliText::tr("Created tag %1 (%2).\n").arg(forTerminal(ContactFormat::tagLabel(*tag)), tag->id));
    return 0;
}

int list(CliContext& ctx, const ParsedArgs& args)
{
    const bool counts = args.isSet(QStringLiteral("counts"));
    if (!args.positional().isEmpty()) {
        const std::optional<Contact> contact = findContact(ctx, args.positional().at(0));
        if (!contact)
            return ctx.exitCode();
        const std::optional<QList<Tag>> tags =
            take(ctx, TagRepository(ctx.profile()->store()).tagsOf(contact->id));
        if (!tags)
            return ctx.exitCode();
        return printTags(ctx, *tags, false);
    }
    Profile* profile = ctx.profile();
    if (!profile)
        return ctx.exitCode();
    const std::optional<QList<Tag>> tags = take(ctx, TagRepository(profile->store()).tags(counts));
    if (!tags)
        return ctx.exitCode();
    return printTags(ctx, *tags, counts);
}

int remove(CliContext& ctx, const ParsedArgs& args)
{
    Profile* profile = ctx.profile();
    if (!profile)
        return ctx.exitCode();
    TagRepository tags(profile->store());
    const std::optional<Tag> tag = take(ctx, tags.resolve(args.positional().at(0), false));
    if (!tag || !succeeded(ctx, tags.removeTag(tag->id)))
        return ctx.exitCode();
    if (ctx.json())
        return JsonOutput::print({{QStringLiteral("deleted"), tag->id}});
    ctx.print(CliText::tr("Deleted tag %1 (%2).\n").arg(forTerminal(ContactFormat::tagLabel(*tag)), tag->id));
    return 0;
}

} // namespace

CommandGroup tagGroup()
{
    const QString tagHelp = CliText::tr("TAG is a tag id, group/name, or a name unique across groups.");
    return {QStringLiteral("tag"),
            CliText::tr("Tags: label contacts, create, list and delete tags. ") + tagHelp,
            {
                {QStringLiteral("add"),
                 QStringLiteral("CONTACT_ID TAG..."),
                 2,
                 -1,
                 CliText::tr("Tag a contact; missing tags are created (in --group)."),
                 {groupOption(), jsonOption()},
                 addTags},
                {QStringLiteral("remove"),
                 QStringLiteral("CONTACT_ID TAG..."),
                 2,
                 -1,
                 CliText::tr("Remove tags from a contact."),
                 {groupOption(), jsonOption()},
                 removeTags},
                {QStringLiteral("list"),
                 QStringLiteral("[CONTACT_ID]"),
                 0,
                 1,
                 CliText::tr("List all tags, or the tags of one contact."),
                 {{QStringLiteral("counts"), QString(), CliText::tr("Show how many contacts carry each tag."),
                   false},
                  jsonOption()},
                 list},
                {QStringLiteral("create"),
                 QStringLiteral("NAME"),
                 1,
                 1,
                 CliText::tr("Create a tag without using it."),
                 {groupOption(), jsonOption()},
                 create},
                {QStringLiteral("delete"),
                 QStringLiteral("TAG"),
                 1,
                 1,
                 CliText::tr("Delete a tag; it disappears from every contact."),
                 {jsonOption()},
                 remove},
            }};
}

} // namespace ll::cli
