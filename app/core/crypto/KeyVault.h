#pragma once

#include "crypto/DataKey.h"
#include "crypto/KdfParams.h"
#include "util/Result.h"

#include <QString>

#include <optional>

namespace ll {

struct KeyProtection
{
    std::optional<QString> passphrase;
    bool useKeychain = false;
    KdfParams kdf = KdfParams::defaults(); // for the passphrase wrap; tests lower it to stay fast
};

// The wrapped data key of one profile directory (<profileDir>/key.json, format in crypto/KeyFile.h).
// The key exists unwrapped only in memory: on disk it is sealed under a passphrase, in the OS keychain
// it is the keychain's own encryption that wraps it. Keychain calls block (see crypto/Keychain.h):
// use them from the main thread with a QCoreApplication.
class KeyVault
{
public:
    explicit KeyVault(QString profileDir);

    QString keyFilePath() const;
    bool exists() const;
    bool hasPassphrase() const;
    bool hasKeychain() const;
    std::optional<KdfParams> passphraseKdfParams() const; // to decide whether to re-wrap with stronger ones

    // First run only. Refuses (AlreadyExists) when a key file or a store already exists: minting a new
    // key over existing data would make that data unreadable.
    Result<DataKey> create(const KeyProtection& protection);

    Result<DataKey> unlockWithPassphrase(const QString& passphrase) const;
    // Only ever reads. A missing entry is KeyUnavailable, never a reason to create a key.
    Result<DataKey> unlockWithKeychain() const;

    Status setPassphrase(const DataKey& key, const QString& newPassphrase,
                         KdfParams params = KdfParams::defaults());
    Status enableKeychain(const DataKey& key);
    // Refused while the keychain holds the only copy: dropping it would lose the key.
    Status disableKeychain();
    // Crypto-shredding: once the keychain entry and key file are gone, the store cannot be decrypted.
    Status destroy();

    QString warning() const { return m_warning; }

    static void setKeychainServiceForTesting(const QString& service);
    static QString keychainService();

private:
    QString storePath() const;

    QString m_profileDir;
    QString m_warning;
};

} // namespace ll
