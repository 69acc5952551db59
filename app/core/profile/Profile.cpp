#include "profile/Profile.h"

#include "crypto/DataKey.h"
#include "search/SearchFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace ll {

namespace {

// Messages of this file, filed under ll::Profile for lupdate and at run time alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::Profile)
};

QString storePath(const QString& dir)
{
    return QDir(dir).filePath(QLatin1String(Store::FileName));
}

} // namespace

Profile::Profile(QString dir, std::unique_ptr<Store> store, DataKey key)
    : m_dir(std::move(dir))
    , m_vault(m_dir)
    , m_store(std::move(store))
    , m_key(std::move(key))
{}

Result<std::unique_ptr<Store>> Profile::openConnection() const
{
    return Store::open(m_dir, m_key, false);
}

QString Profile::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("profile"));
}

bool Profile::exists(const QString& dir)
{
    return KeyVault(dir).exists() || QFileInfo::exists(storePath(dir));
}

Status Profile::prepareDirectory(const QString& dir)
{
    if (!QDir().mkpath(dir))
        return makeError(ErrorCode::Io, Text::tr("Cannot create the profile directory %1.").arg(dir));
    // 0700: other local users must not even list the profile.
    if (!QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return makeError(ErrorCode::Io, Text::tr("Cannot restrict permissions of %1.").arg(dir));
    return {};
}

Result<std::unique_ptr<Profile>> Profile::create(const QString& dir, const KeyProtection& protection)
{
    if (exists(dir))
        return makeError(
            ErrorCode::AlreadyExists,
            Text::tr("A profile already exists in %1; unlock it instead of creating a new one.").arg(dir));
    LL_TRY(prepareDirectory(dir));
    KeyVault vault(dir);
    auto key = vault.create(protection);
    if (!key.ok())
        return key.error();
    auto store = Store::open(dir, key.value(), true);
    if (!store.ok())
        return store.error();
    std::unique_ptr<Profile> profile(new Profile(dir, std::move(store.value()), key.value()));
    profile->m_warning = vault.warning();
    return profile;
}

Result<std::unique_ptr<Profile>> Profile::openWith(const QString& dir, const DataKey& key)
{
    if (!QFileInfo::exists(storePath(dir)))
        return makeError(ErrorCode::NotInitialised,
                         Text::tr("The key was found but the store %1 is missing.").arg(storePath(dir)));
    auto store = Store::open(dir, key, false);
    if (!store.ok())
        return store.error();
    return std::unique_ptr<Profile>(new Profile(dir, std::move(store.value()), key));
}

Result<std::unique_ptr<Profile>> Profile::unlockWithPassphrase(const QString& dir, const QString& passphrase)
{
    KeyVault vault(dir);
    if (!vault.exists())
        return makeError(ErrorCode::NotInitialised, Text::tr("No profile in %1. Run init first.").arg(dir));
    auto key = vault.unlockWithPassphrase(passphrase);
    if (!key.ok())
        return key.error();
    return openWith(dir, key.value());
}

Result<std::unique_ptr<Profile>> Profile::unlockWithKeychain(const QString& dir)
{
    KeyVault vault(dir);
    if (!vault.exists())
        return makeError(ErrorCode::NotInitialised, Text::tr("No profile in %1. Run init first.").arg(dir));
    auto key = vault.unlockWithKeychain();
    if (!key.ok())
        return key.error();
    return openWith(dir, key.value());
}

Status Profile::wipe(const QString& dir)
{
    KeyVault vault(dir);
    Status shredded = vault.exists() ? vault.destroy() : Status();
    for (const QString& path : {storePath(dir), search_file::pathIn(dir)}) {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
            const QString file = path + QLatin1String(suffix);
            if (QFile::exists(file) && !QFile::remove(file))
                return makeError(ErrorCode::Io, Text::tr("Cannot delete %1.").arg(file));
        }
    }
    return shredded;
}

} // namespace ll
