// Issue #8: someone who copies the profile directory (store, WAL, SHM, key file, material blobs) must
// find no customer data in it — not as UTF-8, not as UTF-16, not as bare phone digits — also after a
// WAL checkpoint and after the CLI was SIGKILLed in the middle of a write.
#include "SecurityTestSupport.h"
#include "domain/ContactRepository.h"
#include "profile/Profile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ll;
using namespace ll::sectest;

namespace {

const QString kName = QStringLiteral("欧阳娜娜");
const QString kOtherName = QStringLiteral("司马光明");
const QString kNickname = QStringLiteral("小橘子猫");
const QString kWechat = QStringLiteral("wx_secret_oyy8817");
const QString kPhone = QStringLiteral("+86 139-1234-5678");
const QString kOtherPhone = QStringLiteral("18687654321");
const QString kNote = QStringLiteral("喜欢玫瑰香薰 note-secret-7731");
const QString kFollowUpNote = QStringLiteral("约好周六到店试用 followup-secret-5521");
const QString kWalName = QStringLiteral("慕容雪晴");
const QString kWalPhone = QStringLiteral("13677889900");
const QString kKilledName = QStringLiteral("诸葛晓月");
const QString kKilledPhone = QStringLiteral("13522446688");
const QByteArray kMaterialMarker = "MATERIAL-MARKER-9f3c1b7e-plaintext";

QList<Needle> customerNeedles()
{
    QList<Needle> needles =
        needlesFor({kName, kOtherName, kNickname, kWechat, kNote, kFollowUpNote, kKilledName, kWalName});
    needles << phoneNeedles({kPhone, kOtherPhone, kKilledPhone, kWalPhone});
    needles.append({QStringLiteral("material marker"), kMaterialMarker});
    return needles;
}

} // namespace

