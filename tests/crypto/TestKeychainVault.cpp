#include "KeyTestSupport.h"

#include "crypto/Bootstrap.h"
#include "crypto/KeyVault.h"
#include "crypto/Keychain.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <unistd.h>

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace ll;
using namespace ll::test;

// The keychain half of KeyVault against a real Secret Service (gnome-keyring), started headless by
// with-test-keyring.sh; main() re-runs the test under it unless it is already inside one.
class TestKeychainVault : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    int m_counter = 0;
    const QString m_service =
        QStringLiteral("liuliang-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    QString freshDir() { return m_scratch.filePath(QStringLiteral("profile%1").arg(++m_counter)); }

    static QString keyIdOf(const KeyVault& vault)
    {
        return QJsonDocument::fromJson(readAll(vault.keyFilePath()))
            .object()
            .value(QStringLiteral("keyId"))
            .toString();
    }

    KeychainStatus entryStatus(const QString& account)
    {
        SecretBytes secret;
        return keychainRead(m_service, account, secret).status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        hardenProcess(); // as the apps do before touching the keychain
        KeyVault::setKeychainServiceForTesting(m_service);
        // Fail loudly rather than skip: this test exists to prove the real keychain path works.
        SecretBytes probe(4);
        const KeychainReply written = keychainWrite(m_service, QStringLiteral("probe"), probe);
        QVERIFY2(written.ok(), qPrintable(written.detail));
        QVERIFY(keychainDelete(m_service, QStringLiteral("probe")).ok());
    }

    void createWithKeychainOnlyUnlocksWithSameKey()
    {
        const QString dir = freshDir();
        KeyVault vault(dir);
        auto created = vault.create(KeyProtection{std::nullopt, true});
        QVERIFY2(created.ok(), qPrintable(created.message()));
        QVERIFY(vault.warning().isEmpty());
        QVERIFY(vault.hasKeychain());
        QVERIFY(!vault.hasPassphrase());

        auto unlocked = KeyVault(dir).unlockWithKeychain();
        QVERIFY2(unlocked.ok(), qPrintable(unlocked.message()));
        QVERIFY(unlocked.value() == created.value());
        QCOMPARE(KeyVault(dir).unlockWithPassphrase(QStringLiteral("any")).code(), ErrorCode::KeyUnavailable);

        // The keychain holds the raw key; the file holds nothing that reveals it.
        SecretBytes secret;
        QVERIFY(keychainRead(m_service, keyIdOf(vault), secret).ok());
        QVERIFY(DataKey::fromBytes(secret.data(), secret.size()).value() == created.value());
        const QByteArray raw(reinterpret_cast<const char*>(secret.data()), qsizetype(secret.size()));
        QVERIFY(!readAll(vault.keyFilePath()).contains(raw.toBase64()));
    }

    void missingEntryIsKeyUnavailableNotANewKey()
    {
        const QString dir = freshDir();
        KeyVault vault(dir);
        QVERIFY(vault.create(KeyProtection{std::nullopt, true}).ok());
        const QString account = keyIdOf(vault);
        QVERIFY(keychainDelete(m_service, account).ok());
        const auto before = snapshot(dir);

        QCOMPARE(vault.unlockWithKeychain().code(), ErrorCode::KeyUnavailable);
        QCOMPARE(snapshot(dir), before);
        QCOMPARE(entryStatus(account), KeychainStatus::NotFound);
    }

    void foreignEntryContentIsKeyUnavailable()
    {
        KeyVault vault(freshDir());
        QVERIFY(vault.create(KeyProtection{std::nullopt, true}).ok());
        const DataKey other = DataKey::generate();
        SecretBytes bytes(other.size());
        std::copy(other.data(), other.data() + other.size(), bytes.data());
        QVERIFY(keychainWrite(m_service, keyIdOf(vault), bytes).ok());
        QCOMPARE(vault.unlockWithKeychain().code(), ErrorCode::KeyUnavailable);
    }

    void disableKeychainRemovesTheEntry()
    {
        KeyVault vault(freshDir());
        auto created = vault.create(KeyProtection{QStringLiteral("pass"), true, fastKdf()});
        QVERIFY(created.ok());
        QVERIFY(vault.hasKeychain());
        const QString account = keyIdOf(vault);
        QCOMPARE(entryStatus(account), KeychainStatus::Ok);

        const Status disabled = vault.disableKeychain();
        QVERIFY2(disabled.ok(), qPrintable(disabled.message()));
        QVERIFY(!vault.hasKeychain());
        QCOMPARE(entryStatus(account), KeychainStatus::NotFound);
        QCOMPARE(vault.unlockWithKeychain().code(), ErrorCode::KeyUnavailable);
        QVERIFY(vault.unlockWithPassphrase(QStringLiteral("pass")).value() == created.value());
    }

    void disableKeychainRefusedWhenItHoldsTheOnlyCopy()
    {
        KeyVault vault(freshDir());
        auto created = vault.create(KeyProtection{std::nullopt, true});
        QVERIFY(created.ok());
        QCOMPARE(vault.disableKeychain().code(), ErrorCode::Conflict);
        QVERIFY(vault.unlockWithKeychain().value() == created.value());
    }

    void enableKeychainLaterUnlocksWithSameKey()
    {
        KeyVault vault(freshDir());
        auto created = vault.create(KeyProtection{QStringLiteral("pass"), false, fastKdf()});
        QVERIFY(created.ok());
        QCOMPARE(vault.enableKeychain(DataKey::generate()).code(), ErrorCode::InvalidInput);
        QVERIFY(!vault.hasKeychain());
        const Status enabled = vault.enableKeychain(created.value());
        QVERIFY2(enabled.ok(), qPrintable(enabled.message()));
        QVERIFY(vault.hasKeychain());
        QVERIFY(vault.unlockWithKeychain().value() == created.value());
        QVERIFY(vault.unlockWithPassphrase(QStringLiteral("pass")).value() == created.value());
    }

    void destroyRemovesEntryAndFile()
    {
        const QString dir = freshDir();
        KeyVault vault(dir);
        QVERIFY(vault.create(KeyProtection{QStringLiteral("pass"), true, fastKdf()}).ok());
        const QString account = keyIdOf(vault);
        const Status destroyed = vault.destroy();
        QVERIFY2(destroyed.ok(), qPrintable(destroyed.message()));
        QVERIFY(!vault.exists());
        QVERIFY(snapshot(dir).isEmpty());
        QCOMPARE(entryStatus(account), KeychainStatus::NotFound);
        QCOMPARE(vault.unlockWithKeychain().code(), ErrorCode::NotInitialised);
    }
};

int main(int argc, char** argv)
{
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
    TestKeychainVault test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestKeychainVault.moc"
