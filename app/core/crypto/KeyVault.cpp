#include "crypto/KeyVault.h"

#include "crypto/KeyCheck.h"
#include "crypto/KeyFile.h"
#include "crypto/Keychain.h"
#include "crypto/PassphraseWrap.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMutex>
#include <QScopeGuard>
#include <QUuid>

#include <cstring>
#include <memory>

namespace ll {

namespace {

Q_GLOBAL_STATIC(QMutex, serviceMutex)
Q_GLOBAL_STATIC_WITH_ARGS(QString, serviceName, (QStringLiteral("Liuliang")))

// Serialises key-file changes between processes (desktop app and CLI on one profile): two concurrent
// first runs must not both mint a key, and a read-modify-write must not lose the other's section.
Result<std::unique_ptr<QLockFile>> lockProfile(const QString& profileDir)
{
    if (!QFileInfo(profileDir).isDir())
        return makeError(ErrorCode::NotInitialised,
                         QCoreApplication::translate("ll::KeyVault", "No profile at %1.").arg(profileDir));
    auto lock = std::make_unique<QLockFile>(profileDir + QStringLiteral("/key.json.lock"));
    if (lock->tryLock(10000))
        return lock;
    if (lock->error() == QLockFile::LockFailedError)
        return makeError(
            ErrorCode::Conflict,
            QCoreApplication::translate("ll::KeyVault", "Another Liuliang process is changing the key."));
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("ll::KeyVault", "Cannot lock %1.").arg(lock->fileName()));
}

Error wrongKey()
{
    return makeError(
        ErrorCode::InvalidInput,
        QCoreApplication::translate("ll::KeyVault", "This key does not belong to this profile."));
}

Error keychainError(const KeychainReply& reply)
{
    const ErrorCode code =
        reply.status == KeychainStatus::Denied ? ErrorCode::PermissionDenied : ErrorCode::KeyUnavailable;
    return makeError(code,
                     QCoreApplication::translate("ll::KeyVault", "The system keychain is unavailable: %1")
                         .arg(reply.detail));
}

SecretBytes rawKeyBytes(const DataKey& key)
{
    SecretBytes out(key.size());
    std::memcpy(out.data(), key.data(), key.size());
    return out;
}

Status validatePassphrase(const QString& passphrase, const KdfParams& kdf)
{
    if (passphrase.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("ll::KeyVault", "The passphrase must not be empty."));
    if (!kdf.isWithinBounds())
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("ll::KeyVault", "The key derivation parameters are out of range."));
    return {};
}

} // namespace

KeyVault::KeyVault(QString profileDir)
    : m_profileDir(std::move(profileDir))
{}

void KeyVault::setKeychainServiceForTesting(const QString& service)
{
    QMutexLocker locker(serviceMutex());
    *serviceName() = service;
}

QString KeyVault::keychainService()
{
    QMutexLocker locker(serviceMutex());
    return *serviceName();
}

QString KeyVault::keyFilePath() const
{
    return m_profileDir + QStringLiteral("/key.json");
}
QString KeyVault::storePath() const
{
    return m_profileDir + QStringLiteral("/store.db");
}

bool KeyVault::exists() const
{
    return QFile::exists(keyFilePath());
}

bool KeyVault::hasPassphrase() const
{
    const auto file = readKeyFile(keyFilePath());
    return file.ok() && file->passphrase.has_value();
}

bool KeyVault::hasKeychain() const
{
    const auto file = readKeyFile(keyFilePath());
    return file.ok() && file->keychain.has_value();
}

std::optional<KdfParams> KeyVault::passphraseKdfParams() const
{
    const auto file = readKeyFile(keyFilePath());
    if (!file.ok() || !file->passphrase)
        return std::nullopt;
    return file->passphrase->kdf;
}

