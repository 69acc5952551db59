#include "SqlCapture.h"

#include <sqlite3.h>

namespace llbench {

SqlCapture::SqlCapture(sqlite3* db)
    : m_db(db)
{
    sqlite3_trace_v2(m_db, SQLITE_TRACE_STMT | SQLITE_TRACE_ROW, &SqlCapture::onTrace, this);
}

SqlCapture::~SqlCapture()
{
    sqlite3_trace_v2(m_db, 0, nullptr, nullptr);
}

int SqlCapture::onTrace(unsigned type, void* self, void* stmt, void* sql)
{
    auto* capture = static_cast<SqlCapture*>(self);
    if (type == SQLITE_TRACE_ROW) {
        const auto it = capture->m_running.constFind(stmt);
        if (it != capture->m_running.constEnd())
            ++capture->m_statements[*it].rows;
        return 0;
    }
    if (type != SQLITE_TRACE_STMT)
        return 0;
    capture->m_running.remove(stmt);
    const QByteArray text(static_cast<const char*>(sql));
    // "-- ..." marks a trigger body; "'contact_fts_..." are FTS4's own shadow-table statements.
    if (text.startsWith("--") || text.contains("'contact_fts_"))
        return 0;
    char* expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(stmt));
    if (expanded) {
        capture->m_running.insert(stmt, capture->m_statements.size());
        capture->m_statements << CapturedStatement{QByteArray(expanded), 0};
        sqlite3_free(expanded);
    }
    return 0;
}

} // namespace llbench
