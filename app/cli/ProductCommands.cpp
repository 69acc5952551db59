#include "ArgValues.h"
#include "CliText.h"
#include "CommandGroups.h"
#include "CommandSupport.h"
#include "JsonOutput.h"
#include "Table.h"
#include "domain/ProductRepository.h"

namespace ll::cli {

namespace {

OptionSpec opt(const char* name, const char* valueName, const QString& description)
{
    return {QLatin1String(name), QLatin1String(valueName), description, false};
}

int add(CliContext& ctx, const ParsedArgs& args)
{
    if (!args.isSet(QStringLiteral("sku")) || !args.isSet(QStringLiteral("name")))
        return ctx.usage(CliText::tr("product add needs --sku and --name."));
    const QString sku = args.value(QStringLiteral("sku"));
    const QString name = args.value(QStringLiteral("name"));
    if (sku.trimmed().isEmpty() || name.trimmed().isEmpty())
        return ctx.fail(ExitCode::InvalidInput, CliText::tr("--sku and --name must not be empty."));
    int cycleDays = 0;
    if (const auto text = args.optional(QStringLiteral("cycle-days"))) {
        const Result<qint64> value = parseInteger(QStringLiteral("cycle-days"), *text, 0, 3650);
        if (!value.ok())
            return ctx.fail(value.error());
        cycleDays = int(value.value());
    }
    Profile* profile = ctx.profile();
    if (!profile)
        return ctx.exitCode();
    const std::optional<Product> product =
        take(ctx, ProductRepository(profile->store())
                      .add(sku, name, args.value(QStringLiteral("category")), cycleDays));
    if (!product)
        return ctx.exitCode();
    if (ctx.json())
        return JsonOutput::print(JsonOutput::product(*product));
    ctx.print(CliText::tr("Added product %1 %2 (%3).\n")
                  .arg(forTerminal(product->sku), forTerminal(product->name), product->id));
    return 0;
}

int list(CliContext& ctx, const ParsedArgs&)
{
    Profile* profile = ctx.profile();
    if (!profile)
        return ctx.exitCode();
    const std::optional<QList<Product>> products = take(ctx, ProductRepository(profile->store()).list());
    if (!products)
        return ctx.exitCode();
    if (ctx.json())
        return JsonOutput::print(
            {{QStringLiteral("products"), JsonOutput::array(*products, JsonOutput::product)}});
    if (products->isEmpty()) {
        ctx.print(CliText::tr("No products.\n"));
        return 0;
    }
    Table table({CliText::tr("ID"), CliText::tr("SKU"), CliText::tr("NAME"), CliText::tr("CATEGORY"),
                 CliText::tr("CYCLE DAYS")});
    for (const Product& p : *products)
        table.addRow({shortId(p.id), p.sku, p.name, orDash(p.category),
                      p.cycleDays ? QString::number(p.cycleDays) : QStringLiteral("-")});
    ctx.print(table.render());
    return 0;
}

} // namespace

CommandGroup productGroup()
{
    return {
        QStringLiteral("product"),
        CliText::tr("Products: SKU, name, category and consumption cycle."),
        {
            {QStringLiteral("add"),
             QString(),
             0,
             0,
             CliText::tr("Add a product."),
             {
                 opt("sku", "SKU", CliText::tr("Stock-keeping unit, unique (required).")),
                 opt("name", "NAME", CliText::tr("Product name (required).")),
                 opt("category", "TEXT", CliText::tr("Category.")),
                 opt("cycle-days", "N",
                     CliText::tr("Days one unit lasts, for repurchase reminders (0 = none).")),
                 jsonOption(),
             },
             add},
            {QStringLiteral("list"), QString(), 0, 0, CliText::tr("List products."), {jsonOption()}, list},
        }};
}

} // namespace ll::cli
