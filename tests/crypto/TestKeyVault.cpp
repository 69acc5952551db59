#include "KeyTestSupport.h"

#include "crypto/KeyVault.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <sys/stat.h>

#include <functional>

using namespace ll;
using namespace ll::test;

namespace {
const QString Pass = QStringLiteral("正确的口令 correct horse");
}

// The passphrase half of KeyVault, run with the keychain deliberately unreachable.
class TestKeyVault : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    int m_counter = 0;
    QTemporaryDir m_runtimeDir;

    QString freshDir() { return m_scratch.filePath(QStringLiteral("profile%1").arg(++m_counter)); }

    DataKey createWithPassphrase(KeyVault& vault, const QString& pass = Pass)
    {
        auto key = vault.create(KeyProtection{pass, false, fastKdf()});
        if (!key.ok())
            qFatal("create failed: %s", qPrintable(key.message()));
        return key.value();
    }

    // Rewrites one field of key.json, to simulate tampering.
    void editKeyFile(const QString& path, const std::function<void(QJsonObject&)>& edit)
    {
        QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
        edit(root);
        QVERIFY(writeAll(path, QJsonDocument(root).toJson()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        // No session bus reachable by any route (address, $XDG_RUNTIME_DIR/bus, X11 autolaunch).
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        qputenv("XDG_RUNTIME_DIR", m_runtimeDir.path().toLocal8Bit());
        KeyVault::setKeychainServiceForTesting(QStringLiteral("liuliang-test-unreachable"));
    }

    void createWithPassphraseThenUnlockGivesSameKey()
    {
        const QString dir = freshDir();
        KeyVault vault(dir);
        QVERIFY(!vault.exists());
        const DataKey created = createWithPassphrase(vault);
        QVERIFY(created.isValid());
        QVERIFY(vault.exists());
        QVERIFY(vault.hasPassphrase());
        QVERIFY(!vault.hasKeychain());

        auto unlocked = KeyVault(dir).unlockWithPassphrase(Pass); // a fresh instance: nothing cached
        QVERIFY2(unlocked.ok(), qPrintable(unlocked.message()));
        QVERIFY(unlocked.value() == created);
    }

    void wrongPassphraseNeverCreatesNewKey()
    {
        const QString dir = freshDir();
        KeyVault vault(dir);
        createWithPassphrase(vault);
        const auto before = snapshot(dir);

        auto result = vault.unlockWithPassphrase(QStringLiteral("wrong"));
        QCOMPARE(result.code(), ErrorCode::WrongPassphrase);
        QVERIFY(!result.message().isEmpty());
        QCOMPARE(snapshot(dir), before);
    }

    void twentyWrongPassphrasesStillUnlockWithTheRightOne()
    {
        const QString dir = freshDir();
        KeyVault vault(dir);
        const DataKey created = createWithPassphrase(vault);
        const QByteArray before = readAll(vault.keyFilePath());
        for (int i = 0; i < 20; ++i)
            QCOMPARE(vault.unlockWithPassphrase(QStringLiteral("guess %1").arg(i)).code(),
                     ErrorCode::WrongPassphrase);
        QCOMPARE(readAll(vault.keyFilePath()), before);
        auto unlocked = vault.unlockWithPassphrase(Pass);
        QVERIFY(unlocked.ok());
        QVERIFY(unlocked.value() == created);
    }

    void emptyPassphraseUnlocksNothing()
    {
        KeyVault vault(freshDir());
        createWithPassphrase(vault);
        QCOMPARE(vault.unlockWithPassphrase(QString()).code(), ErrorCode::WrongPassphrase);
    }

    void passphraseIsComparedInNormalisedForm()
    {
        // "é" precomposed versus e + combining accent: what two input methods may produce for one word.
        KeyVault vault(freshDir());
        const DataKey created = createWithPassphrase(vault, QStringLiteral("caf\u00e9"));
        auto unlocked = vault.unlockWithPassphrase(QStringLiteral("cafe\u0301"));
        QVERIFY(unlocked.ok());
        QVERIFY(unlocked.value() == created);
    }

    void createRefusesWhenKeyFileExists()
    {
        const QString dir = freshDir();
        KeyVault vault(dir);
        const DataKey first = createWithPassphrase(vault);
        const auto before = snapshot(dir);

        auto second = KeyVault(dir).create(KeyProtection{QStringLiteral("other"), false, fastKdf()});
        QCOMPARE(second.code(), ErrorCode::AlreadyExists);
        QCOMPARE(snapshot(dir), before);
        QVERIFY(vault.unlockWithPassphrase(Pass).value() == first);
    }

    void createRefusesWhenStoreExistsWithoutKeyFile()
    {
        const QString dir = freshDir();
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(writeAll(dir + QStringLiteral("/store.db"), QByteArray(4096, '\x5a')));
        KeyVault vault(dir);
        QCOMPARE(vault.create(KeyProtection{Pass, false, fastKdf()}).code(), ErrorCode::AlreadyExists);
        QVERIFY(!vault.exists());
        QCOMPARE(snapshot(dir).keys(), QStringList{QStringLiteral("store.db")});
    }

    void createNeedsAProtection()
    {
        const QString dir = freshDir();
        KeyVault vault(dir);
        QCOMPARE(vault.create(KeyProtection{std::nullopt, false, fastKdf()}).code(), ErrorCode::InvalidInput);
        QCOMPARE(vault.create(KeyProtection{QString(), false, fastKdf()}).code(), ErrorCode::InvalidInput);
        QCOMPARE(vault.create(KeyProtection{Pass, false, KdfParams{0, 0}}).code(), ErrorCode::InvalidInput);
        QVERIFY(!vault.exists());
    }

    void unlockWithoutKeyFileIsNotInitialised()
    {
        const QString dir = freshDir();
        KeyVault vault(dir);
        QCOMPARE(vault.unlockWithPassphrase(Pass).code(), ErrorCode::NotInitialised);
        QCOMPARE(vault.unlockWithKeychain().code(), ErrorCode::NotInitialised);
        QVERIFY(!QFileInfo::exists(dir));
    }

    void changesToMissingProfileAreNotInitialised()
    {
        const QString dir = freshDir();
        KeyVault vault(dir);
        const DataKey key = DataKey::generate();
        QCOMPARE(vault.setPassphrase(key, Pass, fastKdf()).code(), ErrorCode::NotInitialised);
        QCOMPARE(vault.enableKeychain(key).code(), ErrorCode::NotInitialised);
        QCOMPARE(vault.disableKeychain().code(), ErrorCode::NotInitialised);
        QVERIFY(vault.destroy().ok());
        QVERIFY(!QFileInfo::exists(dir));
        // An existing but empty directory: still no key file to change, and nothing is left behind.
        QVERIFY(QDir().mkpath(dir));
        QCOMPARE(vault.setPassphrase(key, Pass, fastKdf()).code(), ErrorCode::NotInitialised);
        QVERIFY(snapshot(dir).isEmpty());
    }

    void createLeavesAnExistingDirectoryModeAlone()
    {
        const QString dir = freshDir();
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                               QFileDevice::ExeGroup));
        KeyVault vault(dir);
        createWithPassphrase(vault);
        QVERIFY(QFileInfo(dir).permissions().testFlag(QFileDevice::ReadGroup));

        const QString created = freshDir() + QStringLiteral("/nested");
        KeyVault nested(created);
        createWithPassphrase(nested);
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(created).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0700));
    }

    void tamperedWrapIsRejectedNeverCrashes_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("field");
        QTest::newRow("ciphertext") << QStringLiteral("passphrase") << QStringLiteral("ciphertext");
        QTest::newRow("nonce") << QStringLiteral("passphrase") << QStringLiteral("nonce");
        QTest::newRow("salt") << QStringLiteral("passphrase") << QStringLiteral("salt");
    }

    void tamperedWrapIsRejectedNeverCrashes()
    {
        QFETCH(QString, section);
        QFETCH(QString, field);
        KeyVault vault(freshDir());
        createWithPassphrase(vault);
        const QByteArray original = readAll(vault.keyFilePath());
        const QJsonObject root = QJsonDocument::fromJson(original).object();
        const QByteArray value =
            QByteArray::fromBase64(root.value(section).toObject().value(field).toString().toLatin1());
        // Every byte position, one bit each: the AEAD tag must catch all of them.
        for (qsizetype i = 0; i < value.size(); ++i) {
            QByteArray flipped = value;
            flipped[i] = char(flipped[i] ^ 0x01);
            QVERIFY(writeAll(vault.keyFilePath(), original));
            editKeyFile(vault.keyFilePath(), [&](QJsonObject& r) {
                QJsonObject s = r.value(section).toObject();
                s.insert(field, QString::fromLatin1(flipped.toBase64()));
                r.insert(section, s);
            });
            QCOMPARE(vault.unlockWithPassphrase(Pass).code(), ErrorCode::WrongPassphrase);
        }
    }

    void tamperedKeyIdIsRejected()
    {
        KeyVault vault(freshDir());
        createWithPassphrase(vault);
        editKeyFile(vault.keyFilePath(), [](QJsonObject& r) {
            r.insert(QStringLiteral("keyId"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        });
        QCOMPARE(vault.unlockWithPassphrase(Pass).code(), ErrorCode::WrongPassphrase);
        editKeyFile(vault.keyFilePath(),
                    [](QJsonObject& r) { r.insert(QStringLiteral("keyId"), QStringLiteral("x")); });
        QCOMPARE(vault.unlockWithPassphrase(Pass).code(), ErrorCode::Corrupt);
    }

    void damagedKeyFileIsCorruptNeverCrashes_data()
    {
        QTest::addColumn<QString>("path"); // "" = whole document
        QTest::addColumn<QJsonValue>("value");
        const QString p = QStringLiteral("passphrase");
        QTest::newRow("format 2") << QStringLiteral("format") << QJsonValue(2);
        QTest::newRow("format missing") << QStringLiteral("format") << QJsonValue();
        QTest::newRow("check short") << QStringLiteral("check") << QJsonValue(QStringLiteral("AAAA"));
        QTest::newRow("check not base64") << QStringLiteral("check") << QJsonValue(QStringLiteral("%%%"));
        QTest::newRow("kdf unknown") << p + QStringLiteral(".kdf") << QJsonValue(QStringLiteral("scrypt"));
        QTest::newRow("aead unknown") << p + QStringLiteral(".aead") << QJsonValue(QStringLiteral("aes"));
        QTest::newRow("memLimit huge") << p + QStringLiteral(".memLimit") << QJsonValue(1e15);
        QTest::newRow("memLimit negative") << p + QStringLiteral(".memLimit") << QJsonValue(-1);
        QTest::newRow("opsLimit zero") << p + QStringLiteral(".opsLimit") << QJsonValue(0);
        QTest::newRow("opsLimit huge") << p + QStringLiteral(".opsLimit") << QJsonValue(1e9);
        QTest::newRow("opsLimit fraction") << p + QStringLiteral(".opsLimit") << QJsonValue(1.5);
        QTest::newRow("nonce short") << p + QStringLiteral(".nonce") << QJsonValue(QStringLiteral("AAAA"));
        QTest::newRow("ciphertext short")
            << p + QStringLiteral(".ciphertext") << QJsonValue(QStringLiteral("AAAA"));
        QTest::newRow("salt number") << p + QStringLiteral(".salt") << QJsonValue(7);
        QTest::newRow("passphrase not object") << p << QJsonValue(QStringLiteral("x"));
        QTest::newRow("no protection") << p << QJsonValue();
    }

    void damagedKeyFileIsCorruptNeverCrashes()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        KeyVault vault(freshDir());
        createWithPassphrase(vault);
        editKeyFile(vault.keyFilePath(), [&](QJsonObject& r) {
            const QStringList parts = path.split(QLatin1Char('.'));
            if (parts.size() == 1) {
                if (value.isUndefined() || value.isNull())
                    r.remove(parts[0]);
                else
                    r.insert(parts[0], value);
                return;
            }
            QJsonObject s = r.value(parts[0]).toObject();
            s.insert(parts[1], value);
            r.insert(parts[0], s);
        });
        QCOMPARE(vault.unlockWithPassphrase(Pass).code(), ErrorCode::Corrupt);
    }

    void unparsableKeyFileIsCorrupt_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\x00\xff garbage", 10);
        QTest::newRow("array") << QByteArray("[1,2,3]");
        QTest::newRow("huge") << QByteArray(200 * 1024, ' ');
    }

    void unparsableKeyFileIsCorrupt()
    {
        QFETCH(QByteArray, content);
        const QString dir = freshDir();
        KeyVault vault(dir);
        createWithPassphrase(vault);
        QVERIFY(writeAll(vault.keyFilePath(), content));
        QCOMPARE(vault.unlockWithPassphrase(Pass).code(), ErrorCode::Corrupt);
        QCOMPARE(vault.unlockWithKeychain().code(), ErrorCode::Corrupt);
        // Still not a first run: the damaged file must be dealt with, not overwritten.
        QCOMPARE(vault.create(KeyProtection{Pass, false, fastKdf()}).code(), ErrorCode::AlreadyExists);
        QCOMPARE(readAll(vault.keyFilePath()), content);
    }

    void setPassphraseReplacesTheOldOne()
    {
        KeyVault vault(freshDir());
        const DataKey key = createWithPassphrase(vault);
        const QString newPass = QStringLiteral("新口令");
        const Status changed = vault.setPassphrase(key, newPass, fastKdf());
        QVERIFY2(changed.ok(), qPrintable(changed.message()));
        QCOMPARE(vault.unlockWithPassphrase(Pass).code(), ErrorCode::WrongPassphrase);
        auto unlocked = vault.unlockWithPassphrase(newPass);
        QVERIFY(unlocked.ok());
        QVERIFY(unlocked.value() == key);
    }

    void setPassphraseRefusesAKeyOfAnotherProfile()
    {
        KeyVault vault(freshDir());
        createWithPassphrase(vault);
        const QByteArray before = readAll(vault.keyFilePath());
        QCOMPARE(vault.setPassphrase(DataKey::generate(), QStringLiteral("x"), fastKdf()).code(),
                 ErrorCode::InvalidInput);
        QCOMPARE(vault.setPassphrase(DataKey(), QStringLiteral("x"), fastKdf()).code(),
                 ErrorCode::InvalidInput);
        QCOMPARE(readAll(vault.keyFilePath()), before);
    }

    void kdfParamsAreStoredAndReadBack()
    {
        KeyVault vault(freshDir());
        const KdfParams custom{2, 16u << 20};
        const DataKey key = vault.create(KeyProtection{Pass, false, custom}).value();
        QCOMPARE(vault.passphraseKdfParams(), std::optional<KdfParams>(custom));
        const QJsonObject p = QJsonDocument::fromJson(readAll(vault.keyFilePath()))
                                  .object()
                                  .value(QStringLiteral("passphrase"))
                                  .toObject();
        QCOMPARE(p.value(QStringLiteral("kdf")).toString(), QStringLiteral("argon2id13"));
        QCOMPARE(p.value(QStringLiteral("opsLimit")).toInteger(), 2);
        QCOMPARE(p.value(QStringLiteral("memLimit")).toInteger(), 16 << 20);

        // Raising the cost later re-wraps the same key.
        const KdfParams raised{3, 32u << 20};
        QVERIFY(vault.setPassphrase(key, Pass, raised).ok());
        QCOMPARE(vault.passphraseKdfParams(), std::optional<KdfParams>(raised));
        QVERIFY(vault.unlockWithPassphrase(Pass).value() == key);
    }

    void defaultKdfParamsAreStoredAndUnlock()
    {
        // How long the default costs is measured in bench/, never asserted here.
        QCOMPARE(KdfParams::defaults(), (KdfParams{3, 256u << 20}));
        KeyVault vault(freshDir());
        const DataKey key = vault.create(KeyProtection{Pass, false}).value();
        QCOMPARE(vault.passphraseKdfParams(), std::optional<KdfParams>(KdfParams::defaults()));
        auto unlocked = vault.unlockWithPassphrase(Pass);
        QVERIFY(unlocked.ok());
        QVERIFY(unlocked.value() == key);
    }

    void keyFileIsOwnerReadWriteOnly()
    {
        KeyVault vault(freshDir());
        const DataKey key = createWithPassphrase(vault);
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(vault.keyFilePath()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        // Rewritten files keep it.
        QVERIFY(vault.setPassphrase(key, QStringLiteral("again"), fastKdf()).ok());
        QCOMPARE(::stat(QFile::encodeName(vault.keyFilePath()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
    }

    void keyFileNeverContainsTheRawKey()
    {
        KeyVault vault(freshDir());
        const DataKey key = createWithPassphrase(vault);
        const QByteArray file = readAll(vault.keyFilePath());
        const QByteArray raw(reinterpret_cast<const char*>(key.data()), qsizetype(key.size()));
        QVERIFY(!file.contains(raw));
        QVERIFY(!file.contains(raw.toHex()));
        QVERIFY(!file.toLower().contains(raw.toHex()));
        QVERIFY(!file.contains(raw.toBase64()));
        QVERIFY(!file.contains(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
        QVERIFY(!file.contains(raw.left(8)));
    }

    void destroyRemovesTheKeyFile()
    {
        const QString dir = freshDir();
        KeyVault vault(dir);
        createWithPassphrase(vault);
        const Status destroyed = vault.destroy();
        QVERIFY2(destroyed.ok(), qPrintable(destroyed.message()));
        QVERIFY(!vault.exists());
        QVERIFY(snapshot(dir).isEmpty());
        QCOMPARE(vault.unlockWithPassphrase(Pass).code(), ErrorCode::NotInitialised);
        QVERIFY(vault.destroy().ok()); // idempotent
    }

    void unreachableKeychainUnlockIsKeyUnavailableAndWritesNothing()
    {
        const QString dir = freshDir();
        KeyVault vault(dir);
        createWithPassphrase(vault);
        // A file that says the key is also in the keychain, as written on a desktop session.
        editKeyFile(vault.keyFilePath(), [](QJsonObject& r) {
            QJsonObject k;
            k.insert(QStringLiteral("service"), QStringLiteral("liuliang-test-unreachable"));
            k.insert(QStringLiteral("account"), r.value(QStringLiteral("keyId")));
            r.insert(QStringLiteral("keychain"), k);
        });
        QVERIFY(vault.hasKeychain());
        const auto before = snapshot(dir);
        auto result = vault.unlockWithKeychain();
        QCOMPARE(result.code(), ErrorCode::KeyUnavailable);
        QCOMPARE(snapshot(dir), before);
        QVERIFY(vault.unlockWithPassphrase(Pass).ok());
    }

    void unlockWithKeychainOnPassphraseOnlyProfileIsKeyUnavailable()
    {
        const QString dir = freshDir();
        KeyVault vault(dir);
        createWithPassphrase(vault);
        const auto before = snapshot(dir);
        QCOMPARE(vault.unlockWithKeychain().code(), ErrorCode::KeyUnavailable);
        QCOMPARE(snapshot(dir), before);
    }

    void keychainOnlyCreateFailsWhenKeychainUnreachable()
    {
        const QString dir = freshDir();
        KeyVault vault(dir);
        auto result = vault.create(KeyProtection{std::nullopt, true, fastKdf()});
        QCOMPARE(result.code(), ErrorCode::KeyUnavailable);
        QVERIFY(!result.message().isEmpty());
        QVERIFY(!vault.exists());
        QVERIFY(!QFileInfo::exists(dir)); // not even the directory it would have created
    }

    void keychainWithPassphraseFallsBackToPassphraseWithWarning()
    {
        KeyVault vault(freshDir());
        auto created = vault.create(KeyProtection{Pass, true, fastKdf()});
        QVERIFY2(created.ok(), qPrintable(created.message()));
        QVERIFY(!vault.warning().isEmpty());
        QVERIFY(vault.hasPassphrase());
        QVERIFY(!vault.hasKeychain());
        QVERIFY(vault.unlockWithPassphrase(Pass).value() == created.value());
    }

    void enableKeychainWhenUnreachableLeavesFileUnchanged()
    {
        KeyVault vault(freshDir());
        const DataKey key = createWithPassphrase(vault);
        const QByteArray before = readAll(vault.keyFilePath());
        QCOMPARE(vault.enableKeychain(key).code(), ErrorCode::KeyUnavailable);
        QCOMPARE(readAll(vault.keyFilePath()), before);
        QVERIFY(vault.disableKeychain().ok()); // nothing to disable
        QCOMPARE(readAll(vault.keyFilePath()), before);
    }
};

QTEST_GUILESS_MAIN(TestKeyVault)
#include "TestKeyVault.moc"
