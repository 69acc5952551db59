#pragma once

#include "util/Result.h"

#include <QString>

namespace ll {

class Database;

// The search index lives in its own encrypted file next to the store, search.db, attached to the store's
// connection as schema `search` (Database::Options::searchPath) under the same key. Being a file of its own,
// a second connection can write it while the store's connection writes contacts: a lead import runs its
// two halves on two cores (SearchWriter).
//
// The two files commit separately, so they carry a generation number each: the store's in meta
// (search_generation), the index's in search_state (generation). Every transaction that changes the index
// raises both once (noteIndexChange); an import raises the store's with each batch and SearchWriter the
// index's with the same batch. A crash between the two commits leaves them different, and the next open
// rebuilds the index from the contacts (reconcile). The index is derived data: nothing is lost.
namespace search_file {

inline constexpr const char* FileName = "search.db";

QString pathIn(const QString& profileDir);

// Creates the index's tables when the file is new, then rebuilds the index if the file is new or its
// generation differs from the store's. Call after the store's migrations.
Status reconcile(Database& db);

// Raises both generations, once per outermost transaction (again after a rollback); call inside the
// transaction that changes the index through the store's connection.
Status noteIndexChange(Database& db);

// The two halves for a second connection: the store's generation (store connection, in the batch's
// transaction) and the index's (SearchWriter's connection to search.db, where the index is schema main).
Status raiseStoreGeneration(Database& storeDb);
Status raiseIndexGeneration(Database& searchDb);

// The index's tables, for a connection that opened search.db itself (schema main).
Status createTables(Database& searchDb);

} // namespace search_file
} // namespace ll
