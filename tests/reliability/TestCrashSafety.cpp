// Kills the real liuliang-cli with SIGKILL at random moments of its writes — single edits, bulk lead
// import, merges, reminder recomputes and schema migration, 200+ kills in all — and after every kill checks
// that the store opens, passes `check` (integrity, foreign keys, encryption), that every edit the CLI
// acknowledged is there exactly once, and that retrying the interrupted work finishes it without duplicates.
// A full disk (RLIMIT_FSIZE) during an import is a clear error with the store intact. The seed is printed;
// rerun with LIULIANG_CRASH_SEED=<seed> to replay the same kill points.
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <climits>
#include <cstdio>
#include <unistd.h>
#include <vector>

namespace {

struct Run
{
    int exitCode = -1;
    bool killed = false;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

class Cli
{
public:
    explicit Cli(QString dir)
        : m_dir(std::move(dir))
    {}

    Run operator()(const QStringList& args) const { return start(args, -1); }

    // Runs the command and SIGKILLs it after `killAfterMs` unless it finished first.
    Run start(const QStringList& args, int killAfterMs) const
    {
        QProcess p;
        p.setProgram(QStringLiteral(LIULIANG_CLI_PATH));
        p.setArguments(QStringList{QStringLiteral("--profile"), m_dir, QStringLiteral("--keychain")} + args);
        p.start();
        Run r;
        if (!p.waitForStarted(10'000))
            return r;
        if (killAfterMs >= 0 && !p.waitForFinished(killAfterMs)) {
            p.kill(); // SIGKILL: no destructors, no rollback, no flush
            r.killed = true;
        }
        p.waitForFinished(120'000);
        r.exitCode = r.killed ? -9 : p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    QString dir() const { return m_dir; }

private:
    QString m_dir;
};

QRandomGenerator& rng()
{
    static QRandomGenerator generator = [] {
        const quint32 seed = qEnvironmentVariableIsSet("LIULIANG_CRASH_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("LIULIANG_CRASH_SEED"))
                                 : QRandomGenerator::system()->generate();
        std::fprintf(stderr, "TestCrashSafety seed: %u\n", seed);
        return QRandomGenerator(seed);
    }();
    return generator;
}

// A kill point somewhere in the command's life, from process start to just before it usually ends.
int killPoint(qint64 typicalMs)
{
    return int(rng().bounded(quint32(qMax<qint64>(typicalMs * 19 / 20, 5))));
}

qint64 timed(const Cli& cli, const QStringList& args, Run* out = nullptr)
{
    QElapsedTimer t;
    t.start();
    Run r = cli(args);
    if (out)
        *out = r;
    return t.elapsed();
}

int kills = 0;

#define VERIFY_RUN(run)                                                                                      \
    QVERIFY2(                                                                                                \
        (run).exitCode == 0,                                                                                 \
        qPrintable(QStringLiteral("exit %1: %2").arg((run).exitCode).arg(QString::fromUtf8((run).err))))

// After every kill: the store opens and passes every check of `liuliang-cli check`.
#define VERIFY_STORE_INTACT(cli)                                                                             \
    do {                                                                                                     \
        const Run check_ = (cli)({QStringLiteral("check"), QStringLiteral("--json")});                       \
        QVERIFY2(check_.exitCode == 0,                                                                       \
                 qPrintable(QStringLiteral("check after kill %1 failed (%2): %3 %4")                         \
                                .arg(kills)                                                                  \
                                .arg(check_.exitCode)                                                        \
                                .arg(QString::fromUtf8(check_.out), QString::fromUtf8(check_.err))));        \
    } while (false)

QJsonArray allContacts(const Cli& cli)
{
    const Run r = cli({QStringLiteral("contact"), QStringLiteral("list"), QStringLiteral("--limit"),
                       QStringLiteral("0"), QStringLiteral("--reveal"), QStringLiteral("--json")});
    return r.json().value(QStringLiteral("contacts")).toArray();
}

QStringList namesOf(const QJsonArray& contacts)
{
    QStringList names;
    for (const QJsonValue& c : contacts)
        names << c.toObject().value(QStringLiteral("name")).toString();
    return names;
}

// The test-only tool (OldStoreTool.cpp) that makes a store at an old schema version and reads one without
// migrating it.
QJsonObject oldStoreTool(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(LIULIANG_OLD_STORE_TOOL), args);
    if (!p.waitForFinished(300'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "ll_test_old_store %s failed: %s\n", qPrintable(args.join(u' ')),
                     p.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

// Puts the saved old-version store file back in place of whatever the last run left.
bool restoreStore(const QString& pristine, const QString& dir)
{
    const QString store = QDir(dir).filePath(QStringLiteral("store.db"));
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(store + QLatin1String(suffix));
    return QFile::copy(pristine, store);
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_killsBefore = 0;

    Cli freshProfile(const QString& name)
    {
        Cli cli(m_tmp.filePath(name));
        const Run init =
            cli({QStringLiteral("init"), QStringLiteral("--no-passphrase"), QStringLiteral("--org"),
                 QStringLiteral("留量"), QStringLiteral("--store"), QStringLiteral("南京东路店"),
                 QStringLiteral("--staff"), QStringLiteral("王店长"), QStringLiteral("--role"),
                 QStringLiteral("manager"), QStringLiteral("--json")});
        if (init.exitCode != 0)
            qFatal("init failed: %s", init.err.constData());
        return cli;
    }

private slots:
    void initTestCase() { rng(); }
    void init() { m_killsBefore = kills; }
    void cleanup()
    {
        std::fprintf(stderr, "%s: %d kills\n", QTest::currentTestFunction(), kills - m_killsBefore);
    }

    // 70 kills. A contact the CLI reported as added (exit 0) must exist exactly once; one that was
    // killed may or may not exist, but never twice and never half-written.
    void acknowledgedEditsSurviveKills()
    {
        const Cli cli = freshProfile(QStringLiteral("edits"));
        auto add = [](int i) {
            return QStringList{
                QStringLiteral("contact"), QStringLiteral("add"),
                QStringLiteral("--name"),  QStringLiteral("客户%1").arg(i, 3, 10, QChar(u'0')),
                QStringLiteral("--phone"), QStringLiteral("1380000%1").arg(i, 4, 10, QChar(u'0')),
                QStringLiteral("--notes"), QStringLiteral("第%1位").arg(i),
                QStringLiteral("--json")};
        };
        Run first;
        const qint64 typical = timed(cli, add(0), &first);
        VERIFY_RUN(first);
        QSet<QString> acknowledged{QStringLiteral("客户000")};
        // Until 70 kills landed (a run that finishes first is an acknowledged edit), at most 200 runs.
        for (int i = 1, landed = 0; landed < 70 && i <= 200; ++i) {
            const Run r = cli.start(add(i), killPoint(typical));
            if (r.killed)
                ++kills, ++landed;
            else if (r.exitCode == 0)
                acknowledged.insert(QStringLiteral("客户%1").arg(i, 3, 10, QChar(u'0')));
            VERIFY_STORE_INTACT(cli);
        }
        const QStringList names = namesOf(allContacts(cli));
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size()); // no duplicates
        for (const QString& name : acknowledged)
            QVERIFY2(names.contains(name),
                     qPrintable(name + QStringLiteral(" was acknowledged but is gone")));
    }

    // 60 kills in the middle of a bulk lead import; the retried import completes, and a further import of
    // the same file changes nothing.
    void bulkImportRecoversFromKills()
    {
        const Cli cli = freshProfile(QStringLiteral("import"));
        const QString csv = m_tmp.filePath(QStringLiteral("leads.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("姓名,手机号,微信,来源\r\n");
        constexpr int People = 1500;
        for (int i = 0; i < People; ++i)
            file.write(
                QStringLiteral("线索%1,1390000%2,,抖音\r\n").arg(i).arg(i, 4, 10, QChar(u'0')).toUtf8());
        for (int i = 0; i < 300; ++i) // the same people again: duplicates merge into them
            file.write(QStringLiteral("线索%1,1390000%2,wx%1,小红书\r\n")
                           .arg(i)
                           .arg(i, 4, 10, QChar(u'0'))
                           .toUtf8());
        file.close();
        const QStringList import{QStringLiteral("import"), QStringLiteral("leads"), csv,
                                 QStringLiteral("--json")};

        // How long a whole import takes, measured on a scratch profile so the real one starts empty.
        const Cli scratch = freshProfile(QStringLiteral("import-scratch"));
        Run measured;
        const qint64 typical = timed(scratch, import, &measured);
        VERIFY_RUN(measured);

        for (int i = 0, landed = 0; landed < 60 && i < 200; ++i) {
            const Run r = cli.start(import, killPoint(typical));
            kills += r.killed ? 1 : 0;
            landed += r.killed ? 1 : 0;
            VERIFY_STORE_INTACT(cli);
        }
        const Run finish = cli(import);
        VERIFY_RUN(finish);
        const QJsonArray contacts = allContacts(cli);
        QCOMPARE(contacts.size(), People);
        const Run again = cli(import);
        VERIFY_RUN(again);
        QCOMPARE(again.json().value(QStringLiteral("new_contacts")).toInt(), 0);
        QCOMPARE(allContacts(cli).size(), People);
    }

    // Up to 45 kills during merges: afterwards each pair is either merged or not — never half — and finishing
    // the merge leaves one contact with both phones.
    void mergesAreAllOrNothing()
    {
        const Cli cli = freshProfile(QStringLiteral("merge"));
        struct Pair
        {
            QString keep;
            QString other;
        };
        QList<Pair> pairs;
        for (int i = 0; i < 46; ++i) {
            const QString shared = QStringLiteral("1370000%1").arg(i, 4, 10, QChar(u'0'));
            const Run a = cli({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--name"),
                               QStringLiteral("甲%1").arg(i), QStringLiteral("--phone"), shared,
                               QStringLiteral("--json")});
            const Run b = cli(
                {QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("乙%1").arg(i), QStringLiteral("--phone"), shared, QStringLiteral("--phone"),
                 QStringLiteral("1360000%1").arg(i, 4, 10, QChar(u'0')), QStringLiteral("--json")});
            VERIFY_RUN(a);
            VERIFY_RUN(b);
            pairs.append({a.json().value(QStringLiteral("id")).toString(),
                          b.json().value(QStringLiteral("id")).toString()});
        }
        auto merge = [](const Pair& p) {
            return QStringList{QStringLiteral("contact"), QStringLiteral("merge"), p.keep, p.other,
                               QStringLiteral("--json")};
        };
        // A merge on a throw-away pair gives the typical duration.
        Run measured;
        const qint64 typical = timed(cli, merge(pairs.takeLast()), &measured);
        VERIFY_RUN(measured);

        for (const Pair& p : pairs) {
            const Run r = cli.start(merge(p), killPoint(typical));
            kills += r.killed ? 1 : 0;
            VERIFY_STORE_INTACT(cli);
            const bool otherGone =
                cli({QStringLiteral("contact"), QStringLiteral("show"), p.other, QStringLiteral("--json")})
                    .exitCode != 0;
            if (!otherGone)
                VERIFY_RUN(cli(merge(p))); // it did not happen at all: finish it now
            const Run kept = cli({QStringLiteral("contact"), QStringLiteral("show"), p.keep,
                                  QStringLiteral("--reveal"), QStringLiteral("--json")});
            VERIFY_RUN(kept);
            const QJsonArray phones = kept.json().value(QStringLiteral("phones")).toArray();
            QVERIFY2(phones.size() == 2, kept.out.constData());
        }
    }

    // 65 kills during full reminder recomputes (every rule edit regenerates all reminders); afterwards
    // the due list is the same as a clean recompute's.
    void reminderRecomputeSurvivesKills()
    {
        const Cli cli = freshProfile(QStringLiteral("reminders"));
        VERIFY_RUN(cli({QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--sku"),
                        QStringLiteral("OIL-90"), QStringLiteral("--name"), QStringLiteral("香薰精油"),
                        QStringLiteral("--cycle-days"), QStringLiteral("30")}));
        const QString csv = m_tmp.filePath(QStringLiteral("reminder-leads.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("姓名,手机号\r\n");
        for (int i = 0; i < 800; ++i)
            file.write(QStringLiteral("顾客%1,1350000%2\r\n").arg(i).arg(i, 4, 10, QChar(u'0')).toUtf8());
        file.close();
        VERIFY_RUN(cli({QStringLiteral("import"), QStringLiteral("leads"), csv}));
        const Run rule = cli({QStringLiteral("rule"), QStringLiteral("add"), QStringLiteral("--name"),
                              QStringLiteral("久未联系"), QStringLiteral("--kind"), QStringLiteral("dormant"),
                              QStringLiteral("--threshold"), QStringLiteral("1"), QStringLiteral("--team"),
                              QStringLiteral("--json")});
        VERIFY_RUN(rule);
        const QString ruleId = rule.json().value(QStringLiteral("id")).toString();
        QVERIFY(!ruleId.isEmpty());
        auto edit = [&](int days) {
            return QStringList{
                QStringLiteral("rule"),        QStringLiteral("edit"),        ruleId,
                QStringLiteral("--threshold"), QString::number(1 + days % 3), QStringLiteral("--json")};
        };
        Run measured;
        const qint64 typical = timed(cli, edit(1), &measured);
        VERIFY_RUN(measured);
        for (int i = 0, landed = 0; landed < 65 && i < 200; ++i) {
            const Run r = cli.start(edit(i), killPoint(typical));
            kills += r.killed ? 1 : 0;
            landed += r.killed ? 1 : 0;
            VERIFY_STORE_INTACT(cli);
        }
        // Every contact was created today, so with 1–3 days without contact all are due within five days.
        const QStringList due{QStringLiteral("reminders"), QStringLiteral("due"), QStringLiteral("--date"),
                              QDate::currentDate().addDays(5).toString(Qt::ISODate),
                              QStringLiteral("--json")};
        VERIFY_RUN(cli(edit(0)));
        const Run first = cli(due);
        VERIFY_RUN(first);
        VERIFY_RUN(cli(edit(3))); // the same threshold again: a second, clean full recompute
        const Run second = cli(due);
        VERIFY_RUN(second);
        QCOMPARE(first.json().value(QStringLiteral("total")).toInt(), 800);
        QCOMPARE(second.out, first.out);
    }

    // Disk full in the middle of a bulk import (the CLI may not grow any file past a few KiB more than the
    // store has now, as on a full disk): a clear error and a normal exit, never a crash; the store stays
    // intact, and the same import completes once there is space again.
    void diskFullIsAClearErrorAndTheStoreStaysIntact()
    {
        const Cli cli = freshProfile(QStringLiteral("diskfull"));
        const QString csv = m_tmp.filePath(QStringLiteral("diskfull.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("姓名,手机号,备注\r\n");
        constexpr int People = 4000;
        for (int i = 0; i < People; ++i)
            file.write(QStringLiteral("满盘%1,1330000%2,%3\r\n")
                           .arg(i)
                           .arg(i, 4, 10, QChar(u'0'))
                           .arg(QString(40, QChar(u'备')))
                           .toUtf8());
        file.close();

        qint64 largest = 0;
        for (const QFileInfo& f : QDir(cli.dir()).entryInfoList(QDir::Files))
            largest = qMax(largest, f.size());
        // RLIMIT_FSIZE stands in for a full disk: writes past it fail with EFBIG (SIGXFSZ is ignored, as
        // the default action would kill the process instead of letting SQLite report the error).
        QProcess p;
        p.setProgram(QStringLiteral("/bin/sh"));
        p.setArguments(
            {QStringLiteral("-c"),
             QStringLiteral("trap '' XFSZ; exec prlimit --fsize=%1 \"$0\" \"$@\"").arg(largest + 64 * 1024),
             QStringLiteral(LIULIANG_CLI_PATH), QStringLiteral("--profile"), cli.dir(),
             QStringLiteral("--keychain"), QStringLiteral("import"), QStringLiteral("leads"), csv});
        p.start();
        QVERIFY(p.waitForFinished(120'000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit); // an error, not a crash
        QVERIFY2(p.exitCode() != 0, qPrintable(err));
        QVERIFY2(!err.trimmed().isEmpty(), "no message for a full disk");

        VERIFY_STORE_INTACT(cli);
        const Run again =
            cli({QStringLiteral("import"), QStringLiteral("leads"), csv, QStringLiteral("--json")});
        VERIFY_RUN(again);
        QCOMPARE(allContacts(cli).size(), People);
        VERIFY_STORE_INTACT(cli);
        std::fprintf(stderr, "disk full message: %s\n", qPrintable(err.trimmed().left(300)));
    }

    // 40 kills while the CLI migrates a filled store from schema version 2 to the latest (it migrates on
    // open; each step is one transaction). After every kill the store, read without migrating, passes
    // integrity_check, is at a whole schema version whose objects are exactly that version's (never a half
    // step), and holds every row it held before; the next open then finishes the migration.
    void migrationSurvivesKills()
    {
        constexpr int OldVersion = 2;
        constexpr int Contacts = 4000;
        const QString dir = m_tmp.filePath(QStringLiteral("migration"));
        const QString pristine = m_tmp.filePath(QStringLiteral("migration-v2.db"));
        QVERIFY(!oldStoreTool(
                     {QStringLiteral("create"), dir, QString::number(OldVersion), QString::number(Contacts)})
                     .isEmpty());
        const QJsonObject before = oldStoreTool({QStringLiteral("inspect"), dir});
        QCOMPARE(before.value(QStringLiteral("version")).toInt(), OldVersion);
        QVERIFY(before.value(QStringLiteral("schema_matches_version")).toBool());
        const int latest = before.value(QStringLiteral("latest")).toInt();
        QVERIFY2(latest > OldVersion, "nothing to migrate");
        const QString rows = before.value(QStringLiteral("digest")).toString();
        QVERIFY(!rows.isEmpty());
        QVERIFY(QFile::copy(QDir(dir).filePath(QStringLiteral("store.db")), pristine));

        const Cli cli(dir);
        const QStringList open{QStringLiteral("contact"), QStringLiteral("list"), QStringLiteral("--limit"),
                               QStringLiteral("1"), QStringLiteral("--json")};
        Run measured;
        const qint64 typical = timed(cli, open, &measured);
        VERIFY_RUN(measured);

        auto verifyStore = [&](const QJsonObject& state, int minVersion) {
            QVERIFY2(!state.isEmpty(), "the store cannot be read without migrating");
            const int version = state.value(QStringLiteral("version")).toInt();
            QVERIFY2(version >= minVersion && version <= latest,
                     qPrintable(QStringLiteral("schema version %1 after kill %2").arg(version).arg(kills)));
            QVERIFY2(state.value(QStringLiteral("problems")).toArray().isEmpty(),
                     QJsonDocument(state).toJson().constData());
            QVERIFY2(state.value(QStringLiteral("schema_matches_version")).toBool(),
                     qPrintable(QStringLiteral("half a schema step after kill %1").arg(kills)));
            QCOMPARE(state.value(QStringLiteral("digest")).toString(), rows);
        };
        QMap<int, int> seen; // schema version found after a kill -> how often
        for (int i = 0, landed = 0; landed < 40 && i < 150; ++i) {
            QVERIFY(restoreStore(pristine, dir));
            const Run r = cli.start(open, killPoint(typical));
            if (!r.killed) {
                VERIFY_RUN(r);
                continue;
            }
            ++kills, ++landed;
            const QJsonObject after = oldStoreTool({QStringLiteral("inspect"), dir});
            verifyStore(after, OldVersion);
            if (QTest::currentTestFailed())
                return;
            ++seen[after.value(QStringLiteral("version")).toInt()];
            VERIFY_RUN(cli(open)); // the next open finishes what the kill interrupted
            const QJsonObject finished = oldStoreTool({QStringLiteral("inspect"), dir});
            verifyStore(finished, latest);
            // ... including the search file, rebuilt from the rows if the kill left it behind them.
            QVERIFY2(finished.value(QStringLiteral("search_matches_rows")).toBool(),
                     QJsonDocument(finished).toJson().constData());
            if (QTest::currentTestFailed())
                return;
        }
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            std::fprintf(stderr, "migration kills that left schema version %d: %d\n", it.key(), it.value());
        VERIFY_STORE_INTACT(cli);
        const QStringList names = namesOf(allContacts(cli));
        QCOMPARE(names.size(), Contacts);
        QVERIFY(names.contains(QStringLiteral("旧客户00001")));
        QVERIFY(names.contains(QStringLiteral("旧客户%1").arg(Contacts, 5, 10, QChar(u'0'))));
    }

    void enoughKillsLanded()
    {
        // Kill points are random; most land while the process runs. Fewer would mean the harness is not
        // testing what it claims.
        QVERIFY2(kills >= 200, qPrintable(QStringLiteral("only %1 kills landed").arg(kills)));
        std::fprintf(stderr, "TestCrashSafety: %d kills\n", kills);
    }
};

int main(int argc, char** argv)
{
    // Re-run inside a private D-Bus session with a throw-away keyring: the profiles here are keychain-only.
    if (!qEnvironmentVariableIsSet("LIULIANG_TEST_KEYRING")) {
        char self[PATH_MAX];
        const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
        if (n <= 0) {
            std::perror("readlink /proc/self/exe");
            return 1;
        }
        self[n] = '\0';
        std::vector<char*> args{const_cast<char*>("/bin/sh"), const_cast<char*>(LIULIANG_KEYRING_WRAPPER),
                                self};
        for (int i = 1; i < argc; ++i)
            args.push_back(argv[i]);
        args.push_back(nullptr);
        execv("/bin/sh", args.data());
        std::perror("execv with-test-keyring.sh");
        return 1;
    }
    QCoreApplication app(argc, argv);
    TestCrashSafety test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestCrashSafety.moc"
