#pragma once

#include "RecordState.h"

namespace ll {

// One record as visible to the puller, at server order `seq`. Carries the whole merged
// state (every field with its clock) so applying it is a state merge, never a replay.
struct Change
{
    qint64 seq = 0;
    QString entity;
    QString recordId;
    QString ownerId;  // empty for org-wide records
    QString storeId;  // empty for org-wide records
    QString parentId; // the contact of a follow-up / purchase
    bool deleted = false;
    RecordState state;

    QJsonObject toJson() const;
    static Result<Change> fromJson(const QJsonObject& object, const QString& path);
};

// GET /v1/sync/pull response.
struct PullResponse
{
    QList<Change> changes;
    QStringList revokes; // record ids no longer visible: purge them and their children locally
    qint64 nextCursor = 0;
    bool hasMore = false;
    bool wipe = false; // the account was disabled: delete the local store and its key

    QJsonObject toJson() const;
    static Result<PullResponse> fromJson(const QJsonObject& object);
};

} // namespace ll
