#pragma once

#include "util/Result.h"

namespace ll {

class Database;

// Brings a store to a schema version, one numbered step per transaction, recorded in PRAGMA user_version.
class Migrator
{
public:
    static Result<int> currentVersion(Database& db);
    // Migrates up to `target` (default: latest). A store newer than this build is refused, never downgraded.
    static Status migrate(Database& db, int target = -1);
};

} // namespace ll
