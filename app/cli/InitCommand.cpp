#include "CliText.h"
#include "CommandGroups.h"
#include "CommandSupport.h"
#include "JsonOutput.h"
#include "domain/Enums.h"
#include "domain/OrgRepository.h"
#include "store/Transaction.h"
#include "text/TextLimits.h"

namespace ll::cli {

namespace {

OptionSpec opt(const char* name, const char* valueName, const QString& description)
{
    return {QLatin1String(name), QLatin1String(valueName), description, false};
}

struct OrgSetup
{
    QString org;
    QString store;
    QString staff;
    QString role;
};

// The optional org / store / own staff record, written in one transaction.
Result<QJsonObject> setUpOrg(Store& store, const OrgSetup& setup)
{
    QJsonObject ids;
    Transaction tx(store.db());
    LL_TRY(tx.beginStatus());
    OrgRepository orgs(store);
    const Result<Org> org = orgs.setOrg(setup.org);
    LL_TRY(org);
    ids[QStringLiteral("org_id")] = org->id;
    QString storeId;
    if (!setup.store.isEmpty()) {
        const Result<StoreInfo> info = orgs.addStore(setup.store);
        LL_TRY(info);
        storeId = info->id;
        ids[QStringLiteral("store_id")] = storeId;
    }
    if (!setup.staff.isEmpty()) {
        const Result<Staff> staff = orgs.addStaff(setup.staff, setup.role, storeId);
        LL_TRY(staff);
        // New contacts are owned by this staff member from now on.
        LL_TRY(store.setActorId(staff->id));
        ids[QStringLiteral("staff_id")] = staff->id;
    }
    LL_TRY(tx.commit());
    return ids;
}

// Checks everything that can be checked before a key is minted, so a typo does not leave a profile behind.
std::optional<OrgSetup> orgSetupFrom(CliContext& ctx, const ParsedArgs& args)
{
    OrgSetup setup{args.value(QStringLiteral("org")), args.value(QStringLiteral("store")),
                   args.value(QStringLiteral("staff")), args.value(QStringLiteral("role"))};
    if (setup.role.isEmpty())
        setup.role = toCode(StaffRole::Admin);
    if (setup.org.isEmpty() && (!setup.store.isEmpty() || !setup.staff.isEmpty())) {
        ctx.usage(CliText::tr("--store and --staff need --org."));
        return std::nullopt;
    }
    if (!staffRoleFromCode(setup.role)) {
        ctx.fail(ExitCode::InvalidInput,
                 CliText::tr("--role: expected guide, manager or admin, got '%1'.").arg(setup.role));
        return std::nullopt;
    }
    const QList<std::pair<QString, QString>> names{{QStringLiteral("--org"), setup.org},
                                                   {QStringLiteral("--store"), setup.store},
                                                   {QStringLiteral("--staff"), setup.staff}};
    for (const auto& [option, value] : names) {
        if (args.isSet(option.mid(2)) && value.trimmed().isEmpty()) {
            ctx.fail(ExitCode::InvalidInput, CliText::tr("%1 must not be empty.").arg(option));
            return std::nullopt;
        }
        if (!succeeded(ctx, checkLength(option, value, limits::kName)))
            return std::nullopt;
    }
    return setup;
}

int init(CliContext& ctx, const ParsedArgs& args)
{
    const bool noPassphrase = args.isSet(QStringLiteral("no-passphrase"));
    if (noPassphrase && !ctx.useKeychain())
        return ctx.usage(CliText::tr("--no-passphrase needs --keychain: the key must be protected somehow."));
    const std::optional<OrgSetup> setup = orgSetupFrom(ctx, args);
    if (!setup)
        return ctx.exitCode();
    const QString dir = ctx.profileDir();
    if (Profile::exists(dir))
        return ctx.fail(ExitCode::AlreadyExists,
                        CliText::tr("A profile already exists in %1; nothing was changed.").arg(dir));

    KeyProtection protection;
    protection.useKeychain = ctx.useKeychain();
    if (!noPassphrase) {
        protection.passphrase = ctx.newPassphrase();
        if (!protection.passphrase)
            return ctx.exitCode();
    }
    Result<std::unique_ptr<Profile>> created = Profile::create(dir, protection);
    if (protection.passphrase)
        wipeSecret(*protection.passphrase);
    if (!created.ok())
        return ctx.fail(created.error());
    std::unique_ptr<Profile> profile = std::move(created).value();
    if (!profile->warning().isEmpty())
        ctx.warn(profile->warning());

    // What the vault really did: a keychain that cannot be reached leaves the passphrase as the only wrap.
    QJsonObject out{{QStringLiteral("profile"), dir},
                    {QStringLiteral("passphrase"), profile->vault().hasPassphrase()},
                    {QStringLiteral("keychain"), profile->vault().hasKeychain()}};
    if (!setup->org.isEmpty()) {
        const Result<QJsonObject> ids = setUpOrg(profile->store(), *setup);
        if (!ids.ok()) {
            // We just created this profile: remove it rather than leave a half-initialised one behind.
            profile.reset();
            const Status wiped = Profile::wipe(dir);
            ctx.fail(ids.error());
            if (!wiped.ok())
                ctx.warn(wiped.message());
            return ctx.exitCode();
        }
        for (auto it = ids->begin(); it != ids->end(); ++it)
            out.insert(it.key(), it.value());
    }
    if (ctx.json())
        return JsonOutput::print(out);
    QStringList wraps;
    if (profile->vault().hasPassphrase())
        wraps << CliText::tr("passphrase");
    if (profile->vault().hasKeychain())
        wraps << CliText::tr("OS keychain");
    ctx.print(CliText::tr("Created an encrypted profile in %1; its key is protected by: %2.\n")
                  .arg(dir, wraps.join(QStringLiteral(", "))));
    if (out.contains(QStringLiteral("staff_id")))
        ctx.print(CliText::tr("New contacts are owned by staff member %1.\n")
                      .arg(out.value(QStringLiteral("staff_id")).toString()));
    return 0;
}

} // namespace

CommandGroup initGroup()
{
    return {
        QStringLiteral("init"),
        CliText::tr("Create an encrypted profile (refuses when one exists)."),
        {{QString(),
          QString(),
          0,
          0,
          CliText::tr("Create a new encrypted profile (refuses when one exists). The key is protected by "
                      "the passphrase and/or, with --keychain, the OS keychain."),
          {
              opt("org", "NAME", CliText::tr("Create the local organisation.")),
              opt("store", "NAME", CliText::tr("Create a store of the organisation.")),
              opt("staff", "NAME", CliText::tr("Create your own staff record; it owns new contacts.")),
              opt("role", "ROLE", CliText::tr("Role of that staff record: guide, manager, admin (default).")),
              opt("no-passphrase", "", CliText::tr("With --keychain: protect the key by the keychain only.")),
              jsonOption(),
          },
          init}}};
}

} // namespace ll::cli
