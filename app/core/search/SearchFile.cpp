#include "search/SearchFile.h"

#include "search/ContactSearchIndex.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QDir>

#include <optional>
#include <utility>

namespace ll::search_file {

namespace {

// The FTS4 table text/SearchTokens.h expects, and the generation row. `%1` is the schema.
const char kTables[] =
    "CREATE VIRTUAL TABLE IF NOT EXISTS %1.contact_fts USING fts4(tokens, tokenize=simple, "
    "prefix=\"1,2,3\");\n"
    "CREATE TABLE IF NOT EXISTS %1.search_state (key TEXT PRIMARY KEY, value INTEGER NOT NULL);\n"
    "INSERT OR IGNORE INTO %1.search_state (key, value) VALUES ('generation', 0);\n";

Status createIn(Database& db, const char* schema)
{
    db.setSchemaChangesAllowed(true);
    const Status created = db.exec(QString::fromLatin1(kTables).arg(QLatin1String(schema)));
    db.setSchemaChangesAllowed(false);
    return created;
}

Result<std::optional<qint64>> readOne(Database& db, const char* sql)
{
    Statement st(db, sql);
    auto row = st.step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return std::optional<qint64>();
    return std::optional<qint64>(st.int64(0));
}

Result<bool> indexTablesExist(Database& db)
{
    auto count = readOne(db, "SELECT count(*) FROM search.sqlite_master WHERE name IN ('contact_fts', "
                             "'search_state')");
    if (!count.ok())
        return count.error();
    return count.value().value_or(0) == 2;
}

// The store's generation and the index's (the index's tables must exist).
Result<std::pair<std::optional<qint64>, std::optional<qint64>>> generations(Database& db)
{
    auto store = readOne(db, "SELECT CAST(value AS INTEGER) FROM main.meta WHERE key = 'search_generation'");
    if (!store.ok())
        return store.error();
    auto index = readOne(db, "SELECT value FROM search.search_state WHERE key = 'generation'");
    if (!index.ok())
        return index.error();
    return std::make_pair(store.value(), index.value());
}

// The index file's generation, on a connection that attached it (`search`) or opened it itself (`main`).
Status raiseIndexGenerationOn(Database& db, bool attached)
{
    Statement& st =
        db.cached(attached ? "UPDATE search.search_state SET value = value + 1 WHERE key = 'generation'"
                           : "UPDATE search_state SET value = value + 1 WHERE key = 'generation'");
    return st.exec();
}

} // namespace

QString pathIn(const QString& profileDir)
{
    return QDir(profileDir).filePath(QLatin1String(FileName));
}

Status createTables(Database& searchDb)
{
    return createIn(searchDb, "main");
}

Status reconcile(Database& db)
{
    auto existed = indexTablesExist(db);
    if (!existed.ok())
        return existed.error();
    // Read first, outside a transaction: an open that finds the two files in step (the usual case) takes no
    // write lock on either.
    if (existed.value()) {
        auto both = generations(db);
        if (!both.ok())
            return both.error();
        if (both->first.has_value() && both->first == both->second)
            return {};
    }
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    if (!existed.value())
        LL_TRY(createIn(db, "search"));
    auto both = generations(db);
    if (!both.ok())
        return both.error();
    LL_TRY(ContactSearchIndex(db).rebuildAll());
    // Both to one number past either: a half-committed pair can never match it by chance.
    const qint64 next = std::max(both->first.value_or(0), both->second.value_or(0)) + 1;
    Statement setStore(db, "INSERT OR REPLACE INTO main.meta (key, value) VALUES ('search_generation', ?)");
    setStore.bind(1, QString::number(next));
    LL_TRY(setStore.exec());
    Statement setIndex(db, "UPDATE search.search_state SET value = ? WHERE key = 'generation'");
    setIndex.bind(1, next);
    LL_TRY(setIndex.exec());
    return tx.commit();
}

Status raiseStoreGeneration(Database& storeDb)
{
    Statement& st = storeDb.cached(
        "UPDATE main.meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'search_generation'");
    return st.exec();
}

Status raiseIndexGeneration(Database& searchDb)
{
    return raiseIndexGenerationOn(searchDb, false);
}

Status noteIndexChange(Database& db)
{
    if (!db.searchAttached() || db.indexChangeNoted())
        return {};
    LL_TRY(raiseStoreGeneration(db));
    LL_TRY(raiseIndexGenerationOn(db, true));
    db.setIndexChangeNoted();
    return {};
}

} // namespace ll::search_file