class TestDataAtRest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_profile;

    void expectClean(const char* when)
    {
        const QStringList files = filesUnder(m_profile);
        QVERIFY2(files.contains(QStringLiteral("store.db")), qPrintable(files.join(u' ')));
        QVERIFY2(files.contains(QStringLiteral("key.json")), qPrintable(files.join(u' ')));
        const QStringList leaks = findInDirectory(m_profile, customerNeedles());
        QVERIFY2(leaks.isEmpty(),
                 qPrintable(QStringLiteral("%1: plaintext in %2")
                                .arg(QLatin1String(when), leaks.join(QStringLiteral("; ")))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_profile = m_tmp.filePath(QStringLiteral("profile"));
    }

    // The scanner itself must see plaintext, or every later "clean" would prove nothing.
    void scannerFindsPlantedPlaintext()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("sub/planted.bin")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sub")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QString name = kName;
        f.write("xx");
        f.write(reinterpret_cast<const char*>(name.utf16()), name.size() * 2);
        f.write("--13912345678--");
        f.close();
        const QStringList found = findInDirectory(dir.path(), customerNeedles());
        QCOMPARE(found.size(), 2);
        QVERIFY(found.join(u' ').contains(QStringLiteral("UTF-16LE")));
    }

    void fillProfileThroughTheCli()
    {
        CliRun r = runCli(m_profile,
                          {QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("留量"),
                           QStringLiteral("--store"), QStringLiteral("南京东路店"), QStringLiteral("--staff"),
                           QStringLiteral("王导购"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        r = runCli(m_profile, {QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--name"),
                               kName, QStringLiteral("--nickname"), kNickname, QStringLiteral("--wechat"),
                               kWechat, QStringLiteral("--phone"), kPhone, QStringLiteral("--notes"), kNote,
                               QStringLiteral("--city"), QStringLiteral("上海"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString id = r.json().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());

        r = runCli(m_profile, {QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--name"),
                               kOtherName, QStringLiteral("--phone"), kOtherPhone, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        r = runCli(m_profile, {QStringLiteral("followup"), QStringLiteral("add"), id,
                               QStringLiteral("--kind"), QStringLiteral("call"), QStringLiteral("--note"),
                               kFollowUpNote, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        const QString file = m_tmp.filePath(QStringLiteral("海报.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 200; ++i)
            f.write(kMaterialMarker + " 海报文字 " + QByteArray::number(i) + '\n');
        f.close();
        r = runCli(m_profile,
                   {QStringLiteral("material"), QStringLiteral("add"), file, QStringLiteral("--kind"),
                    QStringLiteral("document"), QStringLiteral("--title"), QStringLiteral("双11海报"),
                    QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        // The data really is there (so a clean scan means "encrypted", not "never written").
        r = runCli(m_profile, {QStringLiteral("contact"), QStringLiteral("show"), id,
                               QStringLiteral("--json"), QStringLiteral("--reveal")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QString::fromUtf8(r.out).contains(kFollowUpNote));
        QVERIFY(QString::fromUtf8(r.out).contains(kWechat));
    }

    void noPlaintextAfterWrites() { expectClean("after CLI writes"); }

    void noPlaintextWithWalPresent()
    {
        // Holding the store open with a fresh write keeps the -wal/-shm files on disk while we scan.
        auto opened = Profile::unlockWithPassphrase(m_profile, kPassphrase);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        auto profile = std::move(opened).value();
        QVERIFY(profile->store().db().exec("PRAGMA wal_autocheckpoint=0").ok());
        ContactInput input;
        input.name = kWalName;
        input.phones = QStringList{kWalPhone};
        input.notes = kNote;
        auto added = ContactRepository(profile->store()).add(input);
        QVERIFY2(added.ok(), qPrintable(added.message()));
        const QStringList files = filesUnder(m_profile);
        QVERIFY2(files.contains(QStringLiteral("store.db-wal")), qPrintable(files.join(u' ')));
        expectClean("with the WAL open");
        QVERIFY(profile->store().db().exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
        expectClean("after a checkpoint");
    }

    void noPlaintextAfterKillsMidWrite()
    {
        // SIGKILL `contact add` at spread-out moments (the Argon2id unlock alone takes about 0.5 s, so
        // the later kills land in or after the write): whatever the WAL holds then must be ciphertext.
        int killed = 0;
        for (int i = 0; i < 6; ++i) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QLatin1String(kPassphraseVar), kPassphrase);
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(LIULIANG_CLI_PATH),
                    {QStringLiteral("--profile"), m_profile, QStringLiteral("--passphrase-env"),
                     QLatin1String(kPassphraseVar), QStringLiteral("contact"), QStringLiteral("add"),
                     QStringLiteral("--name"), kKilledName, QStringLiteral("--phone"), kKilledPhone,
                     QStringLiteral("--notes"), kNote});
            QVERIFY(p.waitForStarted(10'000));
            if (!p.waitForFinished(300 + i * 150)) {
                p.kill();
                ++killed;
            }
            p.waitForFinished(10'000);
            expectClean("after a SIGKILL mid-write");
        }
        qInfo("%d of 6 runs were killed before they finished", killed);
        const CliRun r = runCli(m_profile, {QStringLiteral("check")});
        QVERIFY2(r.exitCode == 0, r.out + r.err);
        expectClean("after check");
    }

    void materialExportStillWorks()
    {
        // The blob is encrypted, not lost: export gives back the marker.
        const CliRun list =
            runCli(m_profile, {QStringLiteral("material"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        const QString id = list.json()
                               .value(QStringLiteral("materials"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString();
        QVERIFY(!id.isEmpty());
        const QString out = m_tmp.filePath(QStringLiteral("exported.txt"));
        const CliRun r = runCli(m_profile, {QStringLiteral("material"), QStringLiteral("export"), id,
                                            QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(readFile(out).contains(kMaterialMarker));
    }
};

QTEST_GUILESS_MAIN(TestDataAtRest)
#include "TestDataAtRest.moc"
