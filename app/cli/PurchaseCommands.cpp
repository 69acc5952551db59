#include "ArgValues.h"
#include "CliText.h"
#include "CommandGroups.h"
#include "CommandSupport.h"
#include "ContactFormat.h"
#include "JsonOutput.h"
#include "LibrarySupport.h"
#include "domain/ProductRepository.h"

namespace ll::cli {

namespace {

OptionSpec opt(const char* name, const char* valueName, const QString& description)
{
    return {QLatin1String(name), QLatin1String(valueName), description, false};
}

int add(CliContext& ctx, const ParsedArgs& args)
{
    if (!args.isSet(QStringLiteral("product")))
        return ctx.usage(CliText::tr("purchase add needs --product SKU|ID."));
    PurchaseInput input;
    input.product = args.value(QStringLiteral("product"));
    if (const auto text = args.optional(QStringLiteral("quantity"))) {
        const Result<qint64> value = parseInteger(QStringLiteral("quantity"), *text, 1, 100000);
        if (!value.ok())
            return ctx.fail(value.error());
        input.quantity = int(value.value());
    }
    if (const auto text = args.optional(QStringLiteral("amount"))) {
        const Result<qint64> cents = parseAmountCents(QStringLiteral("amount"), *text);
        if (!cents.ok())
            return ctx.fail(cents.error());
        input.amountCents = cents.value();
    }
    if (const auto text = args.optional(QStringLiteral("date"))) {
        const Result<QDate> date = parseDate(QStringLiteral("date"), *text);
        if (!date.ok())
            return ctx.fail(date.error());
        input.purchasedOn = date.value().toString(Qt::ISODate);
    }
    const std::optional<Contact> contact = findContact(ctx, args.positional().at(0));
    if (!contact)
        return ctx.exitCode();
    input.contactId = contact->id;
    Store& store = ctx.profile()->store();
    // Resolved here so an unknown SKU is reported as "not found" with the value the user typed.
    const std::optional<Product> product = take(ctx, ProductRepository(store).get(input.product));
    if (!product)
        return ctx.exitCode();
    input.product = product->id;
    const std::optional<Purchase> added = take(ctx, PurchaseRepository(store).add(input));
    if (!added)
        return ctx.exitCode();
    // Committed: bring the contact's reminders up to date now (a failure only warns; the record stays).
    recomputeContactReminders(ctx, contact->id);
    if (ctx.json())
        return JsonOutput::print(JsonOutput::purchase(*added));
    ctx.print(CliText::tr("Recorded purchase of %1 x%2 (%3) by %4 (%5).\n")
                  .arg(forTerminal(product->name))
                  .arg(added->quantity)
                  .arg(yuan(added->amountCents), contact->id, forTerminal(contact->name)));
    return 0;
}

int list(CliContext& ctx, const ParsedArgs& args)
{
    const std::optional<Contact> contact = findContact(ctx, args.positional().at(0));
    if (!contact)
        return ctx.exitCode();
    const std::optional<QList<Purchase>> found =
        take(ctx, PurchaseRepository(ctx.profile()->store()).forContact(contact->id));
    if (!found)
        return ctx.exitCode();
    if (ctx.json())
        return JsonOutput::print(
            {{QStringLiteral("purchases"), JsonOutput::array(*found, JsonOutput::purchase)}});
    ctx.print(found->isEmpty() ? CliText::tr("No purchases by %1.\n").arg(contact->id)
                               : ContactFormat::purchases(*found));
    return 0;
}

} // namespace

CommandGroup purchaseGroup()
{
    return {QStringLiteral("purchase"),
            CliText::tr("Purchases (append-only); a purchase makes a lead or prospect a customer."),
            {
                {QStringLiteral("add"),
                 QStringLiteral("CONTACT_ID"),
                 1,
                 1,
                 CliText::tr("Record a purchase."),
                 {
                     opt("product", "SKU|ID", CliText::tr("The product (required).")),
                     opt("quantity", "N", CliText::tr("Units (default 1).")),
                     opt("amount", "YUAN", CliText::tr("Amount paid, e.g. 12.34 (default 0).")),
                     opt("date", "YYYY-MM-DD", CliText::tr("Day of purchase (default: today).")),
                     jsonOption(),
                 },
                 add},
                {QStringLiteral("list"),
                 QStringLiteral("CONTACT_ID"),
                 1,
                 1,
                 CliText::tr("List a contact's purchases, newest first."),
                 {jsonOption()},
                 list},
            }};
}

} // namespace ll::cli
