// liuliang-cli login/sync/status as a user or script runs them, and what survives SIGKILL: a
// client killed mid-push or mid-pull (and a server killed mid-push) loses and duplicates nothing.
#include "ServerHarness.h"
#include "SyncTestDevice.h"
#include "domain/ContactRepository.h"
#include "domain/FollowUpRepository.h"
#include "store/Transaction.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace ll;

namespace {

const char* kPassphraseVar = "LL_SYNC_TEST_PASSPHRASE";

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1String(kPassphraseVar), QStringLiteral("device passphrase")); // as SyncTestDevice
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

QStringList cliArgs(const QString& profile, const QStringList& args)
{
    return QStringList{QStringLiteral("--profile"), profile, QStringLiteral("--passphrase-env"),
                       QLatin1String(kPassphraseVar)} +
           args;
}

CliRun runCli(const QString& profile, const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.setProcessEnvironment(cliEnvironment());
    p.start(QStringLiteral(LIULIANG_CLI_PATH), cliArgs(profile, args));
    CliRun run;
    if (!p.waitForStarted(10000))
        return run;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = p.exitCode();
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

// Starts `sync` and SIGKILLs it after `ms`; true when it really was killed (not already finished).
bool killSyncAfter(const QString& profile, int ms)
{
    QProcess p;
    p.setProcessEnvironment(cliEnvironment());
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral(LIULIANG_CLI_PATH), cliArgs(profile, {QStringLiteral("sync")}));
    if (!p.waitForStarted(10000))
        return false;
    const bool finished = p.waitForFinished(ms);
    if (!finished)
        p.kill(); // SIGKILL: no destructor, no rollback handler runs
    p.waitForFinished(10000);
    return !finished;
}

} // namespace

