#include "store/Database.h"

#include "crypto/DataKey.h"
#include "crypto/SecretBytes.h"
#include "store/Authorizer.h"
#include "store/Statement.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace ll {

namespace {

const char kPlainHeader[] = "SQLite format 3";

// Messages of this file, filed under ll::Database for lupdate and at run time alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::Database)
};

} // namespace

Database::~Database()
{
    qDeleteAll(m_cache);
    m_cache.clear();
    if (m_db)
        sqlite3_close_v2(m_db);
}

// Neither the store nor its search file is ever written unencrypted: one that is was put there by someone
// else. (A missing file does not look plaintext.)
Status Database::refusePlaintext(const QString& path)
{
    if (fileLooksPlaintext(path))
        return makeError(ErrorCode::EncryptionInactive,
                         Text::tr("%1 is an unencrypted SQLite file; refusing to use it.").arg(path));
    return {};
}

bool Database::fileLooksPlaintext(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(sizeof(kPlainHeader) - 1);
    return head == QByteArray(kPlainHeader);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const DataKey& key,
                                                 const Options& options)
{
    const bool existed = QFileInfo::exists(path);
    if (!existed && !options.create)
        return makeError(ErrorCode::NotInitialised, Text::tr("No store at %1.").arg(path));
    LL_TRY(refusePlaintext(path));

    // Before SQLite initialises (the first open does that): no memory statistics, which nothing reads and
    // which cost a global mutex around every allocation SQLite makes.
    static const bool configured = [] { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK; }();
    Q_UNUSED(configured);

    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    int flags = SQLITE_OPEN_NOMUTEX | (options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE);
    if (options.create)
        flags |= SQLITE_OPEN_CREATE;
    const QByteArray nativePath = QFile::encodeName(path);
    if (sqlite3_open_v2(nativePath.constData(), &db->m_db, flags, nullptr) != SQLITE_OK) {
        const QString why = db->m_db ? QString::fromUtf8(sqlite3_errmsg(db->m_db)) : QString();
        return makeError(ErrorCode::Io, Text::tr("Cannot open %1: %2").arg(path, why));
    }
    LL_TRY(db->applyKeyAndVerify(key));
    if (!options.searchPath.isEmpty())
        LL_TRY(db->attachSearch(options.searchPath, key, options.readOnly));
    LL_TRY(db->configure(options));
    if (fileLooksPlaintext(path))
        return makeError(ErrorCode::EncryptionInactive,
                         Text::tr("The store was written unencrypted; refusing to continue."));
    return db;
}

Status Database::applyKeyAndVerify(const DataKey& key)
{
    const SecretBytes raw = key.sqlcipherRawKey();
    if (sqlite3_key(m_db, raw.data(), int(raw.size())) != SQLITE_OK)
        return lastError(ErrorCode::EncryptionInactive);

    // A linked plain SQLite accepts PRAGMA key silently; only SQLCipher answers cipher_version.
    {
        Statement version(*this, "PRAGMA cipher_version");
        auto row = version.step();
        if (!row.ok() || !row.value() || version.text(0).isEmpty())
            return makeError(ErrorCode::EncryptionInactive,
                             Text::tr("SQLCipher is not active in this build; refusing to open the store."));
        m_cipherVersion = version.text(0);
    }

    auto probe = [this]() -> bool {
        return sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) ==
               SQLITE_OK;
    };
    // Our files use 4 KiB pages and SQLCipher 3 settings; SQLCipher 4 reads them in compatibility mode.
    sqlite3_exec(m_db, "PRAGMA cipher_page_size = 4096", nullptr, nullptr, nullptr);
    if (cipherMajorVersion() >= 4) {
        if (!probe()) {
            sqlite3_exec(m_db, "PRAGMA cipher_compatibility = 3", nullptr, nullptr, nullptr);
            sqlite3_exec(m_db, "PRAGMA cipher_page_size = 4096", nullptr, nullptr, nullptr);
        }
    }
    if (!probe())
        return makeError(ErrorCode::Corrupt,
                         Text::tr("The store cannot be decrypted with this key, or it is damaged."));
    return {};
}

