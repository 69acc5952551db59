#include "CliText.h"
#include "CommandGroups.h"
#include "CommandSupport.h"
#include "JsonOutput.h"
#include "LibrarySupport.h"
#include "Table.h"
#include "library/ScriptLibrary.h"
#include "library/SensitiveWords.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QJsonObject>

namespace ll::cli {

namespace {

QJsonObject scriptJson(const Script& s)
{
    QJsonObject out;
    out[QStringLiteral("id")] = s.id;
    out[QStringLiteral("title")] = s.title;
    out[QStringLiteral("category")] = toCode(s.category);
    out[QStringLiteral("body")] = s.body;
    out[QStringLiteral("tags")] = jsonList(s.tags);
    out[QStringLiteral("team")] = s.isTeamScript();
    out[QStringLiteral("owner_id")] = jsonText(s.ownerId);
    out[QStringLiteral("usage_count")] = s.usageCount;
    out[QStringLiteral("created_at")] = jsonTime(s.createdAt);
    out[QStringLiteral("updated_at")] = jsonTime(s.updatedAt);
    return out;
}

QStringList braced(const QStringList& names)
{
    QStringList out;
    for (const QString& name : names)
        out << QLatin1Char('{') + name + QLatin1Char('}');
    return out;
}

std::optional<QString> findScript(CliContext& ctx, ScriptLibrary& library, const QString& input)
{
    const Result<Script> exact = library.get(input);
    if (exact.ok())
        return exact->id;
    const std::optional<QList<Script>> all = take(ctx, library.list());
    if (!all)
        return std::nullopt;
    QStringList ids;
    for (const Script& s : *all)
        ids << s.id;
    return resolveIdPrefix(ctx, ids, input, CliText::tr("script"));
}

int add(CliContext& ctx, const ParsedArgs& args)
{
    if (!args.isSet(QStringLiteral("title")) || !args.isSet(QStringLiteral("body")))
        return ctx.usage(CliText::tr("script add needs --title and --body."));
    ScriptInput input;
    input.title = args.value(QStringLiteral("title"));
    input.body = args.value(QStringLiteral("body"));
    input.category = args.isSet(QStringLiteral("category")) ? args.value(QStringLiteral("category"))
                                                             : QStringLiteral("custom");
    if (!scriptCategoryFromCode(*input.category))
        return ctx.fail(ExitCode::InvalidInput, CliText::tr("--category: expected one of %1, got '%2'.")
                                                    .arg(scriptCategoryCodes().join(QStringLiteral(", ")),
                                                         forTerminal(input.category->left(20))));
    input.tags = nonEmptyValues(args, QStringLiteral("tag"));
    const std::optional<Actor> actor = cliActor(ctx);
    if (!actor)
        return ctx.exitCode();
    ScriptLibrary library(ctx.profile()->store(), *actor);
    // A CLI has no live editor to flag a typo later, so unknown placeholders are refused up front.
    if (!args.isSet(QStringLiteral("allow-unknown"))) {
        const std::optional<ScriptCheck> check = take(ctx, library.check(*input.body));
        if (!check)
            return ctx.exitCode();
        if (!check->unknownPlaceholders.isEmpty())
            return ctx.fail(ExitCode::InvalidInput,
                            CliText::tr("Unknown placeholders: %1 (known: %2). Use --allow-unknown for a custom "
                                        "field that does not exist yet.")
                                .arg(braced(check->unknownPlaceholders).join(QStringLiteral(", ")),
                                     braced(script_template::builtinPlaceholders()).join(QStringLiteral(", "))));
    }
    const std::optional<Script> script = take(ctx, library.add(input, args.isSet(QStringLiteral("team"))));
    if (!script)
        return ctx.exitCode();
    if (ctx.json())
        return JsonOutput::print(scriptJson(*script));
    ctx.print(CliText::tr("Added script %1 (%2) %3.\n")
                  .arg(forTerminal(script->title), toCode(script->category), script->id));
    return 0;
}

int list(CliContext& ctx, const ParsedArgs& args)
{
    ScriptQuery query;
    query.search = args.value(QStringLiteral("search"));
    query.category = args.value(QStringLiteral("category"));
    if (!query.category.isEmpty() && !scriptCategoryFromCode(query.category))
        return ctx.fail(ExitCode::InvalidInput, CliText::tr("--category: expected one of %1, got '%2'.")
                                                    .arg(scriptCategoryCodes().join(QStringLiteral(", ")),
                                                         forTerminal(query.category.left(20))));
    const std::optional<Actor> actor = cliActor(ctx);
    if (!actor)
        return ctx.exitCode();
    const std::optional<QList<Script>> scripts =
        take(ctx, ScriptLibrary(ctx.profile()->store(), *actor).list(query));
    if (!scripts)
        return ctx.exitCode();
    if (ctx.json())
        return JsonOutput::print({{QStringLiteral("scripts"), JsonOutput::array(*scripts, scriptJson)}});
    if (scripts->isEmpty()) {
        ctx.print(CliText::tr("No scripts.\n"));
        return 0;
    }
    Table table({CliText::tr("ID"), CliText::tr("CATEGORY"), CliText::tr("TITLE"), CliText::tr("TEXT"),
                 CliText::tr("TAGS"), CliText::tr("OWNER"), CliText::tr("USES")});
    for (const Script& s : *scripts)
        table.addRow({shortId(s.id), toCode(s.category), s.title, QString(s.body).replace(QLatin1Char('\n'), QLatin1Char(' ')),
                      orDash(s.tags.join(QStringLiteral(", "))),
                      s.isTeamScript() ? CliText::tr("team") : shortId(s.ownerId), QString::number(s.usageCount)});
    ctx.print(table.render());
    return 0;
}

int render(CliContext& ctx, const ParsedArgs& args)
{
    if (!args.isSet(QStringLiteral("contact")))
        return ctx.usage(CliText::tr("script render needs --contact CONTACT_ID."));
    const std::optional<Actor> actor = cliActor(ctx);
    if (!actor)
        return ctx.exitCode();
    Store& store = ctx.profile()->store();
    ScriptLibrary library(store, *actor);
    const std::optional<QString> id = findScript(ctx, library, args.positional().at(0));
    if (!id)
        return ctx.exitCode();
    const std::optional<Contact> contact = findContact(ctx, args.value(QStringLiteral("contact")));
    if (!contact)
        return ctx.exitCode();
    const std::optional<Script> script = take(ctx, library.get(*id));
    if (!script)
        return ctx.exitCode();
    const std::optional<script_template::Rendered> rendered =
        take(ctx, library.preview(script->body, contact->id, args.value(QStringLiteral("product"))));
    if (!rendered)
        return ctx.exitCode();
    // Sensitive words are checked on what would be sent: the personalised text (or the body when it
    // cannot be rendered).
    const std::optional<QList<SensitiveHit>> hits =
        take(ctx, SensitiveWords(store, *actor).check(rendered->ok() ? rendered->text : script->body));
    if (!hits)
        return ctx.exitCode();
    QStringList words;
    for (const SensitiveHit& hit : *hits)
        if (!words.contains(hit.word))
            words << hit.word;
    const bool ok = rendered->ok() && words.isEmpty();
    QStringList problems;
    if (!rendered->ok())
        problems << rendered->problemText();
    if (!words.isEmpty())
        problems << SensitiveWords::describe(*hits);
    if (ctx.json()) {
        QJsonArray syntax;
        for (const script_template::SyntaxError& e : rendered->syntaxErrors)
            syntax.append(QJsonObject{{QStringLiteral("position"), e.position},
                                      {QStringLiteral("fragment"), e.fragment}});
        JsonOutput::print({{QStringLiteral("script_id"), script->id},
                           {QStringLiteral("contact_id"), contact->id},
                           {QStringLiteral("ok"), ok},
                           {QStringLiteral("text"), ok ? QJsonValue(rendered->text) : QJsonValue()},
                           {QStringLiteral("unknown_placeholders"), jsonList(rendered->unknown)},
                           {QStringLiteral("missing_placeholders"), jsonList(rendered->missing)},
                           {QStringLiteral("syntax_errors"), syntax},
                           {QStringLiteral("sensitive_words"), jsonList(words)}});
    } else if (ok) {
        ctx.print(rendered->text + QLatin1Char('\n'));
    }
    if (!ok)
        return ctx.fail(ExitCode::InvalidInput, problems.join(QLatin1Char(' ')));
    return 0;
}

int use(CliContext& ctx, const ParsedArgs& args)
{
    if (!args.isSet(QStringLiteral("contact")))
        return ctx.usage(CliText::tr("script use needs --contact CONTACT_ID."));
    const std::optional<Actor> actor = cliActor(ctx);
    if (!actor)
        return ctx.exitCode();
    ScriptLibrary library(ctx.profile()->store(), *actor);
    const std::optional<QString> id = findScript(ctx, library, args.positional().at(0));
    if (!id)
        return ctx.exitCode();
    const std::optional<Contact> contact = findContact(ctx, args.value(QStringLiteral("contact")));
    if (!contact)
        return ctx.exitCode();
    const std::optional<ScriptUse> used =
        take(ctx, library.use(*id, contact->id, args.value(QStringLiteral("product"))));
    if (!used)
        return ctx.exitCode();
    recomputeContactReminders(ctx, contact->id);
    if (ctx.json())
        return JsonOutput::print({{QStringLiteral("script_id"), *id},
                                  {QStringLiteral("contact_id"), contact->id},
                                  {QStringLiteral("text"), used->text},
                                  {QStringLiteral("follow_up_id"), used->followUpId},
                                  {QStringLiteral("usage_id"), used->usageId}});
    ctx.print(used->text + QLatin1Char('\n'));
    return 0;
}

// --- the sensitive-word list ---

int printWords(CliContext& ctx, SensitiveWords& list)
{
    const std::optional<QStringList> words = take(ctx, list.list());
    if (!words)
        return ctx.exitCode();
    if (ctx.json())
        return JsonOutput::print({{QStringLiteral("words"), jsonList(*words)}});
    ctx.print(words->isEmpty() ? CliText::tr("No sensitive words.\n")
                               : forTerminal(words->join(QLatin1Char('\n'))) + QLatin1Char('\n'));
    return 0;
}

int changeWords(CliContext& ctx, const ParsedArgs& args, bool adding)
{
    const std::optional<Actor> actor = cliActor(ctx);
    if (!actor)
        return ctx.exitCode();
    Store& store = ctx.profile()->store();
    SensitiveWords list(store, *actor);
    // All or nothing: one transaction for every word given (the library nests savepoints inside it).
    {
        Transaction tx(store.db());
        if (!succeeded(ctx, tx.beginStatus()))
            return ctx.exitCode();
        for (const QString& word : args.positional())
            if (!succeeded(ctx, adding ? list.add(word) : list.remove(word)))
                return ctx.exitCode();
        if (!succeeded(ctx, tx.commit()))
            return ctx.exitCode();
    }
    return printWords(ctx, list);
}

int listWords(CliContext& ctx, const ParsedArgs&)
{
    const std::optional<Actor> actor = cliActor(ctx);
    if (!actor)
        return ctx.exitCode();
    SensitiveWords list(ctx.profile()->store(), *actor);
    return printWords(ctx, list);
}

} // namespace

CommandGroup scriptGroup()
{
    const QString actorNote =
        CliText::tr("You act as the profile's staff member (init --staff) with that member's role; without one, as "
                    "a guide. Team scripts need a manager or admin.");
    return {QStringLiteral("script"),
            CliText::tr("The script library (话术): texts with {placeholders} filled from a customer. ") + actorNote,
            {
                {QStringLiteral("add"),
                 QString(),
                 0,
                 0,
                 CliText::tr("Add a script. Placeholders: {name}, {nickname}, {product}, {days_since_purchase}, "
                             "{guide}, {store} and custom fields; {{ and }} are literal braces. Unknown placeholders "
                             "and sensitive words are refused (exit 6)."),
                 {
                     valueOption("title", "TEXT", CliText::tr("Title (required).")),
                     valueOption("category", "CATEGORY",
                                 CliText::tr("welcome, product_intro, objection, holiday, birthday, runout or custom "
                                             "(default custom).")),
                     valueOption("body", "TEXT", CliText::tr("The text (required).")),
                     repeatableOption("tag", "TAG", CliText::tr("Tag (repeatable).")),
                     flagOption("team", CliText::tr("A team script (managers and admins); default: a personal one.")),
                     flagOption("allow-unknown",
                                CliText::tr("Accept placeholders that are not known yet (a custom field to come).")),
                     jsonOption(),
                 },
                 add},
                {QStringLiteral("list"),
                 QString(),
                 0,
                 0,
                 CliText::tr("List team scripts and yours."),
                 {valueOption("search", "Q", CliText::tr("Title, text or tags; Chinese, pinyin or initials.")),
                  valueOption("category", "CATEGORY", CliText::tr("Only this category.")), jsonOption()},
                 list},
                {QStringLiteral("render"),
                 QStringLiteral("SCRIPT_ID"),
                 1,
                 1,
                 CliText::tr("Show a script personalised for a customer; unknown or empty placeholders and sensitive "
                             "words are listed and exit 6 (with --json the report is printed too)."),
                 {valueOption("contact", "CONTACT_ID", CliText::tr("The customer (required).")),
                  valueOption("product", "SKU|ID",
                              CliText::tr("Product for {product} (default: the customer's latest purchase).")),
                  jsonOption()},
                 render},
                {QStringLiteral("use"),
                 QStringLiteral("SCRIPT_ID"),
                 1,
                 1,
                 CliText::tr("Render for a customer, record the use as a follow-up (message) and print the text."),
                 {valueOption("contact", "CONTACT_ID", CliText::tr("The customer (required).")),
                  valueOption("product", "SKU|ID",
                              CliText::tr("Product for {product} (default: the customer's latest purchase).")),
                  jsonOption()},
                 use},
            }};
}

CommandGroup sensitiveGroup()
{
    return {QStringLiteral("sensitive"),
            CliText::tr("The team's sensitive-word list (敏感词), checked when scripts are saved, rendered and used. "
                        "Changes need a manager or admin."),
            {
                {QStringLiteral("add"), QStringLiteral("WORD..."), 1, -1,
                 CliText::tr("Add words (all or nothing)."), {jsonOption()},
                 [](CliContext& ctx, const ParsedArgs& args) { return changeWords(ctx, args, true); }},
                {QStringLiteral("remove"), QStringLiteral("WORD..."), 1, -1,
                 CliText::tr("Remove words as listed (all or nothing)."), {jsonOption()},
                 [](CliContext& ctx, const ParsedArgs& args) { return changeWords(ctx, args, false); }},
                {QStringLiteral("list"), QString(), 0, 0, CliText::tr("List the words."), {jsonOption()}, listWords},
            }};
}

} // namespace ll::cli
