// Issue #8: a profile wrapped by the OS keychain and a passphrase, opened where no Secret Service can be
// reached (no D-Bus session), falls back to the passphrase — and `init` over it never mints a new key.
// Runs in a private D-Bus session with a throw-away gnome-keyring (tests/crypto/with-test-keyring.sh);
// main() re-runs the test under it unless it is already inside one.
#include "SecurityTestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <unistd.h>
#include <vector>

using namespace ll::sectest;

namespace {
const QString kName = QStringLiteral("皇甫秋云");
} // namespace

class TestKeychainMissing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_profile;
    QString m_emptyRuntime;

    // No session bus at all, and nowhere a client library could find or autolaunch one.
    CliOptions noSecretService() const
    {
        CliOptions o;
        o.unset = {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("DISPLAY"),
                   QStringLiteral("WAYLAND_DISPLAY")};
        o.set = {{QStringLiteral("XDG_RUNTIME_DIR"), m_emptyRuntime}};
        return o;
    }

    QByteArray keyFile() const { return readFile(m_profile + QStringLiteral("/key.json")); }

    bool listsTheContact(const CliRun& r) const
    {
        const QJsonArray contacts = r.json().value(QStringLiteral("contacts")).toArray();
        return contacts.size() == 1 &&
               contacts.first().toObject().value(QStringLiteral("name")).toString() == kName;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_profile = m_tmp.filePath(QStringLiteral("profile"));
        m_emptyRuntime = m_tmp.filePath(QStringLiteral("runtime"));
        QVERIFY(QDir().mkpath(m_emptyRuntime));
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "not inside with-test-keyring.sh");

        CliRun r = runCli(m_profile,
                          {QStringLiteral("--keychain"), QStringLiteral("init"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Both wraps really exist, or the fallback below would prove nothing.
        QCOMPARE(r.json().value(QStringLiteral("keychain")).toBool(), true);
        QCOMPARE(r.json().value(QStringLiteral("passphrase")).toBool(), true);
        r = runCli(m_profile, {QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--name"),
                               kName, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // With the Secret Service up, the keychain alone opens it.
        CliOptions keychainOnly;
        keychainOnly.passphraseOption = false;
        r = runCli(m_profile,
                   {QStringLiteral("--keychain"), QStringLiteral("contact"), QStringLiteral("list"),
                    QStringLiteral("--json")},
                   keychainOnly);
        QVERIFY2(r.exitCode == 0 && listsTheContact(r), r.err.constData());
    }

    void keychainUnreachableIsKeyUnavailable()
    {
        const QByteArray before = keyFile();
        CliOptions o = noSecretService();
        o.passphraseOption = false;
        const CliRun r = runCli(m_profile,
                                {QStringLiteral("--keychain"), QStringLiteral("contact"),
                                 QStringLiteral("list"), QStringLiteral("--json")},
                                o);
        QCOMPARE(r.exitCode, 9);
        QVERIFY(!r.out.contains(kName.toUtf8()));
        QCOMPARE(keyFile(), before);
    }

    void passphraseOpensWithoutSecretService()
    {
        const QByteArray before = keyFile();
        const CliRun r =
            runCli(m_profile, {QStringLiteral("contact"), QStringLiteral("list"), QStringLiteral("--json")},
                   noSecretService());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(listsTheContact(r));
        QCOMPARE(keyFile(), before);
    }

    void initOverExistingProfileIsRefused()
    {
        const QByteArray before = keyFile();
        const QStringList files = filesUnder(m_profile);
        const QList<QStringList> attempts{
            {QStringLiteral("init")},
            {QStringLiteral("--keychain"), QStringLiteral("init")},
            {QStringLiteral("--keychain"), QStringLiteral("init"), QStringLiteral("--no-passphrase")},
        };
        for (const QStringList& args : attempts) {
            for (bool bus : {false, true}) {
                const CliRun r = runCli(m_profile, args, bus ? CliOptions{} : noSecretService(),
                                        QStringLiteral("a different passphrase"));
                // Plain init must say "already exists"; keychain-only may stop earlier, but never succeeds.
                const bool expected =
                    args.contains(QStringLiteral("--no-passphrase")) ? r.exitCode > 0 : r.exitCode == 8;
                QVERIFY2(expected, qPrintable(args.join(u' ') + QStringLiteral(" -> %1 ").arg(r.exitCode) +
                                              QString::fromUtf8(r.err)));
                QCOMPARE(keyFile(), before);
                QCOMPARE(filesUnder(m_profile), files);
            }
        }
        // The old key still opens the data, by either wrap.
        CliRun r =
            runCli(m_profile, {QStringLiteral("contact"), QStringLiteral("list"), QStringLiteral("--json")},
                   noSecretService());
        QVERIFY2(r.exitCode == 0 && listsTheContact(r), r.err.constData());
        CliOptions keychainOnly;
        keychainOnly.passphraseOption = false;
        r = runCli(m_profile,
                   {QStringLiteral("--keychain"), QStringLiteral("contact"), QStringLiteral("list"),
                    QStringLiteral("--json")},
                   keychainOnly);
        QVERIFY2(r.exitCode == 0 && listsTheContact(r), r.err.constData());
    }
};

int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("LIULIANG_TEST_KEYRING")) {
        char* self = argv[0];
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
    TestKeychainMissing test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestKeychainMissing.moc"
