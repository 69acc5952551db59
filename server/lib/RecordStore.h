#pragma once

#include "RecordState.h"
#include "SqlConnection.h"

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

class RecordStore
{
public:
    explicit RecordStore(SqlConnection& conn)
        : m_conn(conn)
    {}

    // Takes the org's counter row lock: every writer of an org queues here, so reads that
    // follow inside the transaction see the latest committed state and seq order = commit order.
    Status lockOrg(const QString& orgId);
    Result<qint64> nextSeq(const QString& orgId);
    Result<qint64> currentSeq(const QString& orgId);

    Result<std::optional<RecordRow>> load(const QString& id);
    Status insert(const RecordRow& row);
    Status update(const RecordRow& row);
    Result<QStringList> childIds(const QString& parentId);
    Status addRevocation(const QString& orgId, qint64 seq, const QString& recordId,
                         const QString& prevOwnerId, const QString& prevStoreId);

private:
    SqlConnection& m_conn;
};

QVariant nullable(const QString& s);

} // namespace ll::server
