#pragma once

#include "Authorizer.h"
#include "PushMessages.h"
#include "RecordStore.h"

namespace ll::server {

// POST /v1/sync/push. The whole batch runs in one transaction: either every mutation gets a
// recorded result (applied / rejected) or, on a storage error, nothing is kept and the
// client retries the same batch, which is then still applied exactly once.
class PushService
{
public:
    // Edits stamped further in the future than this would win every LWW merge for that long.
    static constexpr qint64 MaxClockSkewMs = 60LL * 60 * 1000;

    PushService(SqlConnection& conn, QString clientIp)
        : m_conn(conn)
        , m_records(conn)
        , m_ip(std::move(clientIp))
    {}

    Result<PushResponse> push(const Principal& p, const PushRequest& request);

private:
    // Returns the rejection code, or an empty string when applied. Errors are storage errors.
    Result<QString> apply(const Principal& p, const Mutation& m);
    Result<QString> applyOrgWide(const Principal& p, const Mutation& m, std::optional<RecordRow> row);
    Result<QString> applyContact(const Principal& p, const Mutation& m, std::optional<RecordRow> row);
    Result<QString> insertAppendOnly(const Principal& p, const Mutation& m,
                                     const std::optional<RecordRow>& row);
    // Moves or tombstones a contact's follow-ups and purchases with it, each with a fresh seq.
    Status cascadeToChildren(const RecordRow& contact);
    Status denied(const Principal& p, const QString& recordId);

    SqlConnection& m_conn;
    RecordStore m_records;
    QString m_ip;
};

} // namespace ll::server
