#pragma once

#include "Mutation.h"

namespace ll {

// POST /v1/sync/push body.
struct PushRequest
{
    QString deviceId;
    QList<Mutation> mutations;

    QJsonObject toJson() const;
    static Result<PushRequest> fromJson(const QJsonObject& object);
};

namespace pushStatus {
inline constexpr const char* Applied = "applied";     // merged (possibly a no-op under LWW)
inline constexpr const char* Duplicate = "duplicate"; // (deviceId, mutationId) seen before; not re-applied
inline constexpr const char* Rejected = "rejected";   // refused with `code`; never applied
} // namespace pushStatus

struct PushResult
{
    qint64 mutationId = 0;
    QString status;
    QString code; // rejected: why; duplicate: the original status's code, if any
};

struct PushResponse
{
    QList<PushResult> results;

    QJsonObject toJson() const;
    static Result<PushResponse> fromJson(const QJsonObject& object);
};

} // namespace ll
