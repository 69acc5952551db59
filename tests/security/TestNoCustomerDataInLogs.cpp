// Issue #8: customer names and phone numbers never reach a log. A guide syncs contacts through the
// real server (CLI pushes, raw pushes from a second device, bad pushes, pulls); afterwards the server's
// log (JSON lines on stderr), every stderr of the CLI, and every log-like file contain none of them.
#include "SecurityTestSupport.h"
#include "ServerHarness.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace ll::sectest;

namespace {

const QString kName = QStringLiteral("欧阳娜娜");
const QString kNickname = QStringLiteral("小橘子猫");
const QString kPhone = QStringLiteral("13912345678");
const QString kWechat = QStringLiteral("wx_secret_oyy8817");
const QString kNote = QStringLiteral("喜欢玫瑰香薰");
const QString kRemoteName = QStringLiteral("司马光明");
const QString kRemotePhone = QStringLiteral("18687654321");
const QString kOddName = QStringLiteral("诸葛\u202e晓月");
const QString kOddPhone = QStringLiteral("139-1234-56789x");

QList<Needle> secrets()
{
    const QStringList texts{kName, kNickname, kWechat, kNote, kRemoteName, kOddName, QStringLiteral("晓月")};
    QList<Needle> needles = needlesFor(texts);
    needles << jsonEscapedNeedles(texts);
    for (const QString& t : texts) // as a request line or a logged URL would carry them
        needles.append({t + QStringLiteral(" (percent-encoded)"), QUrl::toPercentEncoding(t)});
    needles << phoneNeedles({kPhone, kRemotePhone, kOddPhone});
    return needles;
}

} // namespace

class TestNoCustomerDataInLogs : public QObject
{
    Q_OBJECT

private:
    ServerHarness m_server;
    QTemporaryDir m_tmp;
    QString m_profile;
    ServerHarness::Staff m_guide;
    QByteArray m_serverLog;
    QByteArray m_cliStderr; // every CLI run's stderr, labelled

    CliRun cli(const QStringList& args, const QByteArray& input = {})
    {
        CliOptions o;
        o.input = input;
        const CliRun r = runCli(m_profile, args, o);
        // Labelled by command only: the arguments themselves hold the secrets.
        m_cliStderr += "== " + args.mid(0, 2).join(u' ').toUtf8() + '\n' + r.err;
        return r;
    }

    QByteArray serverLog()
    {
        QTest::qWait(300); // let the event loop drain the server's stderr pipe
        m_serverLog += m_server.serverLog();
        return m_serverLog;
    }

    QJsonObject contactWithPhone(qint64 mutationId, const QString& device, const QString& name,
                                 const QString& phone)
    {
        QJsonObject m = ServerHarness::contactUpsert(mutationId, ServerHarness::uuid(), device,
                                                     {{QStringLiteral("name"), name},
                                                      {QStringLiteral("notes"), kNote},
                                                      {QStringLiteral("ownerId"), m_guide.id}});
        m.insert(QStringLiteral("sets"),
                 QJsonObject{{QStringLiteral("phones"),
                              QJsonObject{{phone, QJsonObject{{QStringLiteral("add"),
                                                               m.value(QStringLiteral("hlc"))}}}}}});
        return m;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY(m_server.init());
        QVERIFY(m_server.start() >= 0);
        const QString org = m_server.createOrg(QStringLiteral("留量"));
        const QString store = m_server.createStore(org, QStringLiteral("南京东路店"));
        m_guide = m_server.createStaff(org, store, QStringLiteral("logguide"), QStringLiteral("guide"));
        QVERIFY(!m_guide.id.isEmpty());
        m_profile = m_tmp.filePath(QStringLiteral("profile"));
    }

    // The check must be able to see a leak: a log line carrying a name is found.
    void scannerSeesALeak()
    {
        const QByteArray line =
            "{\"event\":\"request\",\"name\":\"" + kName.toUtf8() + "\",\"p\":\"+86 139 1234 5678\"}";
        QVERIFY(!findIn(line, secrets(), QStringLiteral("probe")).isEmpty());
        const QByteArray escaped = "{\"name\":\"\\u6b27\\u9633\\u5a1c\\u5a1c\"}";
        QVERIFY(!findIn(escaped, secrets(), QStringLiteral("probe")).isEmpty());
    }

