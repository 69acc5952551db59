#pragma once

#include <QHash>
#include <QList>

struct sqlite3;

namespace llbench {

// One statement execution as the repository ran it: the SQL with bound values inlined
// (sqlite3_expanded_sql) and how many rows it read before it stopped. The row count matters: the
// repository walks a sort index and stops after the first page, so replaying to the end would
// measure a different query.
struct CapturedStatement
{
    QByteArray sql;
    qint64 rows = 0;
};

// Records the statements run on a connection while it is alive, so the plaintext comparison
// replays exactly the repository's SQL instead of a hand-written copy that would drift from it.
// Statements FTS4 runs internally on its shadow tables are left out: replaying the outer MATCH
// query runs them again.
class SqlCapture
{
public:
    explicit SqlCapture(sqlite3* db);
    ~SqlCapture();
    SqlCapture(const SqlCapture&) = delete;
    SqlCapture& operator=(const SqlCapture&) = delete;

    QList<CapturedStatement> statements() const { return m_statements; }

private:
    static int onTrace(unsigned type, void* self, void* stmt, void* sql);

    sqlite3* m_db;
    QList<CapturedStatement> m_statements;
    QHash<void*, qsizetype> m_running; // statement handle -> its entry in m_statements
};

} // namespace llbench
