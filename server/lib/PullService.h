#pragma once

#include "PullMessages.h"
#include "RecordStore.h"
#include "Sessions.h"

namespace ll::server {

// GET /v1/sync/pull: the caller's visible changes and revokes after `cursor`, in seq order.
class PullService
{
public:
    explicit PullService(SqlConnection& conn)
        : m_conn(conn)
    {}

    Result<PullResponse> pull(const Principal& p, qint64 cursor, int limit);
    // The same page as pull(), already serialised as the wire's JSON. Each record's stored state is
    // spliced in as text instead of being parsed and written again (the bulk of a large pull's cost).
    Result<QByteArray> pullJson(const Principal& p, qint64 cursor, int limit);

private:
    struct Row
    {
        qint64 seq = 0;
        QString entity, recordId, ownerId, storeId, parentId;
        bool deleted = false;
        QString stateText; // RecordState::toJson(), compact
    };
    struct Page
    {
        QList<Row> changes;
        QStringList revokes;
        qint64 nextCursor = 0;
        bool hasMore = false;
    };
    Result<Page> page(const Principal& p, qint64 cursor, int limit);

    SqlConnection& m_conn;
};

} // namespace ll::server