    void cliSession()
    {
        CliRun r = cli({QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("留量"),
                        QStringLiteral("--staff"), QStringLiteral("王导购"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--name"), kName,
                 QStringLiteral("--nickname"), kNickname, QStringLiteral("--wechat"), kWechat,
                 QStringLiteral("--phone"), kPhone, QStringLiteral("--notes"), kNote,
                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString id = r.json().value(QStringLiteral("id")).toString();
        r = cli({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--name"), kName,
                 QStringLiteral("--phone"), kPhone}); // a duplicate, as people do
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("followup"), QStringLiteral("add"), id, QStringLiteral("--kind"),
                 QStringLiteral("call"), QStringLiteral("--note"), kNote});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        r = cli({QStringLiteral("login"), QStringLiteral("--server"),
                 QStringLiteral("https://127.0.0.1:%1").arg(m_server.port()), QStringLiteral("--ca"),
                 m_server.caPath(), QStringLiteral("--user"), m_guide.username},
                m_guide.password.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("sync")});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        // A second device of the same guide pushes more contacts, one with values the client may refuse.
        const QString device = QStringLiteral("sec-log-device");
        const QString token = m_server.login(m_guide, device);
        QVERIFY(!token.isEmpty());
        const auto pushed =
            m_server.post(QStringLiteral("/v1/sync/push"),
                          ServerHarness::pushBody(
                              device, QJsonArray{contactWithPhone(1, device, kRemoteName, kRemotePhone)}),
                          token);
        QVERIFY2(pushed.status == 200, pushed.body.constData());
        // Odd values the server may refuse: only what it logs about them matters here.
        m_server.post(
            QStringLiteral("/v1/sync/push"),
            ServerHarness::pushBody(device, QJsonArray{contactWithPhone(2, device, kOddName, kOddPhone)}),
            token);
        // Malformed pushes: their error replies and log lines must not echo the values either.
        QJsonObject bad = contactWithPhone(3, device, kName, kPhone);
        bad.insert(QStringLiteral("entity"), QStringLiteral("no_such_entity"));
        m_server.post(QStringLiteral("/v1/sync/push"), ServerHarness::pushBody(device, QJsonArray{bad}),
                      token);
        bad = contactWithPhone(4, device, kName, kPhone);
        bad.insert(QStringLiteral("hlc"), kPhone);
        m_server.post(QStringLiteral("/v1/sync/push"), ServerHarness::pushBody(device, QJsonArray{bad}),
                      token);
        m_server.request("POST", QStringLiteral("/v1/sync/push"), kName.toUtf8() + kPhone.toUtf8(), token);
        m_server.get(QStringLiteral("/v1/contacts/%1?q=%2").arg(kPhone, kName), token);

        r = cli({QStringLiteral("sync")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("status")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // The pull really brought the remote contact (so its absence from logs means something).
        r = cli({QStringLiteral("contact"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QString::fromUtf8(r.out).contains(kRemoteName));
        for (const QStringList& args : QList<QStringList>{
                 {QStringLiteral("contact"), QStringLiteral("list")},
                 {QStringLiteral("contact"), QStringLiteral("list"), QStringLiteral("--search"), kPhone},
                 {QStringLiteral("contact"), QStringLiteral("show"), id},
                 {QStringLiteral("contact"), QStringLiteral("duplicates"), id},
                 {QStringLiteral("followup"), QStringLiteral("list"), id},
                 {QStringLiteral("check")},
             }) {
            r = cli(args);
            QVERIFY2(r.exitCode == 0,
                     qPrintable(args.join(u' ') + QStringLiteral(": ") + QString::fromUtf8(r.err)));
            QVERIFY2(!r.out.contains(kPhone.toUtf8()) && !r.out.contains(kRemotePhone.toUtf8()),
                     qPrintable(args.join(u' ') + QStringLiteral(" showed a full phone without --reveal")));
        }
        r = cli({QStringLiteral("logout")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void serverLogIsClean()
    {
        const QByteArray log = serverLog();
        QVERIFY2(log.contains("/v1/sync/push"), "no request lines in the server log: the check sees nothing");
        const QStringList leaks = findIn(log, secrets(), QStringLiteral("server log"));
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral("; "))));
    }

    void cliStderrIsClean()
    {
        QVERIFY(!m_cliStderr.isEmpty());
        const QStringList leaks = findIn(m_cliStderr, secrets(), QStringLiteral("CLI stderr"));
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral("; ")) + QStringLiteral("\n") +
                                             QString::fromUtf8(m_cliStderr)));
    }

    void noLogFilesWithCustomerData()
    {
        // Anything log-like the server or the CLI may have written next to their data.
        QStringList scanned;
        QStringList leaks;
        for (const QString& root : {m_server.dir(), m_tmp.path()}) {
            for (const QString& rel : filesUnder(root)) {
                const QString lower = rel.toLower();
                if (!(lower.endsWith(QLatin1String(".log")) || lower.contains(QLatin1String("log/")) ||
                      lower.contains(QLatin1String("logs/")) || lower.endsWith(QLatin1String(".jsonl")) ||
                      lower.endsWith(QLatin1String(".txt"))))
                    continue;
                scanned << rel;
                leaks << findIn(readFile(QDir(root).filePath(rel)), secrets(), rel);
            }
        }
        qInfo("log-like files scanned: %s", qPrintable(scanned.join(u' ')));
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral("; "))));
        // The profile is encrypted as a whole (TestDataAtRest scans it in depth).
        const QStringList profileLeaks = findInDirectory(m_profile, secrets());
        QVERIFY2(profileLeaks.isEmpty(), qPrintable(profileLeaks.join(QStringLiteral("; "))));
    }
};

QTEST_GUILESS_MAIN(TestNoCustomerDataInLogs)
#include "TestNoCustomerDataInLogs.moc"