Result<DataKey> KeyVault::create(const KeyProtection& protection)
{
    m_warning.clear();
    if (!protection.passphrase && !protection.useKeychain)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("ll::KeyVault",
                                                     "Choose a passphrase, the system keychain, or both."));
    if (protection.passphrase)
        LL_TRY(validatePassphrase(*protection.passphrase, protection.kdf));

    // Only a directory we create is narrowed to 0700; an existing one was chosen by the user.
    const bool createDir = !QFileInfo::exists(m_profileDir);
    if (createDir) {
        if (!QDir().mkpath(m_profileDir))
            return makeError(
                ErrorCode::Io,
                QCoreApplication::translate("ll::KeyVault", "Cannot create %1.").arg(m_profileDir));
        QFile::setPermissions(m_profileDir,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    // A failed first run leaves no empty profile behind (rmdir only removes an empty directory). Declared
    // before the lock so it runs after the lock file is gone.
    bool succeeded = false;
    const auto removeCreatedDir = qScopeGuard([&] {
        if (createDir && !succeeded)
            QDir().rmdir(m_profileDir);
    });
    const auto lock = lockProfile(m_profileDir);
    if (!lock)
        return lock.error();

    // A store without a key file is lost data, not a first run: a new key could never open it.
    if (exists() || QFile::exists(storePath()) || QFile::exists(storePath() + QStringLiteral("-wal")))
        return makeError(
            ErrorCode::AlreadyExists,
            QCoreApplication::translate("ll::KeyVault", "%1 already holds a profile.").arg(m_profileDir));

    DataKey key = DataKey::generate();
    KeyFile file;
    file.keyId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    file.check = keyCheckValue(key, file.keyId);

    if (protection.passphrase) {
        auto wrapped =
            wrapKey(key, passphraseBytes(*protection.passphrase), protection.kdf, file.additionalData());
        if (!wrapped)
            return wrapped.error();
        file.passphrase = std::move(wrapped.value());
    }

    bool wroteKeychain = false;
    if (protection.useKeychain) {
        const KeychainRef ref{keychainService(), file.keyId};
        const KeychainReply reply = keychainWrite(ref.service, ref.account, rawKeyBytes(key));
        if (reply.ok()) {
            file.keychain = ref;
            wroteKeychain = true;
        } else if (!protection.passphrase) {
            return keychainError(reply);
        } else {
            m_warning = QCoreApplication::translate(
                            "ll::KeyVault", "The system keychain is unavailable (%1); the key is protected "
                                            "by the passphrase only.")
                            .arg(reply.detail);
        }
    }

    if (const Status written = writeKeyFile(keyFilePath(), file); !written) {
        // Leave nothing behind: a keychain entry without its key file is an orphaned copy of the key.
        if (wroteKeychain)
            keychainDelete(file.keychain->service, file.keychain->account);
        return written.error();
    }
    succeeded = true;
    return key;
}

Result<DataKey> KeyVault::unlockWithPassphrase(const QString& passphrase) const
{
    auto file = readKeyFile(keyFilePath());
    if (!file)
        return file.error();
    if (!file->passphrase)
        return makeError(ErrorCode::KeyUnavailable,
                         QCoreApplication::translate("ll::KeyVault", "This profile has no passphrase."));
    auto key = unwrapKey(*file->passphrase, passphraseBytes(passphrase), file->additionalData());
    if (!key)
        return key.error();
    // Authenticated decryption succeeded, so a mismatch means the file was assembled from two profiles.
    if (!keyMatchesCheck(*key, file->keyId, file->check))
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("ll::KeyVault", "The key file is inconsistent."));
    return key;
}

