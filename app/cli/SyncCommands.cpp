// login / sync / status / logout: the CLI face of the sync engine (sync/engine/SyncEngine.h).
#include "CliText.h"
#include "CommandGroups.h"
#include "CommandSupport.h"
#include "JsonOutput.h"
#include "TerminalPrompt.h"
#include "engine/SyncEngine.h"

#include <QDateTime>
#include <QTextStream>

#include <cstdio>

namespace ll::cli {

namespace {

OptionSpec opt(const char* name, const char* valueName, const QString& description)
{
    return {QLatin1String(name), QLatin1String(valueName), description, false};
}

ErrorCode errorCodeFor(sync::SyncErrorKind kind)
{
    switch (kind) {
    case sync::SyncErrorKind::Tls:
        return ErrorCode::Tls;
    case sync::SyncErrorKind::AuthExpired:
    case sync::SyncErrorKind::Departed:
        return ErrorCode::PermissionDenied;
    case sync::SyncErrorKind::Local:
        return ErrorCode::Database;
    default:
        return ErrorCode::Network;
    }
}

int failSync(CliContext& ctx, const sync::SyncError& e)
{
    return ctx.fail(
        makeError(errorCodeFor(e.kind),
                  CliText::tr("Sync failed (%1): %2").arg(sync::syncErrorKindName(e.kind), e.message)));
}

// The password comes from a hidden prompt on a terminal, otherwise from the first line of stdin.
std::optional<QString> readPassword(CliContext& ctx, const QString& user)
{
    QByteArray raw;
    if (stdinIsTerminal()) {
        std::optional<QByteArray> line = readHiddenLine(CliText::tr("Password for %1: ").arg(user));
        if (line)
            raw = *line;
    } else {
        char buffer[1024];
        if (std::fgets(buffer, sizeof buffer, stdin))
            raw = QByteArray(buffer).trimmed();
    }
    if (raw.isEmpty()) {
        ctx.fail(ExitCode::Usage, CliText::tr("No password given."));
        return std::nullopt;
    }
    QString password = QString::fromUtf8(raw);
    raw.fill('\0');
    return password;
}

int login(CliContext& ctx, const ParsedArgs& args)
{
    sync::ServerConfig server{args.value(QStringLiteral("server")), args.value(QStringLiteral("ca")),
                              args.value(QStringLiteral("pin"))};
    const QString user = args.value(QStringLiteral("user"));
    if (server.url.isEmpty() || user.isEmpty())
        return ctx.usage(CliText::tr("login needs --server URL and --user NAME."));
    if (!server.url.startsWith(QLatin1String("https://")))
        return ctx.fail(ExitCode::InvalidInput, CliText::tr("--server must be an https:// address."));
    while (server.url.endsWith(QLatin1Char('/')))
        server.url.chop(1);
    Profile* profile = ctx.profile();
    if (!profile)
        return ctx.exitCode();
    std::optional<QString> password = readPassword(ctx, user);
    if (!password)
        return ctx.exitCode();
    sync::SyncEngine engine(profile->store());
    sync::LoginInfo info;
    const auto failed = engine.login(server, args.value(QStringLiteral("org")), user, *password, &info);
    wipeSecret(*password);
    if (failed)
        return failSync(ctx, *failed);
    if (ctx.json())
        return JsonOutput::print(QJsonObject{{QStringLiteral("staff_id"), info.staffId},
                                             {QStringLiteral("org_id"), info.orgId},
                                             {QStringLiteral("store_id"), info.storeId},
                                             {QStringLiteral("role"), info.role},
                                             {QStringLiteral("display_name"), info.displayName}});
    ctx.print(CliText::tr("Logged in to %1 as %2 (%3).\n").arg(server.url, info.displayName, info.role));
    return 0;
}

QString phaseName(sync::SyncPhase phase)
{
    switch (phase) {
    case sync::SyncPhase::Upload:
        return CliText::tr("uploading files");
    case sync::SyncPhase::Push:
        return CliText::tr("sending");
    case sync::SyncPhase::Pull:
        break;
    }
    return CliText::tr("receiving");
}

int syncNow(CliContext& ctx, const ParsedArgs&)
{
    Profile* profile = ctx.profile();
    if (!profile)
        return ctx.exitCode();
    sync::SyncEngine engine(profile->store());
    QTextStream err(stderr);
    const auto progress = [&err](const sync::SyncProgress& p) {
        if (p.total > 0)
            err << CliText::tr("%1: %2/%3").arg(phaseName(p.phase)).arg(p.done).arg(p.total) << '\n';
        else
            err << CliText::tr("%1: %2").arg(phaseName(p.phase)).arg(p.done) << '\n';
        err.flush();
    };
    auto result = engine.syncOnce(progress);
    if (const auto* e = std::get_if<sync::SyncError>(&result))
        return failSync(ctx, *e);
    const sync::SyncReport report = std::get<sync::SyncReport>(result);
    if (report.wiped) {
        // Departed account: the engine shredded the key and the files; make sure nothing is reopened.
        const QString dir = ctx.profileDir();
        ctx.closeProfile();
        const Status again = Profile::wipe(dir);
        if (!again.ok())
            ctx.warn(again.message());
        return ctx.fail(makeError(
            ErrorCode::PermissionDenied,
            CliText::tr("This account has been disabled: the local profile in %1 was wiped.").arg(dir)));
    }
    if (ctx.json())
        return JsonOutput::print(QJsonObject{{QStringLiteral("pushed"), report.pushed},
                                             {QStringLiteral("rejected"), report.rejected},
                                             {QStringLiteral("pulled"), report.pulled},
                                             {QStringLiteral("revoked"), report.revoked},
                                             {QStringLiteral("conflicts"), report.conflicts},
                                             {QStringLiteral("cursor"), report.cursor}});
    ctx.print(CliText::tr("Synced: %1 sent, %2 rejected, %3 received, %4 removed, %5 new conflicts.\n")
                  .arg(report.pushed)
                  .arg(report.rejected)
                  .arg(report.pulled)
                  .arg(report.revoked)
                  .arg(report.conflicts));
    return 0;
}

int status(CliContext& ctx, const ParsedArgs&)
{
    Profile* profile = ctx.profile();
    if (!profile)
        return ctx.exitCode();
    const sync::SyncStatus s = sync::SyncEngine(profile->store()).status();
    if (ctx.json())
        return JsonOutput::print(QJsonObject{{QStringLiteral("logged_in"), s.loggedIn},
                                             {QStringLiteral("server"), s.serverUrl},
                                             {QStringLiteral("user"), s.user},
                                             {QStringLiteral("display_name"), s.displayName},
                                             {QStringLiteral("role"), s.role},
                                             {QStringLiteral("pending"), s.pendingCount},
                                             {QStringLiteral("last_sync_at"), s.lastSyncAt},
                                             {QStringLiteral("last_error"), s.lastError}});
    if (!s.loggedIn)
        ctx.print(CliText::tr("Not logged in. %1 local changes are waiting.\n").arg(s.pendingCount));
    else
        ctx.print(
            CliText::tr("Logged in to %1 as %2. %3 changes waiting. Last sync: %4.%5\n")
                .arg(s.serverUrl, s.user)
                .arg(s.pendingCount)
                .arg(s.lastSyncAt ? QDateTime::fromMSecsSinceEpoch(s.lastSyncAt).toString(Qt::ISODate)
                                  : CliText::tr("never"))
                .arg(s.lastError.isEmpty() ? QString() : CliText::tr(" Last error: %1").arg(s.lastError)));
    return 0;
}

int logout(CliContext& ctx, const ParsedArgs&)
{
    Profile* profile = ctx.profile();
    if (!profile)
        return ctx.exitCode();
    if (const auto e = sync::SyncEngine(profile->store()).logout())
        return failSync(ctx, *e);
    ctx.print(CliText::tr("Logged out; the local data stays on this device.\n"));
    return 0;
}

CommandGroup single(const char* name, const QString& summary, QList<OptionSpec> options,
                    std::function<int(CliContext&, const ParsedArgs&)> run)
{
    return {QLatin1String(name),
            summary,
            {{QString(), QString(), 0, 0, summary, std::move(options), std::move(run)}}};
}

} // namespace

CommandGroup loginGroup()
{
    return single("login",
                  CliText::tr("Log in to a sync server (the password is read from the terminal or stdin)."),
                  {opt("server", "URL", CliText::tr("Server address, https://host:port.")),
                   opt("ca", "FILE", CliText::tr("PEM file of a private certificate authority.")),
                   opt("pin", "sha256//KEY", CliText::tr("Pin the server's public key.")),
                   opt("org", "ORG", CliText::tr("Organisation id or name.")),
                   opt("user", "NAME", CliText::tr("User name.")), jsonOption()},
                  login);
}

CommandGroup syncGroup()
{
    return single("sync", CliText::tr("Send local changes and receive the server's (progress on stderr)."),
                  {jsonOption()}, syncNow);
}

CommandGroup statusGroup()
{
    return single("status", CliText::tr("Show the login and the changes waiting to be synced."),
                  {jsonOption()}, status);
}

CommandGroup logoutGroup()
{
    return single("logout", CliText::tr("Log out of the sync server; the local data stays."), {}, logout);
}

} // namespace ll::cli
