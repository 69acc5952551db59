// liuliang-bench-core: measures the store on a generated profile (see bench/run.sh) and prints
// one result per line (JSON lines with --json). Numbers only: nothing here asserts a target.
#include "BenchContext.h"
#include "CipherCompare.h"
#include "Passphrase.h"
#include "ProcessBench.h"
#include "QueryPlans.h"
#include "QuerySet.h"
#include "ReminderBench.h"
#include "RepositoryBench.h"

#include "crypto/Bootstrap.h"
#include "crypto/KeyVault.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace {

constexpr const char* kTool = "liuliang-bench-core";

int failWith(const ll::Status& s)
{
    llbench::fail(kTool, s.message());
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    ll::hardenProcess();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmarks the Liuliang store on a generated profile."));
    parser.addHelpOption();
    const QCommandLineOption profile(QStringLiteral("profile"), QStringLiteral("Generated profile."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption env(QStringLiteral("passphrase-env"),
                                 QStringLiteral("Variable holding the passphrase."), QStringLiteral("VAR"),
                                 QString::fromLatin1(llbench::kDefaultPassphraseEnv));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("Timed runs per measurement (>= 1)."), QStringLiteral("N"),
                                  QStringLiteral("5"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON lines."));
    const QCommandLineOption openExe(
        QStringLiteral("open-exe"),
        QStringLiteral("liuliang-bench-open, for the whole-process measurements."), QStringLiteral("PATH"));
    const QCommandLineOption cliExe(QStringLiteral("cli"),
                                    QStringLiteral("liuliang-cli, timed as a whole process."),
                                    QStringLiteral("PATH"));
    const QCommandLineOption plain(
        QStringLiteral("plain-copy"),
        QStringLiteral("Where to write the plaintext copy for the SQLCipher comparison "
                       "(deleted afterwards); omit to skip the comparison."),
        QStringLiteral("FILE"));
    const QCommandLineOption only(
        QStringLiteral("only"),
        QStringLiteral("Run only the repository queries whose name starts with PREFIX "
                       "(for profiling one query under perf)."),
        QStringLiteral("PREFIX"));
    const QCommandLineOption dumpSql(
        QStringLiteral("dump-sql"), QStringLiteral("Print each query's SQL with its query plan, then exit."));
    const QCommandLineOption warmOnly(
        QStringLiteral("warm-only"),
        QStringLiteral("Skip the cold-first runs (for profiling the warm path)."));
    const QCommandLineOption remindersWork(
        QStringLiteral("reminders-work"),
        QStringLiteral("Where to copy the profile for the reminder measurements (replaced each run); "
                       "omit to skip them. With --only reminders, only they run."),
        QStringLiteral("DIR"));
    parser.addOptions(
        {profile, env, runs, json, openExe, cliExe, plain, only, dumpSql, warmOnly, remindersWork});
    parser.process(app);

    llbench::BenchContext ctx;
    ctx.profileDir = parser.value(profile);
    ctx.passphraseEnv = parser.value(env);
    ctx.runs = parser.value(runs).toInt();
    ctx.json = parser.isSet(json);
    ctx.skipCold = parser.isSet(warmOnly);
    if (ctx.profileDir.isEmpty() || ctx.runs < 1) {
        llbench::fail(kTool, QStringLiteral("--profile DIR is required and --runs must be at least 1"));
        return 2;
    }
    const auto passphrase = llbench::passphraseFromEnv(ctx.passphraseEnv);
    if (!passphrase)
        return 2;
    ctx.passphrase = *passphrase;
    auto key = ll::KeyVault(ctx.profileDir).unlockWithPassphrase(ctx.passphrase);
    if (!key.ok())
        return failWith(key.error());
    ctx.key = key.value();

    if (parser.value(only).startsWith(QLatin1String("reminders"))) {
        if (!parser.isSet(remindersWork)) {
            llbench::fail(kTool, QStringLiteral("--only reminders needs --reminders-work DIR"));
            return 2;
        }
        const ll::Status s = llbench::benchReminders(
            ctx, parser.value(remindersWork), parser.value(only) == QLatin1String("reminders.incremental"));
        return s.ok() ? 0 : failWith(s);
    }

    QList<llbench::NamedQuery> queries;
    {
        auto store = ll::Store::open(ctx.profileDir, ctx.key, false);
        if (!store.ok())
            return failWith(store.error());
        auto set = llbench::buildQuerySet(*store.value());
        if (!set.ok())
            return failWith(set.error());
        queries = set.value();
        if (parser.isSet(only))
            queries.removeIf(
                [&](const llbench::NamedQuery& q) { return !q.name.startsWith(parser.value(only)); });
        if (parser.isSet(dumpSql)) {
            const ll::Status s = llbench::dumpQueryPlans(*store.value(), queries);
            return s.ok() ? 0 : failWith(s);
        }
    }

    if (const ll::Status s = llbench::benchRepository(ctx, queries); !s.ok())
        return failWith(s);
    if (parser.isSet(only))
        return 0;
    if (const ll::Status s = llbench::benchOpenSplit(ctx); !s.ok())
        return failWith(s);
    if (parser.isSet(openExe)) {
        if (const ll::Status s = llbench::benchProcesses(ctx, parser.value(openExe), parser.value(cliExe));
            !s.ok())
            return failWith(s);
    }
    if (parser.isSet(remindersWork)) {
        if (const ll::Status s = llbench::benchReminders(ctx, parser.value(remindersWork)); !s.ok())
            return failWith(s);
    }
    if (parser.isSet(plain)) {
        const QString copy = parser.value(plain);
        const ll::Status s = llbench::benchCipherVsPlain(ctx, queries, copy);
        for (const QString& file : {copy, copy + QStringLiteral("-search")})
            for (const char* suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(file + QLatin1String(suffix));
        if (!s.ok())
            return failWith(s);
    }
    return 0;
}
