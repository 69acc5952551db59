// Issue #8: the sync client's TLS verification cannot be switched off by configuration. Against a
// server whose certificate comes from a CA the client was not told to trust, every "switch off" a user
// might try — environment variables, settings files, a curlrc, an http:// address, another CA, a pin
// without the CA — is refused, and the password never reaches the server.
#include "SecurityTestSupport.h"
#include "ServerHarness.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ll::sectest;

namespace {

struct Attempt
{
    QString url;
    QStringList extraArgs;
    CliOptions options;
};

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
}

} // namespace

class TestTlsCannotBeDisabled : public QObject
{
    Q_OBJECT

private:
    ServerHarness m_server;
    QTemporaryDir m_tmp;
    QString m_profile;
    QString m_otherCa;
    QString m_home; // HOME/XDG_CONFIG_HOME full of "insecure" settings
    ServerHarness::Staff m_guide;
    QByteArray m_log;

    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_server.port()); }

    QByteArray serverLog()
    {
        QTest::qWait(200); // let the event loop drain the server's stderr pipe
        m_log += m_server.serverLog();
        return m_log;
    }

    CliRun login(const Attempt& a)
    {
        return runCli(m_profile,
                      QStringList{QStringLiteral("login"), QStringLiteral("--server"), a.url,
                                  QStringLiteral("--user"), m_guide.username, QStringLiteral("--json")} +
                          a.extraArgs,
                      [&] {
                          CliOptions o = a.options;
                          o.input = m_guide.password.toUtf8() + '\n';
                          return o;
                      }());
    }

    void expectRefused(const Attempt& a, const char* what)
    {
        const qsizetype logins = serverLog().count("/v1/login");
        const CliRun r = login(a);
        QVERIFY2(r.exitCode > 0, qPrintable(QStringLiteral("%1: login succeeded or crashed (%2): %3")
                                                .arg(QLatin1String(what))
                                                .arg(r.exitCode)
                                                .arg(QString::fromUtf8(r.out + r.err))));
        QVERIFY2(
            serverLog().count("/v1/login") == logins,
            qPrintable(QStringLiteral("%1: the login request reached the server").arg(QLatin1String(what))));
    }

    // The settings files and variables a user might hope turn verification off, all at once.
    CliOptions everyInsecureSwitch() const
    {
        CliOptions o;
        o.set = {{QStringLiteral("HOME"), m_home},
                 {QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/.config")},
                 {QStringLiteral("CURL_INSECURE"), QStringLiteral("1")},
                 {QStringLiteral("CURLOPT_SSL_VERIFYPEER"), QStringLiteral("0")},
                 {QStringLiteral("CURLOPT_SSL_VERIFYHOST"), QStringLiteral("0")},
                 {QStringLiteral("LIULIANG_INSECURE"), QStringLiteral("1")},
                 {QStringLiteral("LIULIANG_TLS_VERIFY"), QStringLiteral("0")},
                 {QStringLiteral("LIULIANG_SKIP_TLS_VERIFY"), QStringLiteral("1")},
                 {QStringLiteral("LL_INSECURE"), QStringLiteral("1")},
                 {QStringLiteral("SSL_NO_VERIFY"), QStringLiteral("1")},
                 {QStringLiteral("SSL_VERIFY"), QStringLiteral("0")},
                 {QStringLiteral("GIT_SSL_NO_VERIFY"), QStringLiteral("1")},
                 {QStringLiteral("NODE_TLS_REJECT_UNAUTHORIZED"), QStringLiteral("0")},
                 {QStringLiteral("PYTHONHTTPSVERIFY"), QStringLiteral("0")},
                 {QStringLiteral("QT_SSL_NO_VERIFY"), QStringLiteral("1")},
                 {QStringLiteral("CURL_CA_BUNDLE"), QString()},
                 {QStringLiteral("CURL_SSL_BACKEND"), QStringLiteral("none")}};
        return o;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY(m_server.init());
        QVERIFY(m_server.start() >= 0);
        const QString org = m_server.createOrg(QStringLiteral("留量"));
        const QString store = m_server.createStore(org, QStringLiteral("南京东路店"));
        m_guide = m_server.createStaff(org, store, QStringLiteral("tlsguide"), QStringLiteral("guide"));
        QVERIFY(!m_guide.id.isEmpty());

        QByteArray out, err;
        const QString otherDir = m_tmp.filePath(QStringLiteral("attacker-ca"));
        QVERIFY2(
            m_server.run({QStringLiteral("dev-ca"), QStringLiteral("--out"), otherDir}, {}, &out, &err) == 0,
            err.constData());
        m_otherCa = otherDir + QStringLiteral("/ca.pem");

        m_home = m_tmp.filePath(QStringLiteral("home"));
        const QByteArray settings = "[General]\ninsecure=true\nverifyPeer=false\nignoreSslErrors=true\n"
                                    "[sync]\ninsecure=true\nverify=false\nverifyPeer=false\ntlsVerify=false\n"
                                    "[tls]\nverify=false\ninsecure=true\n[network]\nignoreSslErrors=true\n";
        writeFile(m_home + QStringLiteral("/.config/Liuliang/Liuliang.conf"), settings);
        writeFile(m_home + QStringLiteral("/.config/Liuliang/liuliang-cli.conf"), settings);
        writeFile(m_home + QStringLiteral("/.config/Liuliang.conf"), settings);
        writeFile(m_home + QStringLiteral("/.curlrc"), "insecure\n-k\n");

        m_profile = m_tmp.filePath(QStringLiteral("profile"));
        const CliRun r = runCli(m_profile, {QStringLiteral("init"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void unknownCaIsRefused() { expectRefused({url(), {}, {}}, "no --ca"); }

    void anotherCaIsRefused()
    {
        expectRefused({url(), {QStringLiteral("--ca"), m_otherCa}, {}}, "--ca of another CA");
    }

    void everySwitchAtOnceIsRefused()
    {
        expectRefused({url(), {}, everyInsecureSwitch()}, "insecure env + settings");
        expectRefused({url(), {QStringLiteral("--ca"), m_otherCa}, everyInsecureSwitch()},
                      "insecure env + settings + another CA");
    }

    void eachSwitchAloneIsRefused()
    {
        const CliOptions all = everyInsecureSwitch();
        for (const auto& var : all.set) {
            if (var.first == QLatin1String("HOME") || var.first == QLatin1String("XDG_CONFIG_HOME"))
                continue;
            CliOptions one;
            one.set = {var};
            expectRefused({url(), {}, one}, qPrintable(var.first));
        }
    }

    void pinWithoutTrustedCaIsRefused()
    {
        // A pin narrows trust; it must not replace the CA check.
        const auto certs = QSslCertificate::fromPath(m_server.dir() + QStringLiteral("/ca/server.pem"));
        QVERIFY(!certs.isEmpty());
        const QByteArray spki = certs.first().publicKey().toDer();
        QVERIFY(!spki.isEmpty());
        const QString pin =
            QStringLiteral("sha256//") +
            QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64());
        expectRefused({url(), {QStringLiteral("--pin"), pin}, {}}, "--pin of the real key, no --ca");
        expectRefused({url(), {QStringLiteral("--pin"), pin, QStringLiteral("--ca"), m_otherCa}, {}},
                      "--pin of the real key, another CA");
    }

    void plainHttpIsRefusedBeforeConnecting()
    {
        // A plain listener records whatever a client would send in the clear.
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
        const QString httpUrl = QStringLiteral("http://127.0.0.1:%1").arg(listener.serverPort());
        expectRefused({httpUrl, {QStringLiteral("--ca"), m_server.caPath()}, {}}, "http:// URL");
        expectRefused({httpUrl, {QStringLiteral("--ca"), m_server.caPath()}, everyInsecureSwitch()},
                      "http:// URL + insecure switches");
        expectRefused({QStringLiteral("HTTP://127.0.0.1:%1").arg(listener.serverPort()),
                       {QStringLiteral("--ca"), m_server.caPath()},
                       {}},
                      "HTTP:// URL");
        expectRefused({QStringLiteral("http://127.0.0.1:%1").arg(m_server.port()),
                       {QStringLiteral("--ca"), m_server.caPath()},
                       {}},
                      "http:// to the real server");
        QByteArray received;
        while (listener.waitForNewConnection(300)) {
            QTcpSocket* s = listener.nextPendingConnection();
            s->waitForReadyRead(300);
            received += s->readAll();
        }
        QVERIFY2(!received.contains(m_guide.password.toUtf8()), received.constData());
        QVERIFY2(received.isEmpty(), received.constData());
    }

    // No refused attempt left a login behind (one check for all: every CLI run pays the Argon2id unlock).
    void stillLoggedOut()
    {
        const CliRun status = runCli(m_profile, {QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, status.err.constData());
        QCOMPARE(status.json().value(QStringLiteral("logged_in")).toBool(), false);
    }

    // Control: the same login with the right CA works, so the refusals above are about trust.
    void rightCaLogsIn()
    {
        const qsizetype logins = serverLog().count("/v1/login");
        const CliRun r = login({url(), {QStringLiteral("--ca"), m_server.caPath()}, everyInsecureSwitch()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(serverLog().count("/v1/login") > logins);
        const CliRun status = runCli(m_profile, {QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY(status.json().value(QStringLiteral("logged_in")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestTlsCannotBeDisabled)
#include "TestTlsCannotBeDisabled.moc"
