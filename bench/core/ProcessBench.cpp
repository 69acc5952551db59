#include "ProcessBench.h"

#include "ProcessTimer.h"

#include "crypto/KdfParams.h"
#include "crypto/KeyVault.h"
#include "search/SearchFile.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>

namespace llbench {

namespace {

constexpr double kOpenListTargetMs = 150;

ll::Result<ProcessRun> spawnChecked(const QString& exe, const QStringList& args)
{
    const auto run = runTimed(exe, args);
    if (!run)
        return ll::makeError(ll::ErrorCode::Io, QStringLiteral("cannot start %1").arg(exe));
    if (run->exitCode != 0)
        return ll::makeError(ll::ErrorCode::Internal,
                             QStringLiteral("%1 exited with %2: %3")
                                 .arg(exe)
                                 .arg(run->exitCode)
                                 .arg(QString::fromLocal8Bit(run->stderrText).trimmed()));
    return run.value();
}

double medianOf(QList<double> v)
{
    Measurement m;
    m.samples = std::move(v);
    return m.median();
}

// A copy of the profile whose key file wraps the same data key with libsodium's minimum Argon2id
// cost (1 pass, 8 KiB), so a whole process can be timed with the unwrap made negligible instead of
// subtracted. Bench-only: the app never lowers the cost of a real profile.
ll::Status makeFastKdfCopy(const BenchContext& ctx, const QString& copyDir)
{
    const QDir from(ctx.profileDir);
    const QDir to(copyDir);
    const QString store = QLatin1String(ll::Store::FileName);
    const QString keyFile = QFileInfo(ll::KeyVault(ctx.profileDir).keyFilePath()).fileName();
    const QString search = QLatin1String(ll::search_file::FileName);
    for (const QString& name :
         {store, store + QStringLiteral("-wal"), search, search + QStringLiteral("-wal"), keyFile}) {
        if (QFile::exists(from.filePath(name)) && !QFile::copy(from.filePath(name), to.filePath(name)))
            return ll::makeError(ll::ErrorCode::Io,
                                 QStringLiteral("cannot copy %1 to %2").arg(name, copyDir));
    }
    return ll::KeyVault(copyDir).setPassphrase(ctx.key, ctx.passphrase, ll::KdfParams{1, 8192});
}

ll::Result<Measurement> timeCommand(const BenchContext& ctx, const QString& name, const QString& exe,
                                    const QStringList& args, const QString& note,
                                    std::optional<double> target = std::nullopt)
{
    Measurement m{name, QStringLiteral("ms"), {}, target, note};
    for (int r = -1; r < ctx.runs; ++r) {
        auto run = spawnChecked(exe, args);
        if (!run.ok())
            return run.error();
        if (r >= 0) // the first run is the untimed warm-up
            m.samples << run->wallMs;
    }
    return m;
}

} // namespace

ll::Status benchProcesses(BenchContext& ctx, const QString& openExe, const QString& cliExe)
{
    const QStringList profileArgs{QStringLiteral("--profile"), ctx.profileDir,
                                  QStringLiteral("--passphrase-env"), ctx.passphraseEnv};

    Measurement noop{QStringLiteral("process.startup_noop"),
                     QStringLiteral("ms"),
                     {},
                     std::nullopt,
                     QStringLiteral("spawn + Qt start-up + exit, no store")};
    Measurement withKdf{
        QStringLiteral("process.open_list50.passphrase"), QStringLiteral("ms"), {}, std::nullopt, {}};
    Measurement store{
        QStringLiteral("process.open_list50.key_unwrapped"), QStringLiteral("ms"), {}, kOpenListTargetMs, {}};
    QMap<QString, QList<double>> phases;
    for (int r = -1; r < ctx.runs; ++r) {
        auto idle = spawnChecked(openExe, {QStringLiteral("--noop")});
        if (!idle.ok())
            return idle.error();
        auto full = spawnChecked(openExe, profileArgs);
        if (!full.ok())
            return full.error();
        if (r < 0)
            continue; // warm-up
        noop.samples << idle->wallMs;
        withKdf.samples << full->wallMs;
        store.samples << full->wallMs - full->phases.value(QStringLiteral("unlock_ms")).toDouble();
        for (const char* key : {"startup_ms", "unlock_ms", "open_ms", "list_ms", "print_ms"})
            phases[QLatin1String(key)] << full->phases.value(QLatin1String(key)).toDouble();
    }
    QStringList split;
    for (auto it = phases.cbegin(); it != phases.cend(); ++it)
        split << QStringLiteral("%1 %2").arg(it.key()).arg(medianOf(it.value()), 0, 'f', 1);
    withKdf.note = QStringLiteral("liuliang-bench-open, whole process; median phases: ") + split.join(u", ");
    store.note = QStringLiteral("same runs minus the unlock_ms each child measured (Argon2id unwrap)");
    ctx.add(noop);
    ctx.add(withKdf);
    ctx.add(store);

    if (cliExe.isEmpty())
        return {};
    const QStringList listArgs{QStringLiteral("contact"), QStringLiteral("list"), QStringLiteral("--limit"),
                               QStringLiteral("50")};
    auto cli =
        timeCommand(ctx, QStringLiteral("process.cli_list50.passphrase"), cliExe, profileArgs + listArgs,
                    QStringLiteral("liuliang-cli contact list --limit 50, whole process"));
    if (!cli.ok())
        return cli.error();
    ctx.add(cli.value());

    QTemporaryDir copy(QFileInfo(ctx.profileDir).absolutePath() + QStringLiteral("/fast-kdf-XXXXXX"));
    if (!copy.isValid())
        return ll::makeError(ll::ErrorCode::Io,
                             QStringLiteral("cannot create a directory beside the profile"));
    LL_TRY(makeFastKdfCopy(ctx, copy.path()));
    const QStringList copyArgs{QStringLiteral("--profile"), copy.path(), QStringLiteral("--passphrase-env"),
                               ctx.passphraseEnv};
    auto fast =
        timeCommand(ctx, QStringLiteral("process.cli_list50.fast_kdf"), cliExe, copyArgs + listArgs,
                    QStringLiteral("the same command on a copy whose key wrap uses the minimum Argon2id "
                                   "cost: the whole process with the unwrap made negligible"),
                    kOpenListTargetMs);
    if (!fast.ok())
        return fast.error();
    ctx.add(fast.value());
    return {};
}

} // namespace llbench
