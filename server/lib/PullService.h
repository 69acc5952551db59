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

private:
    SqlConnection& m_conn;
};

} // namespace ll::server
