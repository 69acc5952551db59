#include "profile/Profile.h"
#include "store/Statement.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ll;

class TestProfile : public QObject
{
    Q_OBJECT

private:
    static KeyProtection passphrase(const QString& p) { return KeyProtection{p, false}; }

private slots:
    void createThenUnlockWithPassphraseOpensSameStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("p");
        {
            auto profile = Profile::create(path, passphrase("correct horse"));
            QVERIFY2(profile.ok(), qPrintable(profile.message()));
            QVERIFY(profile.value()->store().setMeta("marker", "kept").ok());
        }
        auto profile = Profile::unlockWithPassphrase(path, "correct horse");
        QVERIFY2(profile.ok(), qPrintable(profile.message()));
        QCOMPARE(profile.value()->store().meta("marker").value(), QStringLiteral("kept"));
        const auto perms = QFile::permissions(path);
        QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther)));
    }

    void wrongPassphraseNeverCreatesNewKey()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("p");
        QVERIFY(Profile::create(path, passphrase("right")).ok());
        QFile keyFile(path + "/key.json");
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QByteArray before = keyFile.readAll();
        keyFile.close();
        auto wrong = Profile::unlockWithPassphrase(path, "wrong");
        QCOMPARE(wrong.code(), ErrorCode::WrongPassphrase);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QCOMPARE(keyFile.readAll(), before);
        QVERIFY(Profile::unlockWithPassphrase(path, "right").ok());
    }

    void createRefusesOverExistingStoreEvenWithoutKeyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("p");
        QVERIFY(Profile::create(path, passphrase("one")).ok());
        QVERIFY(QFile::remove(path + "/key.json"));
        auto again = Profile::create(path, passphrase("two"));
        QCOMPARE(again.code(), ErrorCode::AlreadyExists);
        QVERIFY(!QFile::exists(path + "/key.json"));
    }

    void missingKeychainEntryIsNotAFirstRun()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("p");
        QVERIFY(Profile::create(path, passphrase("one")).ok());
        auto viaKeychain = Profile::unlockWithKeychain(path);
        QVERIFY(!viaKeychain.ok());
        QCOMPARE(viaKeychain.code(), ErrorCode::KeyUnavailable);
        QVERIFY(Profile::unlockWithPassphrase(path, "one").ok());
    }

    void wipeRemovesKeyStoreAndWal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("p");
        {
            auto profile = Profile::create(path, passphrase("one"));
            QVERIFY(profile.ok());
        }
        QVERIFY(Profile::wipe(path).ok());
        for (const char* name : {"/key.json", "/store.db", "/store.db-wal", "/store.db-shm"})
            QVERIFY2(!QFile::exists(path + name), name);
        QVERIFY(!Profile::exists(path));
        QCOMPARE(Profile::unlockWithPassphrase(path, "one").code(), ErrorCode::NotInitialised);
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "TestProfile.moc"
