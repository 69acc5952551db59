#include "ContactOptions.h"

#include "ArgValues.h"
#include "CliText.h"
#include "domain/Enums.h"
#include "text/PhoneNumber.h"

namespace ll::cli {

namespace {

OptionSpec opt(const char* name, const char* valueName, const QString& description, bool repeatable = false)
{
    return {QLatin1String(name), QLatin1String(valueName), description, repeatable};
}

bool checkPhones(CliContext& ctx, const QString& option, const QStringList& phones)
{
    for (const QString& raw : phones) {
        const Result<PhoneNumber> phone = PhoneNumber::parse(raw);
        if (!phone.ok()) {
            ctx.fail(ExitCode::InvalidInput,
                     QStringLiteral("--%1 '%2': %3").arg(option, raw, phone.message()));
            return false;
        }
    }
    return true;
}

std::optional<QStringList> phonesOption(const ParsedArgs& args, const char* option)
{
    const QString name = QLatin1String(option);
    if (!args.isSet(name))
        return std::nullopt;
    return args.values(name);
}

} // namespace

QList<OptionSpec> contactFieldOptions(bool forEdit)
{
    QList<OptionSpec> options{
        opt("name", "NAME", CliText::tr("Name (required for add).")),
        opt("nickname", "TEXT", CliText::tr("WeChat nickname.")),
        opt("wechat", "ID", CliText::tr("WeChat ID.")),
        opt("phone", "PHONE",
            forEdit ? CliText::tr("Replace all phone numbers (repeat for several).")
                    : CliText::tr("Phone number; +86, spaces, dashes and full-width digits are accepted."),
            true),
        opt("gender", "G", CliText::tr("female, male, other (or 女/男).")),
        opt("birthday", "YYYY-MM-DD", CliText::tr("Birthday.")),
        opt("city", "TEXT", CliText::tr("City.")),
        opt("source", "CHANNEL",
            CliText::tr("Source channel, e.g. walk_in, referral, ad_form, live_stream.")),
        opt("stage", "STAGE",
            CliText::tr("Lifecycle stage: %1.").arg(stageCodes().join(QStringLiteral(", ")))),
        opt("intent", "0-3", CliText::tr("Intent level: 0 unknown, 1 low, 2 medium, 3 high.")),
        opt("points", "N", CliText::tr("Loyalty points.")),
        opt("notes", "TEXT", CliText::tr("Free-text notes.")),
        opt("owner", "STAFF_ID", CliText::tr("Owning guide (default: this device's staff member).")),
        opt("store", "STORE_ID", CliText::tr("Store.")),
    };
    if (forEdit) {
        options << opt("add-phone", "PHONE", CliText::tr("Add a phone number."), true)
                << opt("remove-phone", "PHONE", CliText::tr("Remove a phone number."), true);
    }
    options << OptionSpec{QStringLiteral("json"), QString(), CliText::tr("Print the saved contact as JSON."),
                          false};
    return options;
}

std::optional<ContactInput> contactInputFrom(CliContext& ctx, const ParsedArgs& args, bool forEdit)
{
    ContactInput input;
    input.name = args.optional(QStringLiteral("name"));
    if (input.name && input.name->trimmed().isEmpty()) {
        ctx.fail(ExitCode::InvalidInput, CliText::tr("--name must not be empty."));
        return std::nullopt;
    }
    input.nickname = args.optional(QStringLiteral("nickname"));
    input.wechatId = args.optional(QStringLiteral("wechat"));
    input.city = args.optional(QStringLiteral("city"));
    input.source = args.optional(QStringLiteral("source"));
    input.notes = args.optional(QStringLiteral("notes"));
    input.ownerId = args.optional(QStringLiteral("owner"));
    input.storeId = args.optional(QStringLiteral("store"));

    input.phones = phonesOption(args, "phone");
    if (forEdit) {
        input.addPhones = phonesOption(args, "add-phone");
        input.removePhones = phonesOption(args, "remove-phone");
    }
    // An empty --phone "" on edit means "no phones"; removing needs no valid syntax (it may be an old value).
    if (input.phones && !(forEdit && input.phones->size() == 1 && input.phones->first().isEmpty())) {
        if (!checkPhones(ctx, QStringLiteral("phone"), *input.phones))
            return std::nullopt;
    } else if (input.phones) {
        input.phones = QStringList();
    }
    if (input.addPhones && !checkPhones(ctx, QStringLiteral("add-phone"), *input.addPhones))
        return std::nullopt;

    if (const auto gender = args.optional(QStringLiteral("gender"))) {
        if (!genderFromCode(*gender)) {
            ctx.fail(ExitCode::InvalidInput,
                     CliText::tr("--gender: expected female, male or other, got '%1'.").arg(*gender));
            return std::nullopt;
        }
        input.gender = *gender;
    }
    if (const auto stage = args.optional(QStringLiteral("stage"))) {
        if (!stageFromCode(*stage)) {
            ctx.fail(ExitCode::InvalidInput, CliText::tr("--stage: expected one of %1, got '%2'.")
                                                 .arg(stageCodes().join(QStringLiteral(", ")), *stage));
            return std::nullopt;
        }
        input.stage = *stage;
    }
    if (const auto birthday = args.optional(QStringLiteral("birthday"))) {
        if (!birthday->isEmpty()) {
            const Result<QDate> date = parseDate(QStringLiteral("birthday"), *birthday);
            if (!date.ok()) {
                ctx.fail(date.error());
                return std::nullopt;
            }
            if (date.value() > QDate::currentDate()) {
                ctx.fail(ExitCode::InvalidInput,
                         CliText::tr("--birthday: %1 is in the future.").arg(*birthday));
                return std::nullopt;
            }
        }
        input.birthday = *birthday;
    }
    if (const auto intent = args.optional(QStringLiteral("intent"))) {
        const Result<qint64> value = parseInteger(QStringLiteral("intent"), *intent, 0, 3);
        if (!value.ok()) {
            ctx.fail(value.error());
            return std::nullopt;
        }
        input.intent = int(value.value());
    }
    if (const auto points = args.optional(QStringLiteral("points"))) {
        const Result<qint64> value = parseInteger(QStringLiteral("points"), *points, 0, 1000000000);
        if (!value.ok()) {
            ctx.fail(value.error());
            return std::nullopt;
        }
        input.points = value.value();
    }
    return input;
}

} // namespace ll::cli
