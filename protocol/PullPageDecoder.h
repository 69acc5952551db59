#pragma once

#include "PullMessages.h"

#include <QByteArrayView>

#include <optional>

namespace ll {

// Reads a GET /v1/sync/pull body straight into a PullResponse, without building a QJsonDocument and
// then copying every member out of it: on an initial pull that was most of the client's parse work.
// It only takes the plain shape the server writes (scalar field values, no conflicts, no escapes in
// keys, no duplicate keys) and checks everything PullResponse::fromJson checks; for anything else it
// answers nullopt and the caller uses PullResponse::fromJson, which decides (and words any error).
std::optional<PullResponse> decodePullPageFast(QByteArrayView json);

// decodePullPageFast, or QJsonDocument + PullResponse::fromJson when it declines.
Result<PullResponse> decodePullPage(const QByteArray& json);

} // namespace ll