Status Database::attachSearch(const QString& path, const DataKey& key, bool readOnly)
{
    LL_TRY(refusePlaintext(path));
    const QByteArray nativePath = QFile::encodeName(path);
    const SecretBytes raw = key.sqlcipherRawKey();
    // Another process may hold the file for a moment (the store's own wait is set later, in configure()).
    sqlite3_busy_timeout(m_db, 5000);
    auto attach = [&]() -> int {
        // ATTACH opens with the store's flags, which lack CREATE once the store exists: an empty file is an
        // empty database, which the codec keys on its first write.
        if (!readOnly && !QFileInfo::exists(path)) {
            QFile empty(path);
            if (!empty.open(QIODevice::WriteOnly))
                return SQLITE_CANTOPEN;
            empty.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        // ATTACH reads the file's schema at once, with the codec's default page size: make that the store's
        // 4 KiB first (a process-wide default; every connection here sets 4 KiB anyway).
        sqlite3_exec(m_db, "PRAGMA cipher_default_page_size = 4096", nullptr, nullptr, nullptr);
        sqlite3_stmt* st = nullptr;
        int rc = sqlite3_prepare_v2(m_db, "ATTACH DATABASE ?1 AS search KEY ?2", -1, &st, nullptr);
        if (rc != SQLITE_OK)
            return rc;
        // The key is bound in place (SQLITE_STATIC): it stays in locked memory, with no copy made here.
        sqlite3_bind_text(st, 1, nativePath.constData(), int(nativePath.size()), SQLITE_STATIC);
        sqlite3_bind_blob(st, 2, raw.data(), int(raw.size()), SQLITE_STATIC);
        rc = sqlite3_step(st);
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE)
            return rc;
        rc = sqlite3_exec(m_db, "SELECT count(*) FROM search.sqlite_master", nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            sqlite3_exec(m_db, "DETACH DATABASE search", nullptr, nullptr, nullptr);
        return rc;
    };
    int rc = attach();
    // Derived data (the store rebuilds it): a file this key cannot read is replaced, not a reason to fail.
    // Any other failure (busy, I/O) leaves the file alone.
    if ((rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT) && !readOnly) {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(path + QLatin1String(suffix));
        rc = attach();
    }
    if (rc != SQLITE_OK)
        return makeError(ErrorCode::Io,
                         Text::tr("Cannot open %1: %2").arg(path, QString::fromUtf8(sqlite3_errstr(rc))));
    m_searchAttached = true;
    return {};
}

Status Database::configure(const Options& options)
{
    installAuthorizer(*this);
    sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, MaxTextBytes);
    sqlite3_limit(m_db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_busy_timeout(m_db, 5000);
    LL_TRY(exec("PRAGMA foreign_keys = ON"));
    LL_TRY(exec("PRAGMA temp_store = MEMORY"));
    LL_TRY(exec(QStringLiteral("PRAGMA cache_size = -%1").arg(options.cacheSizeKiB)));
    if (!options.readOnly) {
        Statement wal(*this, "PRAGMA journal_mode = WAL");
        auto row = wal.step();
        if (!row.ok())
            return row.error();
        // FULL: a note the guide typed survives a power cut right after "saved".
        LL_TRY(exec("PRAGMA synchronous = FULL"));
        // After a large transaction (an import) the WAL would otherwise keep its peak size on disk for good;
        // it is cut back to this when a checkpoint lets it start over.
        LL_TRY(exec("PRAGMA journal_size_limit = 67108864"));
        if (m_searchAttached) {
            // Unqualified, journal_mode above applied to every attached file; the rest name theirs.
            // NORMAL: a search entry lost to a power cut is caught by SearchFile's generation check and
            // rebuilt, so the index need not pay a second fsync per edit.
            LL_TRY(exec("PRAGMA search.synchronous = NORMAL"));
            LL_TRY(exec("PRAGMA search.journal_size_limit = 67108864"));
            LL_TRY(exec(QStringLiteral("PRAGMA search.cache_size = -%1").arg(options.cacheSizeKiB / 4)));
        }
    }
    return {};
}

int Database::cipherMajorVersion() const
{
    return m_cipherVersion.section(QLatin1Char('.'), 0, 0).toInt();
}

Status Database::exec(const char* sql)
{
    char* err = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        const QString message = QString::fromUtf8(err ? err : sqlite3_errmsg(m_db));
        sqlite3_free(err);
        return makeError(ErrorCode::Database, message);
    }
    return {};
}

Statement& Database::cached(const char* sql)
{
    // Most callers pass a literal: found by its address first, without copying and hashing the text, then
    // checked against the statement's own text (a temporary's address can come back holding other SQL).
    const auto known = m_cacheByAddress.constFind(sql);
    if (known != m_cacheByAddress.cend() && (*known)->preparedFrom(sql)) {
        (*known)->reset();
        return **known;
    }
    const QByteArray key(sql);
    auto it = m_cache.find(key);
    if (it == m_cache.end())
        it = m_cache.insert(key, new Statement(*this, sql));
    if (m_cacheByAddress.size() > 2 * m_cache.size() + 64)
        m_cacheByAddress.clear(); // SQL built at run time leaves addresses that never come back
    m_cacheByAddress.insert(sql, *it);
    (*it)->reset();
    return **it;
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Error Database::lastError(ErrorCode code) const
{
    const int ext = sqlite3_extended_errcode(m_db);
    if (ext == SQLITE_FULL)
        code = ErrorCode::Io;
    if ((ext & 0xff) == SQLITE_IOERR)
        code = ErrorCode::Io;
    if ((ext & 0xff) == SQLITE_CONSTRAINT && code == ErrorCode::Database)
        code = ErrorCode::Conflict;
    return makeError(code, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

Result<QStringList> Database::integrityCheck()
{
    QStringList problems;
    Statement check(*this, "PRAGMA integrity_check");
    while (true) {
        auto row = check.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        if (check.text(0) != QLatin1String("ok"))
            problems << check.text(0);
    }
    Statement fk(*this, "PRAGMA foreign_key_check");
    while (true) {
        auto row = fk.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        problems << Text::tr("Foreign key violation in %1").arg(fk.text(0));
    }
    if (fileLooksPlaintext(m_path))
        problems << Text::tr("The store file is not encrypted.");
    if (m_cipherVersion.isEmpty())
        problems << Text::tr("SQLCipher is not active.");
    return problems;
}

} // namespace ll