Result<DataKey> KeyVault::unlockWithKeychain() const
{
    auto file = readKeyFile(keyFilePath());
    if (!file)
        return file.error();
    if (!file->keychain)
        return makeError(ErrorCode::KeyUnavailable,
                         QCoreApplication::translate(
                             "ll::KeyVault", "This profile does not keep its key in the system keychain."));
    SecretBytes secret;
    const KeychainReply reply = keychainRead(file->keychain->service, file->keychain->account, secret);
    if (reply.status == KeychainStatus::NotFound)
        return makeError(
            ErrorCode::KeyUnavailable,
            QCoreApplication::translate("ll::KeyVault", "The system keychain has no key for this profile."));
    if (!reply.ok())
        return keychainError(reply);
    auto key = DataKey::fromBytes(secret.data(), secret.size());
    if (!key || !keyMatchesCheck(*key, file->keyId, file->check))
        return makeError(ErrorCode::KeyUnavailable,
                         QCoreApplication::translate(
                             "ll::KeyVault", "The system keychain entry does not hold this profile's key."));
    return key;
}

Status KeyVault::setPassphrase(const DataKey& key, const QString& newPassphrase, KdfParams params)
{
    m_warning.clear();
    LL_TRY(validatePassphrase(newPassphrase, params));
    const auto lock = lockProfile(m_profileDir);
    if (!lock)
        return lock.error();
    auto file = readKeyFile(keyFilePath());
    if (!file)
        return file.error();
    if (!keyMatchesCheck(key, file->keyId, file->check))
        return wrongKey();
    auto wrapped = wrapKey(key, passphraseBytes(newPassphrase), params, file->additionalData());
    if (!wrapped)
        return wrapped.error();
    file->passphrase = std::move(wrapped.value());
    return writeKeyFile(keyFilePath(), *file);
}

Status KeyVault::enableKeychain(const DataKey& key)
{
    m_warning.clear();
    const auto lock = lockProfile(m_profileDir);
    if (!lock)
        return lock.error();
    auto file = readKeyFile(keyFilePath());
    if (!file)
        return file.error();
    if (!keyMatchesCheck(key, file->keyId, file->check))
        return wrongKey();
    const KeychainRef ref{keychainService(), file->keyId};
    const KeychainReply reply = keychainWrite(ref.service, ref.account, rawKeyBytes(key));
    if (!reply.ok())
        return keychainError(reply);
    const std::optional<KeychainRef> previous = file->keychain;
    file->keychain = ref;
    if (const Status written = writeKeyFile(keyFilePath(), *file); !written) {
        if (!previous || previous->service != ref.service)
            keychainDelete(ref.service, ref.account);
        return written;
    }
    if (previous && previous->service != ref.service)
        keychainDelete(previous->service, previous->account);
    return {};
}

Status KeyVault::disableKeychain()
{
    m_warning.clear();
    const auto lock = lockProfile(m_profileDir);
    if (!lock)
        return lock.error();
    auto file = readKeyFile(keyFilePath());
    if (!file)
        return file.error();
    if (!file->keychain)
        return {};
    if (!file->passphrase)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate(
                             "ll::KeyVault", "Set a passphrase before removing the key from the keychain."));
    // Entry first: if rewriting the file then fails, the file merely points at a missing entry, which
    // unlockWithKeychain reports as KeyUnavailable; the reverse order could strand the raw key.
    const KeychainReply reply = keychainDelete(file->keychain->service, file->keychain->account);
    if (!reply.ok() && reply.status != KeychainStatus::NotFound)
        return keychainError(reply);
    file->keychain.reset();
    return writeKeyFile(keyFilePath(), *file);
}

Status KeyVault::destroy()
{
    m_warning.clear();
    if (!QDir(m_profileDir).exists())
        return {};
    const auto lock = lockProfile(m_profileDir);
    if (!lock)
        return lock.error();
    // A damaged file is still shredded; only a readable one can name a keychain entry.
    const auto file = readKeyFile(keyFilePath());
    if (file.ok() && file->keychain) {
        // Keep the file when the entry cannot be removed: it is the only record of where the raw key
        // lives, so the user can retry once the keychain is reachable.
        const KeychainReply reply = keychainDelete(file->keychain->service, file->keychain->account);
        if (!reply.ok() && reply.status != KeychainStatus::NotFound)
            return keychainError(reply);
    }
    return shredFile(keyFilePath());
}

} // namespace ll
