#pragma once

#include "util/Result.h"

#include <QString>

namespace ll {

class Database;

// The per-field clocks stored with the row `rowId` of a synced table, empty when the row
// has none; what an update starts its FieldChanges from.
Result<QString> storedClocks(Database& db, const char* table, qint64 rowId);

} // namespace ll
