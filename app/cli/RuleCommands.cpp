#include "ArgValues.h"
#include "CliText.h"
#include "CommandGroups.h"
#include "CommandSupport.h"
#include "JsonOutput.h"
#include "LibrarySupport.h"
#include "Table.h"
#include "domain/ProductRepository.h"
#include "reminders/ReminderEngine.h"
#include "reminders/RuleRepository.h"
#include "store/Store.h"

#include <QJsonObject>

namespace ll::cli {

namespace {

QJsonObject ruleJson(const ReminderRule& r)
{
    QJsonObject out;
    out[QStringLiteral("id")] = r.id;
    out[QStringLiteral("name")] = r.name;
    out[QStringLiteral("kind")] = toCode(r.kind);
    out[QStringLiteral("team")] = r.isTeamRule();
    out[QStringLiteral("owner_id")] = jsonText(r.ownerId);
    out[QStringLiteral("lead_days")] = r.leadDays;
    out[QStringLiteral("threshold")] = r.threshold;
    out[QStringLiteral("product_id")] = jsonText(r.productId);
    out[QStringLiteral("holiday_name")] = jsonText(r.holidayName);
    out[QStringLiteral("date_field")] = jsonText(r.dateField);
    out[QStringLiteral("yearly")] = r.yearly;
    out[QStringLiteral("tag_ids")] = jsonList(r.tagIds);
    out[QStringLiteral("stages")] = jsonList(r.stages);
    out[QStringLiteral("store_ids")] = jsonList(r.storeIds);
    out[QStringLiteral("script_id")] = jsonText(r.scriptId);
    out[QStringLiteral("enabled")] = r.enabled;
    return out;
}

std::optional<bool> parseYesNo(CliContext& ctx, const QString& option, const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0"))
        return false;
    ctx.fail(ExitCode::InvalidInput,
             CliText::tr("--%1: expected yes or no, got '%2'.").arg(option, forTerminal(text.left(20))));
    return std::nullopt;
}

// The options shared by add and edit into a RuleInput; false once an error has been reported.
bool readInput(CliContext& ctx, const ParsedArgs& args, RuleInput& input)
{
    if (const auto v = args.optional(QStringLiteral("name")))
        input.name = *v;
    for (const char* name : {"lead-days", "threshold"}) {
        const QString option = QLatin1String(name);
        if (const auto v = args.optional(option)) {
            const Result<qint64> value = parseInteger(option, *v, 0, 100000);
            if (!value.ok()) {
                ctx.fail(value.error());
                return false;
            }
            (option == QLatin1String("lead-days") ? input.leadDays : input.threshold) = int(value.value());
        }
    }
    if (const auto v = args.optional(QStringLiteral("product")))
        input.productId = *v;
    if (const auto v = args.optional(QStringLiteral("holiday")))
        input.holidayName = *v;
    if (const auto v = args.optional(QStringLiteral("field")))
        input.dateField = *v;
    if (args.isSet(QStringLiteral("tag")))
        input.tagIds = nonEmptyValues(args, QStringLiteral("tag"));
    if (args.isSet(QStringLiteral("stage")))
        input.stages = nonEmptyValues(args, QStringLiteral("stage"));
    if (args.isSet(QStringLiteral("store")))
        input.storeIds = nonEmptyValues(args, QStringLiteral("store"));
    if (const auto v = args.optional(QStringLiteral("script")))
        input.scriptId = *v;
    if (const auto v = args.optional(QStringLiteral("yearly"))) {
        const auto yes = parseYesNo(ctx, QStringLiteral("yearly"), *v);
        if (!yes)
            return false;
        input.yearly = *yes;
    }
    if (const auto v = args.optional(QStringLiteral("enabled"))) {
        const auto yes = parseYesNo(ctx, QStringLiteral("enabled"), *v);
        if (!yes)
            return false;
        input.enabled = *yes;
    }
    return true;
}

// Rules changed: regenerate every reminder. The rule itself is committed, so a failure only warns.
void recomputeAll(CliContext& ctx)
{
    ReminderEngine engine(ctx.profile()->store());
    const Result<QDate> reference = engine.referenceDate();
    const QDate day = reference.ok() && reference.value().isValid() ? reference.value() : engine.today();
    const Result<int> done = engine.fullRecompute(day);
    if (!done.ok())
        ctx.warn(CliText::tr("the rule was saved, but reminders were not regenerated (%1); they will be on the "
                             "next 'reminders due'.")
                     .arg(done.message()));
}

std::optional<QString> findRule(CliContext& ctx, RuleRepository& rules, const QString& input)
{
    const std::optional<QList<ReminderRule>> all = take(ctx, rules.list(true));
    if (!all)
        return std::nullopt;
    QStringList ids;
    for (const ReminderRule& r : *all)
        ids << r.id;
    return resolveIdPrefix(ctx, ids, input, CliText::tr("rule"));
}

int printRule(CliContext& ctx, const ReminderRule& rule, const QString& verb)
{
    if (ctx.json())
        return JsonOutput::print(ruleJson(rule));
    ctx.print(verb.arg(forTerminal(rule.name), toCode(rule.kind), rule.id));
    return 0;
}

int add(CliContext& ctx, const ParsedArgs& args)
{
    if (!args.isSet(QStringLiteral("name")) || !args.isSet(QStringLiteral("kind")))
        return ctx.usage(CliText::tr("rule add needs --name and --kind (%1).").arg(ruleKindCodes().join(QStringLiteral(", "))));
    RuleInput input;
    input.kind = args.value(QStringLiteral("kind"));
    if (!ruleKindFromCode(*input.kind))
        return ctx.fail(ExitCode::InvalidInput, CliText::tr("--kind: expected one of %1, got '%2'.")
                                                    .arg(ruleKindCodes().join(QStringLiteral(", ")),
                                                         forTerminal(input.kind->left(20))));
    if (!readInput(ctx, args, input))
        return ctx.exitCode();
    const std::optional<Actor> actor = cliActor(ctx);
    if (!actor)
        return ctx.exitCode();
    RuleRepository rules(ctx.profile()->store(), *actor);
    const std::optional<ReminderRule> rule = take(ctx, rules.add(input, args.isSet(QStringLiteral("team"))));
    if (!rule)
        return ctx.exitCode();
    recomputeAll(ctx);
    return printRule(ctx, *rule, CliText::tr("Added rule %1 (%2) %3.\n"));
}

int edit(CliContext& ctx, const ParsedArgs& args)
{
    RuleInput input;
    if (!readInput(ctx, args, input))
        return ctx.exitCode();
    const std::optional<Actor> actor = cliActor(ctx);
    if (!actor)
        return ctx.exitCode();
    RuleRepository rules(ctx.profile()->store(), *actor);
    const std::optional<QString> id = findRule(ctx, rules, args.positional().at(0));
    if (!id)
        return ctx.exitCode();
    const std::optional<ReminderRule> rule = take(ctx, rules.update(*id, input));
    if (!rule)
        return ctx.exitCode();
    recomputeAll(ctx);
    return printRule(ctx, *rule, CliText::tr("Saved rule %1 (%2) %3.\n"));
}

int remove(CliContext& ctx, const ParsedArgs& args)
{
    const std::optional<Actor> actor = cliActor(ctx);
    if (!actor)
        return ctx.exitCode();
    RuleRepository rules(ctx.profile()->store(), *actor);
    const std::optional<QString> id = findRule(ctx, rules, args.positional().at(0));
    if (!id)
        return ctx.exitCode();
    if (!succeeded(ctx, rules.remove(*id)))
        return ctx.exitCode();
    recomputeAll(ctx);
    if (ctx.json())
        return JsonOutput::print({{QStringLiteral("deleted"), *id}});
    ctx.print(CliText::tr("Deleted rule %1.\n").arg(*id));
    return 0;
}

int list(CliContext& ctx, const ParsedArgs&)
{
    const std::optional<Actor> actor = cliActor(ctx);
    if (!actor)
        return ctx.exitCode();
    Store& store = ctx.profile()->store();
    const std::optional<QList<ReminderRule>> rules = take(ctx, RuleRepository(store, *actor).list(true));
    if (!rules)
        return ctx.exitCode();
    if (ctx.json())
        return JsonOutput::print({{QStringLiteral("rules"), JsonOutput::array(*rules, ruleJson)}});
    if (rules->isEmpty()) {
        ctx.print(CliText::tr("No rules.\n"));
        return 0;
    }
    Table table({CliText::tr("ID"), CliText::tr("NAME"), CliText::tr("KIND"), CliText::tr("LEAD DAYS"),
                 CliText::tr("THRESHOLD"), CliText::tr("SUBJECT"), CliText::tr("SCOPE"), CliText::tr("OWNER"),
                 CliText::tr("ENABLED")});
    ProductRepository products(store);
    for (const ReminderRule& r : *rules) {
        QString subject = r.holidayName.isEmpty() ? r.dateField : r.holidayName;
        if (!r.productId.isEmpty()) {
            const Result<Product> product = products.get(r.productId);
            subject = product.ok() ? product->sku : shortId(r.productId);
        }
        QStringList scope = r.stages;
        for (const QString& tag : r.tagIds)
            scope << CliText::tr("tag %1").arg(shortId(tag));
        for (const QString& id : r.storeIds)
            scope << CliText::tr("store %1").arg(shortId(id));
        table.addRow({shortId(r.id), r.name, toCode(r.kind), QString::number(r.leadDays),
                      r.threshold ? QString::number(r.threshold) : QStringLiteral("-"), orDash(subject),
                      orDash(scope.join(QStringLiteral(", "))),
                      r.isTeamRule() ? CliText::tr("team") : shortId(r.ownerId),
                      r.enabled ? CliText::tr("yes") : CliText::tr("no")});
    }
    ctx.print(table.render());
    return 0;
}

QList<OptionSpec> ruleOptions(bool adding)
{
    QList<OptionSpec> options;
    options << valueOption("name", "NAME", adding ? CliText::tr("Rule name (required).") : CliText::tr("Rule name."));
    if (adding)
        options << valueOption("kind", "KIND",
                               CliText::tr("runout, birthday, holiday, dormant, lead_sla, custom_date or takeover "
                                           "(required; fixed once added)."));
    options << valueOption("lead-days", "N", CliText::tr("Remind N days before the date (runout, birthday, holiday, "
                                                         "custom_date), or N days after a take-over (takeover); "
                                                         "0-365."))
            << valueOption("threshold", "N",
                           CliText::tr("dormant: days without contact; lead_sla: hours a new lead may wait."))
            << valueOption("product", "SKU|ID", CliText::tr("runout: only this product ('' = every product)."))
            << valueOption("holiday", "NAME", CliText::tr("holiday: only this holiday ('' = every holiday)."))
            << valueOption("field", "NAME", CliText::tr("custom_date: the contact's custom date field (required)."))
            << valueOption("yearly", "yes|no", CliText::tr("custom_date: remind every year (default yes)."))
            << repeatableOption("tag", "TAG", CliText::tr("Only contacts with any of these tags (repeatable)."))
            << repeatableOption("stage", "STAGE", CliText::tr("Only contacts in any of these stages (repeatable)."))
            << repeatableOption("store", "ID", CliText::tr("Only contacts of any of these stores (repeatable)."))
            << valueOption("script", "ID", CliText::tr("Suggested script id."))
            << valueOption("enabled", "yes|no", CliText::tr("Whether the rule generates reminders (default yes)."));
    if (adding)
        options << flagOption("team",
                              CliText::tr("A team rule (managers and admins); default: a personal rule of yours."));
    options << jsonOption();
    return options;
}

} // namespace

CommandGroup ruleGroup()
{
    return {QStringLiteral("rule"),
            CliText::tr("Reminder rules (run-out, birthday, holiday, dormant, lead SLA, custom date). You act as the "
                        "profile's staff member (init --staff) with that member's role; without one, as a guide. "
                        "Team rules need a manager or admin. Every change regenerates the reminders."),
            {
                {QStringLiteral("add"), QString(), 0, 0, CliText::tr("Add a rule."), ruleOptions(true), add},
                {QStringLiteral("list"), QString(), 0, 0, CliText::tr("List the team's rules and yours."),
                 {jsonOption()}, list},
                {QStringLiteral("edit"), QStringLiteral("RULE_ID"), 1, 1,
                 CliText::tr("Change a rule; repeated options (--tag, --stage, --store) replace the list, '' clears "
                             "it."),
                 ruleOptions(false), edit},
                {QStringLiteral("delete"), QStringLiteral("RULE_ID"), 1, 1, CliText::tr("Delete a rule."),
                 {jsonOption()}, remove},
            }};
}

} // namespace ll::cli
