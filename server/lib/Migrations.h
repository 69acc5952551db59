#pragma once

#include "SqlConnection.h"

namespace ll::server {

// Brings the schema to the newest version. Numbered, each in its own transaction, identical
// SQL on SQLite and PostgreSQL (dialect differences come from SqlDialect only).
Status migrate(SqlConnection& conn);
// Stops at `targetVersion`; lets tests build an old schema and upgrade it.
Status migrate(SqlConnection& conn, int targetVersion);
Result<int> schemaVersion(SqlConnection& conn);
int latestSchemaVersion();

} // namespace ll::server
