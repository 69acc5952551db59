#pragma once

#include "RecordState.h"
#include "SqlConnection.h"

#include <QSqlQuery>

#include <optional>

namespace ll::server {

// One synced record as the server stores it: routing columns for permission checks and
// paging, plus the merged state as JSON (portable across SQLite and PostgreSQL).
struct RecordRow
{
    QString id;
    QString orgId;
    QString entity;
    QString ownerId;
    QString storeId;
    QString parentId;
    bool deleted = false;
    qint64 seq = 0;
    RecordState state;
};

// One SQL statement prepared on first use and re-executed with new values afterwards, so a
// batch does not parse the same SQL thousands of times. Lives no longer than the request.
class CachedStatement
{
public:
    CachedStatement(SqlConnection& conn, QString sql)
        : m_conn(conn)
        , m_sql(std::move(sql))
    {}
    // The executed query (positioned before its first row); valid until the next exec().
    Result<QSqlQuery*> exec(const QVariantList& binds);

private:
    SqlConnection& m_conn;
    QString m_sql;
    std::optional<QSqlQuery> m_query;
};

class RecordStore
{
public:
    explicit RecordStore(SqlConnection& conn);

    // Takes the org's counter row lock: every writer of an org queues here, so reads that
    // follow inside the transaction see the latest committed state and seq order = commit order.
    Status lockOrg(const QString& orgId);
    // Within a lockOrg() transaction: seqs are handed out from memory (the counter row is
    // locked, so no other writer can take one) and written back by flushSeq(), which must run
    // before the commit. Without lockOrg() each call updates the counter row itself.
    Result<qint64> nextSeq(const QString& orgId);
    Status flushSeq();
    Result<qint64> currentSeq(const QString& orgId);

    Result<std::optional<RecordRow>> load(const QString& id);
    Status insert(const RecordRow& row);
    Status update(const RecordRow& row);
    Result<QStringList> childIds(const QString& parentId);
    Status addRevocation(const QString& orgId, qint64 seq, const QString& recordId,
                         const QString& prevOwnerId, const QString& prevStoreId);

private:
    SqlConnection& m_conn;
    QString m_lockedOrg;
    qint64 m_seq = 0;        // last seq handed out for m_lockedOrg
    qint64 m_flushedSeq = 0; // value the counter row holds in this transaction
    CachedStatement m_load;
    CachedStatement m_insert;
    CachedStatement m_update;
    CachedStatement m_childIds;
    CachedStatement m_revocation;
};

QVariant nullable(const QString& s);

} // namespace ll::server
