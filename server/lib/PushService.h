#pragma once

#include "Accounts.h"
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
        , m_record(conn, QStringLiteral("INSERT INTO applied_mutations (staff_id, device_id, mutation_id, "
                                        "status, code, payload, at) VALUES (?, ?, ?, ?, ?, ?, ?)"))
    {}

    Result<PushResponse> push(const Principal& p, const PushRequest& request);

private:
    // Where a new record is routed for visibility: its owner, the owner's store, its contact.
    struct Routing
    {
        QString ownerId;
        QString storeId;
        QString parentId;
    };

    // Returns the rejection code, or an empty string when applied. Errors are storage errors.
    // One function per ownership class (protocol/EntitySchema.h).
    Result<QString> apply(const Principal& p, const Mutation& m);
    Result<QString> applyOrgWide(const Principal& p, const Mutation& m, std::optional<RecordRow> row);
    Result<QString> applyContact(const Principal& p, const Mutation& m, std::optional<RecordRow> row);
    Result<QString> applyContactChild(const Principal& p, const Mutation& m, std::optional<RecordRow> row);
    Result<QString> moveContactChild(const Principal& p, const Mutation& m, RecordRow row);
    Result<QString> applyTeamOrPersonal(const Principal& p, const Mutation& m, std::optional<RecordRow> row);
    Result<QString> insertStaffLog(const Principal& p, const Mutation& m,
                                   const std::optional<RecordRow>& row);
    // Upsert or delete of a mutable record whose permission was checked; a new one gets `routing`.
    Result<QString> writeMutable(const Principal& p, const Mutation& m, std::optional<RecordRow> row,
                                 const Routing& routing);
    Result<QString> insertAppendOnly(const Principal& p, const Mutation& m, const Routing& routing);
    // The live contact `contactId` of the caller's org, or an empty code: parent_not_found when
    // there is none (or it is deleted), forbidden when the caller may not write it.
    Result<std::pair<QString, std::optional<RecordRow>>> writableContact(const Principal& p,
                                                                         const QString& contactId);
    // Moves or tombstones a contact's children with it, each with a fresh seq.
    Status cascadeToChildren(const RecordRow& contact);
    Status denied(const Principal& p, const QString& recordId);
    // Staff rows read once per batch: a 10k-contact push names the same few owners again and again.
    Result<std::optional<Staff>> findStaff(const QString& staffId);
    // The codes ("" = applied) of the batch's mutation ids this device already pushed, read in one query.
    Result<QHash<qint64, QString>> alreadyApplied(const Principal& p, const QList<Mutation>& mutations);

    SqlConnection& m_conn;
    RecordStore m_records;
    QString m_ip;
    CachedStatement m_record;
    QHash<QString, std::optional<Staff>> m_staff;
};

} // namespace ll::server
