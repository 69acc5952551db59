// liuliang-cli staff / transfer as a manager's script runs them, over a profile logged in with
// `liuliang-cli login` against the real server over TLS: names resolve, JSON is snake_case,
// errors give the documented exit codes.
#include "TeamFixture.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTest>

namespace {

const char* kPassphraseVar = "LL_TEAM_TEST_PASSPHRASE";

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TestTeamCli : public QObject
{
    Q_OBJECT

private:
    TeamFixture f;
    TeamDevice manager, guide;

    CliRun cli(TeamDevice& device, const QStringList& args, const QByteArray& input = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QLatin1String(kPassphraseVar), QString::fromLatin1(TeamDevice::Passphrase));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(LIULIANG_CLI_PATH),
                QStringList{QStringLiteral("--profile"), device.dir.path(),
                            QStringLiteral("--passphrase-env"), QLatin1String(kPassphraseVar)} +
                    args);
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
        if (run.exitCode != 0)
            qInfo("cli %s -> %d: %s", qPrintable(args.join(u' ')), run.exitCode, run.err.constData());
        return run;
    }

    bool cliLogin(TeamDevice& device, const ServerHarness::Staff& who)
    {
        if (!device.create())
            return false;
        device.profile.reset(); // the CLI opens the profile itself
        const CliRun r =
            cli(device,
                {QStringLiteral("login"), QStringLiteral("--server"), f.config().url, QStringLiteral("--ca"),
                 f.server.caPath(), QStringLiteral("--user"), who.username},
                who.password.toUtf8() + '\n');
        return r.exitCode == 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(f.init());
        QVERIFY(cliLogin(manager, f.manager));
        QVERIFY(cliLogin(guide, f.guideC));
    }

    void staffListNamesTheDirectory()
    {
        const CliRun r =
            cli(manager, {QStringLiteral("staff"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QStringList names;
        for (const QJsonValue& v : r.json().value(QStringLiteral("staff")).toArray())
            names << v.toObject().value(QStringLiteral("name")).toString();
        QVERIFY(names.size() >= 4);
        const CliRun table = cli(manager, {QStringLiteral("staff"), QStringLiteral("list")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(f.guideA.id.toLatin1()));
    }

    void createShowReviewRetry()
    {
        const QStringList contacts = f.contactsOf(f.guideA, 2);
        QCOMPARE(contacts.size(), 2);
        CliRun r =
            cli(manager,
                {QStringLiteral("transfer"), QStringLiteral("create"), QStringLiteral("--from"), f.guideA.id,
                 QStringLiteral("--to"), f.guideB.id, QStringLiteral("--contacts"), contacts.join(u','),
                 QStringLiteral("--reason"), QStringLiteral("调店"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QString id = r.json().value(QStringLiteral("id")).toString();
        QCOMPARE(id.size(), 36);
        QCOMPARE(r.json().value(QStringLiteral("done")).toInt(), 2);
        QCOMPARE(r.json().value(QStringLiteral("reason")).toString(), QStringLiteral("调店"));

        r = cli(manager, {QStringLiteral("transfer"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json()
                     .value(QStringLiteral("transfers"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 id);

        // Just moved: nothing is stuck after 3 days, both are "stuck" with 0 days.
        r = cli(manager, {QStringLiteral("transfer"), QStringLiteral("list"), QStringLiteral("--stuck"),
                          QStringLiteral("3"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("stuck")).toArray().size(), 0);
        r = cli(manager, {QStringLiteral("transfer"), QStringLiteral("list"), QStringLiteral("--stuck"),
                          QStringLiteral("0"), QStringLiteral("--json")});
        QCOMPARE(r.json().value(QStringLiteral("stuck")).toArray().size(), 2);

        r = cli(manager, {QStringLiteral("transfer"), QStringLiteral("review"), id.left(8),
                          QStringLiteral("--all"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        for (const QJsonValue& v : r.json().value(QStringLiteral("items")).toArray())
            QVERIFY(v.toObject().value(QStringLiteral("reviewed")).toBool());

        r = cli(manager, {QStringLiteral("transfer"), QStringLiteral("show"), id});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("guide.b") || r.out.contains(f.guideB.id.left(8).toLatin1()));

        r = cli(manager, {QStringLiteral("transfer"), QStringLiteral("retry"), id, QStringLiteral("--to"),
                          f.guideC.id, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0); // nothing failed: a no-op
        QCOMPARE(r.json().value(QStringLiteral("failed")).toInt(), 0);
    }

    void errorsHaveExitCodes()
    {
        CliRun r = cli(manager, {QStringLiteral("transfer"), QStringLiteral("create"),
                                 QStringLiteral("--from"), f.guideA.id});
        QCOMPARE(r.exitCode, 2); // no receiver option: usage
        r = cli(manager, {QStringLiteral("transfer"), QStringLiteral("create"), QStringLiteral("--from"),
                          QStringLiteral("nobody"), QStringLiteral("--to"), f.guideB.id});
        QCOMPARE(r.exitCode, 5); // unknown staff name
        r = cli(manager, {QStringLiteral("transfer"), QStringLiteral("show"), ServerHarness::uuid()});
        QCOMPARE(r.exitCode, 5);
        r = cli(guide, {QStringLiteral("transfer"), QStringLiteral("create"), QStringLiteral("--from"),
                        f.guideA.id, QStringLiteral("--to"), f.guideC.id});
        QCOMPARE(r.exitCode, 1); // a guide is refused
        QVERIFY(r.err.contains("forbidden"));
    }

    void departByNameWithTransfer()
    {
        const auto leaver =
            f.server.createStaff(f.org, f.store, QStringLiteral("leaver"), QStringLiteral("guide"));
        QCOMPARE(f.contactsOf(leaver, 2).size(), 2);
        const CliRun r =
            cli(manager, {QStringLiteral("staff"), QStringLiteral("depart"), leaver.id,
                          QStringLiteral("--transfer-to"), f.guideB.id, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("departed"));
        QCOMPARE(r.json().value(QStringLiteral("transfer")).toObject().value(QStringLiteral("done")).toInt(),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestTeamCli)
#include "TestTeamCli.moc"
