#pragma once

#include "DirectoryMessages.h"
#include "Sessions.h"

namespace ll::server {

// GET /v1/directory (any staff of the org) and GET /v1/team/overview (managers: their store's
// guides, admins: all guides).
class DirectoryService
{
public:
    explicit DirectoryService(SqlConnection& conn)
        : m_conn(conn)
    {}

    Result<Directory> directory(const Principal& p);
    Result<TeamOverview> teamOverview(const Principal& p, qint64 nowMs);

    // Monday 00:00 of the week holding `nowMs`, in the server's business time zone (Asia/Shanghai).
    static qint64 weekStart(qint64 nowMs);

private:
    SqlConnection& m_conn;
};

} // namespace ll::server
