#pragma once

#include "Mutation.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ll {
class Database;
}

namespace ll::sync {

// One row of the local outbox, as the core wrote it (see docs/SYNC-MAPPING.md).
struct OutboxRow
{
    qint64 mutationId = 0;
    QString entity;
    QString recordId;
    QString op;
    QJsonObject payload;
};

// What becomes of an outbox row on the wire.
struct Translation
{
    enum class Kind
    {
        Push,       // `mutation` is ready to send
        Drop,       // server-owned record (org/store/staff): delete the row, nothing to send
        Invalid,    // the row cannot become a valid mutation: a final local rejection (`reason`)
        Unsupported // the protocol of this build does not know the entity yet: keep the row pending
    };
    Kind kind = Kind::Push;
    Mutation mutation;
    QString reason;
};

// Outbox rows → protocol mutations, one row → one mutation, in mutation_id order.
class OutboxReader
{
public:
    explicit OutboxReader(Database& db);

    // Up to `limit` rows with mutation_id > afterId.
    Result<QList<OutboxRow>> read(qint64 afterId, int limit);

    static Translation translate(const OutboxRow& row);

private:
    Database& m_db;
};

} // namespace ll::sync
