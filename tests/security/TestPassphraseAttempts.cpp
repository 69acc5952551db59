// Issue #8: 100 wrong passphrases are each refused as WrongPassphrase, change nothing on disk (the
// key file stays byte-identical, no lockout or re-wrap), and the right passphrase still opens intact data.
#include "SecurityTestSupport.h"
#include "domain/ContactRepository.h"
#include "profile/Profile.h"

#include <QDir>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace ll;
using namespace ll::sectest;

namespace {

const QString kName = QStringLiteral("上官婉儿");
const QString kPhone = QStringLiteral("13800138000");

// Every file of the profile with its bytes: proves an operation wrote nothing at all.
QMap<QString, QByteArray> snapshot(const QString& dir)
{
    QMap<QString, QByteArray> files;
    for (const QString& rel : filesUnder(dir))
        files.insert(rel, readFile(QDir(dir).filePath(rel)));
    return files;
}

// Near misses a person (or a script) would try: typos, case, whitespace, truncation, other scripts.
QString wrongPassphrase(int i)
{
    const QString right = kPassphrase;
    switch (i % 10) {
    case 0:
        return right + QString::number(i);
    case 1:
        return right.left(right.size() - 1 - (i % 3));
    case 2:
        return right.toUpper();
    case 3:
        return QStringLiteral(" ") + right;
    case 4:
        return right + QStringLiteral(" ");
    case 5:
        return QString(right).replace(QStringLiteral("电池"), QStringLiteral("電池"));
    case 6:
        return QStringLiteral("guess-%1").arg(i);
    case 7:
        return QString(i + 1, QLatin1Char('x'));
    case 8:
        return right.mid(1);
    default:
        return QString(right).replace(u'h', u'H');
    }
}

} // namespace

class TestPassphraseAttempts : public QObject
{
    Q_OBJECT

private slots:
    void hundredWrongThenRight()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.filePath(QStringLiteral("profile"));
        QString contactId;
        {
            KeyProtection protection;
            protection.passphrase = kPassphrase;
            protection.kdf = KdfParams{1, 8u << 20}; // the KDF cost is not under test: keep 100 tries fast
            auto made = Profile::create(dir, protection);
            QVERIFY2(made.ok(), qPrintable(made.message()));
            ContactInput input;
            input.name = kName;
            input.phones = QStringList{kPhone};
            auto added = ContactRepository(made.value()->store()).add(input);
            QVERIFY2(added.ok(), qPrintable(added.message()));
            contactId = added.value().id;
        }
        const auto before = snapshot(dir);
        QVERIFY(before.contains(QStringLiteral("key.json")));

        for (int i = 0; i < 100; ++i) {
            const QString guess = wrongPassphrase(i);
            QVERIFY(guess != kPassphrase);
            auto opened = Profile::unlockWithPassphrase(dir, guess);
            QVERIFY2(!opened.ok(), qPrintable(QStringLiteral("attempt %1 opened the profile").arg(i)));
            QVERIFY2(opened.code() == ErrorCode::WrongPassphrase,
                     qPrintable(QStringLiteral("attempt %1: %2").arg(i).arg(opened.message())));
        }
        QCOMPARE(snapshot(dir).value(QStringLiteral("key.json")), before.value(QStringLiteral("key.json")));
        QCOMPARE(snapshot(dir).keys(), before.keys());
        QVERIFY2(snapshot(dir) == before, "a wrong passphrase changed a file of the profile");

        auto opened = Profile::unlockWithPassphrase(dir, kPassphrase);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        auto profile = std::move(opened).value();
        auto problems = profile->store().db().integrityCheck();
        QVERIFY(problems.ok());
        QVERIFY2(problems.value().isEmpty(), qPrintable(problems.value().join(u'\n')));
        auto contact = ContactRepository(profile->store()).get(contactId);
        QVERIFY2(contact.ok(), qPrintable(contact.message()));
        QCOMPARE(contact.value().name, kName);
    }

    // The same through the CLI (real KDF cost, so only a few tries): exit code 3, nothing written.
    void cliRefusesWithExitCode3()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.filePath(QStringLiteral("profile"));
        CliRun r = runCli(dir, {QStringLiteral("init"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runCli(dir, {QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--name"), kName,
                         QStringLiteral("--phone"), kPhone, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto before = snapshot(dir);
        for (int i = 0; i < 4; ++i) {
            r = runCli(dir, {QStringLiteral("contact"), QStringLiteral("list"), QStringLiteral("--json")}, {},
                       wrongPassphrase(i));
            QCOMPARE(r.exitCode, 3);
            QVERIFY(!r.out.contains(kName.toUtf8()));
            QVERIFY(!r.err.contains(kName.toUtf8()));
        }
        QVERIFY2(snapshot(dir) == before, "a wrong passphrase changed a file of the profile");
        r = runCli(dir, {QStringLiteral("contact"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QString::fromUtf8(r.out).contains(kName));
    }
};

QTEST_GUILESS_MAIN(TestPassphraseAttempts)
#include "TestPassphraseAttempts.moc"
