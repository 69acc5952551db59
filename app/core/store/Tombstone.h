#pragma once

#include "util/Result.h"

#include <QString>

namespace ll {

class Store;

// Queues the deletion of a synced record for the sync client: a "delete" outbox entry
// stamped with a fresh clock. Call inside the transaction that marks the record deleted.
Status queueTombstone(Store& store, const QString& entity, const QString& id);

// Soft-deletes the row `rowId` of a synced table (deleted = 1) and queues its tombstone
// under the table's name as entity. Call inside the deleting transaction.
Status markDeleted(Store& store, const char* table, qint64 rowId, const QString& id);

} // namespace ll
