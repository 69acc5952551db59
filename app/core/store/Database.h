#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace ll {

class DataKey;
class Statement;

// One SQLCipher connection opened through the C API (never Qt's QSQLITE driver: if the system
// libsqlite3 won the symbol race, PRAGMA key would silently do nothing and the file would be plaintext).
class Database
{
public:
    struct Options
    {
        bool create = false; // allow creating a new file; opening a missing file otherwise fails
        bool readOnly = false;
        int cacheSizeKiB = 32 * 1024;
        // When set: this file is attached as schema `search` under the same key (created if missing). It
        // holds the search index, derived data a second connection can write during an import (see
        // search/SearchFile.h). A file there that the key cannot read is deleted and started afresh.
        QString searchPath;
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens, keys and verifies the store; refuses a plaintext file or a build without a working codec.
    static Result<std::unique_ptr<Database>> open(const QString& path, const DataKey& key,
                                                  const Options& options);

    Status exec(const char* sql);
    Status exec(const QString& sql) { return exec(sql.toUtf8().constData()); }

    // A statement cached on this connection for its lifetime; reset and unbound when handed out.
    Statement& cached(const char* sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    Error lastError(ErrorCode code = ErrorCode::Database) const;

    QString path() const { return m_path; }
    QString cipherVersion() const { return m_cipherVersion; }
    int cipherMajorVersion() const;
    sqlite3* handle() const { return m_db; }

    // Schema changes (virtual tables included) are allowed only while a migration runs.
    void setSchemaChangesAllowed(bool allowed) { m_schemaChangesAllowed = allowed; }
    bool schemaChangesAllowed() const { return m_schemaChangesAllowed; }

    int transactionDepth() const { return m_txDepth; }
    bool searchAttached() const { return m_searchAttached; }
    // Whether this outermost transaction has raised the search generations already (search/SearchFile.h);
    // any rollback clears it, since the raise may have been rolled back with it.
    bool indexChangeNoted() const { return m_txDepth > 0 && m_indexNotedInTx == m_txSerial; }
    void setIndexChangeNoted() { m_indexNotedInTx = m_txSerial; }

    // While set, the search index's writers on this connection (ContactSearchIndex) hand the contact's rowid
    // here instead of writing: a bulk writer whose SearchWriter owns the index file for the time being
    // re-reads those contacts and writes them itself.
    void setSearchRedirect(std::function<void(qint64 rowId)> redirect)
    {
        m_searchRedirect = std::move(redirect);
    }
    const std::function<void(qint64)>& searchRedirect() const { return m_searchRedirect; }

    // Verifies the store with PRAGMA integrity_check and cipher checks; returns the problems found.
    Result<QStringList> integrityCheck();

    static bool fileLooksPlaintext(const QString& path);
    static Status refusePlaintext(const QString& path);
    static constexpr int MaxTextBytes = 8 * 1024 * 1024;

private:
    friend class Transaction;
    Database() = default;
    Status applyKeyAndVerify(const DataKey& key);
    Status attachSearch(const QString& path, const DataKey& key, bool readOnly);
    Status configure(const Options& options);

    sqlite3* m_db = nullptr;
    QString m_path;
    QString m_cipherVersion;
    bool m_schemaChangesAllowed = false;
    int m_txDepth = 0;
    bool m_searchAttached = false;
    quint64 m_txSerial = 0; // outermost transactions begun
    quint64 m_indexNotedInTx = 0;
    std::function<void(qint64)> m_searchRedirect;
    QHash<QByteArray, Statement*> m_cache;
    QHash<const char*, Statement*> m_cacheByAddress; // a front for m_cache (see cached())
};

} // namespace ll
