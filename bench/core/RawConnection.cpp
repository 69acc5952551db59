#include "RawConnection.h"

#include "crypto/DataKey.h"
#include "crypto/SecretBytes.h"
#include "store/Database.h"

#include <QFile>

#include <sqlite3.h>

namespace llbench {

namespace {

// The same connection settings as ll::Database::configure, so neither side has a cache advantage.
const char kSettings[] = "PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768; "
                         "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;";

} // namespace

ll::Result<RawConnection> RawConnection::open(const QString& path, const ll::DataKey* key, bool allowCreate)
{
    sqlite3* db = nullptr;
    const QByteArray native = QFile::encodeName(path);
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (allowCreate ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(native.constData(), &db, flags, nullptr);
    RawConnection conn(db);
    if (rc != SQLITE_OK)
        return conn.lastError();
    if (key) {
        const auto raw = key->sqlcipherRawKey();
        if (sqlite3_key(db, raw.data(), int(raw.size())) != SQLITE_OK)
            return conn.lastError();
        LL_TRY(conn.exec("PRAGMA cipher_page_size = 4096"));
    }
    LL_TRY(conn.exec(kSettings));
    LL_TRY(conn.exec("SELECT count(*) FROM sqlite_master"));
    return conn;
}

RawConnection::~RawConnection()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

RawConnection::RawConnection(RawConnection&& other) noexcept
    : m_db(other.m_db)
{
    other.m_db = nullptr;
}

ll::Error RawConnection::lastError() const
{
    return ll::makeError(ll::ErrorCode::Database,
                         m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory"));
}

ll::Status RawConnection::exec(const char* sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return lastError();
    return {};
}

ll::Status RawConnection::attachSearch(const QString& path, const ll::DataKey* key)
{
    if (key)
        LL_TRY(exec("PRAGMA cipher_default_page_size = 4096"));
    const QByteArray native = QFile::encodeName(path);
    const auto raw = key ? key->sqlcipherRawKey() : ll::SecretBytes();
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(m_db, "ATTACH DATABASE ?1 AS search KEY ?2", -1, &st, nullptr) != SQLITE_OK)
        return lastError();
    sqlite3_bind_text(st, 1, native.constData(), int(native.size()), SQLITE_STATIC);
    if (key)
        sqlite3_bind_blob(st, 2, raw.data(), int(raw.size()), SQLITE_STATIC);
    else
        sqlite3_bind_text(st, 2, "", 0, SQLITE_STATIC);
    const int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return lastError();
    return exec("SELECT count(*) FROM search.sqlite_master");
}

ll::Status RawConnection::run(const QByteArray& sql, qint64 maxRows)
{
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &st, nullptr) != SQLITE_OK)
        return lastError();
    int rc = SQLITE_ROW;
    const int columns = sqlite3_column_count(st);
    qint64 rows = 0;
    while (rows < maxRows && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        ++rows;
        for (int c = 0; c < columns; ++c)
            (void)sqlite3_column_text(st, c);
    }
    // A statement the repository ran for its side effect (no rows) still has to run once.
    if (maxRows == 0)
        rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return lastError();
    return {};
}

ll::Status RawConnection::runAll(const QList<CapturedStatement>& statements)
{
    for (const CapturedStatement& s : statements)
        LL_TRY(run(s.sql, s.rows));
    return {};
}

ll::Status exportPlaintext(const QString& encryptedPath, const ll::DataKey& key, const QString& plainPath)
{
    if (ll::Database::fileLooksPlaintext(encryptedPath))
        return ll::makeError(ll::ErrorCode::EncryptionInactive,
                             QStringLiteral("the source store is not encrypted"));
    QFile::remove(plainPath);
    if (!QFile::exists(encryptedPath))
        return ll::makeError(ll::ErrorCode::NotFound, QStringLiteral("no store at %1").arg(encryptedPath));
    auto enc = RawConnection::open(encryptedPath, &key, true);
    if (!enc.ok())
        return enc.error();
    char* attach =
        sqlite3_mprintf("ATTACH DATABASE %Q AS plaintext KEY ''", QFile::encodeName(plainPath).constData());
    const ll::Status attached = enc->exec(attach);
    sqlite3_free(attach);
    LL_TRY(attached);
    LL_TRY(enc->exec("PRAGMA plaintext.page_size = 4096"));
    LL_TRY(enc->exec("SELECT sqlcipher_export('plaintext')"));
    LL_TRY(enc->exec("DETACH DATABASE plaintext"));
    if (!ll::Database::fileLooksPlaintext(plainPath))
        return ll::makeError(ll::ErrorCode::Internal, QStringLiteral("the exported copy is not plaintext"));
    return {};
}

} // namespace llbench
