#pragma once

#include "util/Result.h"

#include "SqlCapture.h"

#include <QByteArrayList>
#include <QString>

#include <optional>

struct sqlite3;

namespace ll {
class DataKey;
}

namespace llbench {

// A bare sqlite3 handle, for the SQLCipher-vs-SQLite comparison only. It exists in bench code so
// that the core library never gains a way to open a plaintext database. Both sides get the
// settings the core's Database uses (cache size, temp store, WAL, foreign keys), so the only
// difference left is the cipher.
class RawConnection
{
public:
    // key: nullptr opens a plaintext file. allowCreate also lets ATTACH create a new file.
    static ll::Result<RawConnection> open(const QString& path, const ll::DataKey* key,
                                          bool allowCreate = false);
    ~RawConnection();
    RawConnection(RawConnection&& other) noexcept;
    RawConnection& operator=(RawConnection&&) = delete;
    RawConnection(const RawConnection&) = delete;

    ll::Status exec(const char* sql);
    // Attaches the store's search index file as schema `search`, as ll::Database does (key: nullptr for a
    // plaintext copy), so captured statements that search resolve the same way on both sides.
    ll::Status attachSearch(const QString& path, const ll::DataKey* key);
    // Prepares, steps through at most maxRows rows (then stops, as the repository did) reading
    // every column, finalizes.
    ll::Status run(const QByteArray& sql, qint64 maxRows);
    ll::Status runAll(const QList<CapturedStatement>& statements);
    sqlite3* handle() const { return m_db; }

private:
    explicit RawConnection(sqlite3* db)
        : m_db(db)
    {}
    ll::Error lastError() const;

    sqlite3* m_db = nullptr;
};

// Writes a plaintext copy of the encrypted store with sqlcipher_export (ATTACH is denied by the
// core's authorizer, so this uses a raw handle). The copy has the same 4096-byte pages.
ll::Status exportPlaintext(const QString& encryptedPath, const ll::DataKey& key, const QString& plainPath);

} // namespace llbench