class TestSyncCli : public QObject
{
    Q_OBJECT

private:
    ServerHarness m_server;
    QString m_org;
    QString m_store;
    int m_staffCount = 0;

    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_server.port()); }

    ServerHarness::Staff newGuide()
    {
        return m_server.createStaff(m_org, m_store, QStringLiteral("cli%1").arg(++m_staffCount),
                                    QStringLiteral("guide"));
    }

    bool cliLogin(SyncTestDevice& d, const ServerHarness::Staff& who)
    {
        const CliRun r =
            runCli(d.dir.path(),
                   {QStringLiteral("login"), QStringLiteral("--server"), url(), QStringLiteral("--ca"),
                    m_server.caPath(), QStringLiteral("--user"), who.username, QStringLiteral("--json")},
                   who.password.toUtf8() + '\n');
        if (r.exitCode != 0)
            qWarning("login: %d %s", r.exitCode, r.err.constData());
        return r.exitCode == 0 && r.json().value(QStringLiteral("role")).toString() == QLatin1String("guide");
    }

    static bool integrityOk(SyncTestDevice& d)
    {
        auto problems = d.store().db().integrityCheck();
        return problems.ok() && problems->isEmpty();
    }

    // Reopens a device's profile after a CLI process wrote to it.
    static bool reopen(SyncTestDevice& d)
    {
        d.engine.reset();
        d.profile.reset();
        auto opened = Profile::unlockWithPassphrase(d.dir.path(), QStringLiteral("device passphrase"));
        if (!opened.ok())
            return false;
        d.profile = std::move(opened).value();
        d.engine = std::make_unique<sync::SyncEngine>(d.profile->store());
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.init());
        QVERIFY(m_server.start() >= 0);
        m_org = m_server.createOrg(QStringLiteral("Org"));
        m_store = m_server.createStore(m_org, QStringLiteral("Store"));
        QVERIFY(!m_store.isEmpty());
    }

    void loginSyncStatus()
    {
        SyncTestDevice a;
        QVERIFY(a.create());
        a.engine.reset();
        a.profile.reset();
        const auto guide = newGuide();
        QVERIFY(cliLogin(a, guide));
        CliRun st = runCli(a.dir.path(), {QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(st.exitCode, 0);
        QCOMPARE(st.json().value(QStringLiteral("logged_in")).toBool(), true);
        QCOMPARE(st.json().value(QStringLiteral("user")).toString(), guide.username);
        // The token is inside the encrypted store, never in plain files of the profile.
        QFile key(a.dir.path() + QStringLiteral("/key.json"));
        QVERIFY(key.open(QIODevice::ReadOnly));
        QVERIFY(!key.readAll().contains("sync_token"));

        QCOMPARE(runCli(a.dir.path(), {QStringLiteral("contact"), QStringLiteral("add"),
                                       QStringLiteral("--name"), QStringLiteral("韩梅梅")})
                     .exitCode,
                 0);
        st = runCli(a.dir.path(), {QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY(st.json().value(QStringLiteral("pending")).toInt() >= 1);
        const CliRun s = runCli(a.dir.path(), {QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(s.exitCode == 0, s.err.constData());
        QVERIFY(s.json().value(QStringLiteral("pushed")).toInt() >= 1);
        st = runCli(a.dir.path(), {QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(st.json().value(QStringLiteral("pending")).toInt(), 0);
        QVERIFY(st.json().value(QStringLiteral("last_sync_at")).toInteger() > 0);

        // A wrong password is refused and changes nothing.
        SyncTestDevice b;
        QVERIFY(b.create());
        b.engine.reset();
        b.profile.reset();
        const CliRun bad =
            runCli(b.dir.path(),
                   {QStringLiteral("login"), QStringLiteral("--server"), url(), QStringLiteral("--ca"),
                    m_server.caPath(), QStringLiteral("--user"), guide.username},
                   QByteArray("wrong\n"));
        QVERIFY(bad.exitCode != 0);
        QCOMPARE(runCli(b.dir.path(), {QStringLiteral("logout")}).exitCode, 0);
        QCOMPARE(runCli(a.dir.path(), {QStringLiteral("logout")}).exitCode, 0);
        st = runCli(a.dir.path(), {QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(st.json().value(QStringLiteral("logged_in")).toBool(), false);
    }

    void killedClientLosesAndDuplicatesNothing()
    {
        constexpr int Contacts = 2500;
        constexpr int FollowUps = 500;
        const auto guide = newGuide();
        SyncTestDevice a, b;
        QVERIFY(a.create() && b.create());
        for (SyncTestDevice* d : {&a, &b})
            QVERIFY(!d->engine->login({url(), m_server.caPath(), QString()}, QString(), guide.username,
                                      guide.password));
        {
            Transaction tx(a.store().db());
            ContactRepository contacts(a.store());
            QStringList ids;
            for (int i = 0; i < Contacts; ++i) {
                ContactInput in;
                in.name = QStringLiteral("客户%1").arg(i);
                auto c = contacts.add(in);
                QVERIFY(c.ok());
                ids << c->id;
            }
            FollowUpRepository followUps(a.store());
            for (int i = 0; i < FollowUps; ++i) {
                FollowUpInput f;
                f.contactId = ids.at(i);
                f.kind = QStringLiteral("chat");
                QVERIFY(followUps.add(f).ok());
            }
            QVERIFY(tx.commit().ok());
        }
        const int outbox = a.store().pendingOutboxCount().value();
        QVERIFY(outbox >= Contacts + FollowUps);

        // Mid-push: kill A's sync at random points, then let it finish.
        a.engine.reset();
        a.profile.reset();
        auto* random = QRandomGenerator::global();
        int kills = 0;
        for (int i = 0; i < 3; ++i)
            kills += killSyncAfter(a.dir.path(), 150 + int(random->bounded(600))) ? 1 : 0;
        // Then windows that grow until a batch has reached the server before the kill: a sanitizer build on
        // a loaded machine may need several seconds for the first one (bounded: 2.5 s … 20 s).
        int leftAfterKills = outbox;
        for (int window = 2500; window <= 20000 && leftAfterKills == outbox; window *= 2) {
            kills += killSyncAfter(a.dir.path(), window) ? 1 : 0;
            QVERIFY(reopen(a));
            leftAfterKills = a.store().pendingOutboxCount().value();
            a.engine.reset();
            a.profile.reset();
        }
        qInfo("outbox %d -> %d after the killed pushes", outbox, leftAfterKills);
        QVERIFY(leftAfterKills < outbox); // some batches were pushed before a kill
        const CliRun finishA = runCli(a.dir.path(), {QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(finishA.exitCode == 0, finishA.err.constData());
        QVERIFY(reopen(a));
        QVERIFY(integrityOk(a));
        QCOMPARE(a.store().pendingOutboxCount().value(), 0);
        QCOMPARE(a.scalar("SELECT count(*) FROM sync_rejection"), 0);

        // Mid-pull: the same on B, which receives everything.
        b.engine.reset();
        b.profile.reset();
        for (int i = 0; i < 4; ++i)
            kills += killSyncAfter(b.dir.path(), 150 + int(random->bounded(900))) ? 1 : 0;
        const CliRun finishB = runCli(b.dir.path(), {QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(finishB.exitCode == 0, finishB.err.constData());
        QVERIFY(reopen(b));
        QVERIFY(integrityOk(b));
        qInfo("killed %d sync runs", kills);

        for (SyncTestDevice* d : {&a, &b}) {
            QCOMPARE(d->scalar("SELECT count(*) FROM contact WHERE deleted = 0"), Contacts);
            QCOMPARE(d->scalar("SELECT count(*) FROM followup"), FollowUps);
            QCOMPARE(d->scalar("SELECT count(DISTINCT id) FROM followup"), FollowUps);
        }
        QCOMPARE(a.text("SELECT group_concat(name, ',') FROM (SELECT name FROM contact ORDER BY id)"),
                 b.text("SELECT group_concat(name, ',') FROM (SELECT name FROM contact ORDER BY id)"));
        QCOMPARE(b.scalar("SELECT count(*) FROM sync_parked"), 0);
    }

    void serverKilledMidPushAppliesEachMutationOnce()
    {
        constexpr int FollowUps = 1500;
        const auto guide = newGuide();
        SyncTestDevice a, b;
        QVERIFY(a.create() && b.create());
        QVERIFY(!a.engine->login({url(), m_server.caPath(), QString()}, QString(), guide.username,
                                 guide.password));
        {
            Transaction tx(a.store().db());
            ContactInput in;
            in.name = QStringLiteral("老顾客");
            auto c = ContactRepository(a.store()).add(in);
            QVERIFY(c.ok());
            FollowUpRepository followUps(a.store());
            for (int i = 0; i < FollowUps; ++i) {
                FollowUpInput f;
                f.contactId = c->id;
                f.kind = QStringLiteral("message");
                QVERIFY(followUps.add(f).ok());
            }
            QVERIFY(tx.commit().ok());
        }
        a.engine.reset();
        a.profile.reset();

        QProcess client;
        client.setProcessEnvironment(cliEnvironment());
        client.setStandardInputFile(QProcess::nullDevice());
        client.start(QStringLiteral(LIULIANG_CLI_PATH), cliArgs(a.dir.path(), {QStringLiteral("sync")}));
        QVERIFY(client.waitForStarted(10000));
        client.waitForFinished(400 + int(QRandomGenerator::global()->bounded(400)));
        m_server.killAll(); // the server dies (SIGKILL) while the client pushes
        // A fast machine may have finished the whole sync before the kill: what follows must hold either way.
        QVERIFY(client.state() == QProcess::NotRunning || client.waitForFinished(60000));
        QVERIFY(m_server.start() >= 0);

        // Same server data on a new port: the rerun resends what was unanswered; replays are duplicates.
        QVERIFY(reopen(a));
        QVERIFY(a.store().setMeta(QStringLiteral("sync_server_url"), url()).ok());
        auto r = a.engine->syncOnce();
        QVERIFY(std::holds_alternative<sync::SyncReport>(r));
        QCOMPARE(a.store().pendingOutboxCount().value(), 0);
        QCOMPARE(a.scalar("SELECT count(*) FROM sync_rejection"),
                 0); // an insert applied twice would be rejected

        QVERIFY(!b.engine->login({url(), m_server.caPath(), QString()}, QString(), guide.username,
                                 guide.password));
        QVERIFY(std::holds_alternative<sync::SyncReport>(b.engine->syncOnce()));
        QCOMPARE(b.scalar("SELECT count(*) FROM followup"), FollowUps);
        QVERIFY(integrityOk(a));
        QVERIFY(integrityOk(b));
    }

    void cleanupTestCase() { QVERIFY(m_server.stopAll()); }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "TestSyncCli.moc"
