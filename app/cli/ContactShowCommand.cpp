#include "CliText.h"
#include "CommandSupport.h"
#include "ContactCommands.h"
#include "ContactFormat.h"
#include "JsonOutput.h"
#include "domain/FollowUpRepository.h"
#include "domain/ProductRepository.h"
#include "domain/TagRepository.h"

namespace ll::cli {

namespace {

int show(CliContext& ctx, const ParsedArgs& args)
{
    const std::optional<Contact> contact = findContact(ctx, args.positional().at(0));
    if (!contact)
        return ctx.exitCode();
    Store& store = ctx.profile()->store();
    const std::optional<QList<Tag>> tags = take(ctx, TagRepository(store).tagsOf(contact->id));
    if (!tags)
        return ctx.exitCode();
    const std::optional<QList<FollowUp>> followUps =
        take(ctx, FollowUpRepository(store).forContact(contact->id));
    if (!followUps)
        return ctx.exitCode();
    const std::optional<QList<Purchase>> purchases =
        take(ctx, PurchaseRepository(store).forContact(contact->id));
    if (!purchases)
        return ctx.exitCode();

    if (ctx.json()) {
        QJsonObject out = JsonOutput::contact(*contact, ctx.reveal());
        out[QStringLiteral("tags")] = JsonOutput::array(*tags, JsonOutput::tag);
        out[QStringLiteral("follow_ups")] = JsonOutput::array(*followUps, JsonOutput::followUp);
        out[QStringLiteral("purchases")] = JsonOutput::array(*purchases, JsonOutput::purchase);
        JsonOutput::print(out);
        return 0;
    }
    ctx.print(ContactFormat::details(*contact, *tags, ctx.reveal()));
    ctx.print(CliText::tr("\nFollow-ups (%1):\n").arg(followUps->size()));
    if (!followUps->isEmpty())
        ctx.print(ContactFormat::followUps(*followUps));
    ctx.print(CliText::tr("\nPurchases (%1):\n").arg(purchases->size()));
    if (!purchases->isEmpty())
        ctx.print(ContactFormat::purchases(*purchases));
    return 0;
}

} // namespace

Command contactShowCommand()
{
    return {QStringLiteral("show"),
            QStringLiteral("CONTACT_ID"),
            1,
            1,
            CliText::tr("Show a contact with its tags, phones, follow-ups and purchases."),
            {jsonOption(), revealOption()},
            show};
}

} // namespace ll::cli
