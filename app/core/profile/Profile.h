#pragma once

#include "crypto/DataKey.h"
#include "crypto/KeyVault.h"
#include "store/Store.h"
#include "util/Result.h"

#include <QString>

#include <memory>

namespace ll {

// A profile directory: the wrapped data key (key.json) and the encrypted store (store.db).
// Creating one never overwrites existing data; unlocking never creates a key.
class Profile
{
public:
    static QString defaultDirectory();
    // True when the directory holds a key file or a store: anything but a first run.
    static bool exists(const QString& dir);

    static Result<std::unique_ptr<Profile>> create(const QString& dir, const KeyProtection& protection);
    static Result<std::unique_ptr<Profile>> unlockWithPassphrase(const QString& dir,
                                                                 const QString& passphrase);
    static Result<std::unique_ptr<Profile>> unlockWithKeychain(const QString& dir);

    // Crypto-shredding for a departed account: the key goes first, then the store and its WAL/SHM.
    static Status wipe(const QString& dir);

    QString directory() const { return m_dir; }
    Store& store() { return *m_store; }
    KeyVault& vault() { return m_vault; }
    QString warning() const { return m_warning; }
    // Another connection to this profile's store with the same key, for a worker thread that must not share
    // the UI's connection (the desktop app's sync). The key never leaves locked memory.
    Result<std::unique_ptr<Store>> openConnection() const;

private:
    Profile(QString dir, std::unique_ptr<Store> store, DataKey key);
    static Result<std::unique_ptr<Profile>> openWith(const QString& dir, const DataKey& key);
    static Status prepareDirectory(const QString& dir);

    QString m_dir;
    KeyVault m_vault;
    std::unique_ptr<Store> m_store;
    QString m_warning;
    DataKey m_key; // kept (locked memory) only to open further connections; SQLCipher holds it anyway
};

} // namespace ll
