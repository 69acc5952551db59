#include "store/Transaction.h"

#include "store/Database.h"

namespace ll {

Transaction::Transaction(Database& db, Files files)
    : m_db(db)
{
    if (db.m_txDepth == 0) {
        m_begin = db.exec(files == Files::All ? "BEGIN IMMEDIATE" : "BEGIN");
    } else {
        m_savepoint = "sp" + QByteArray::number(db.m_txDepth);
        m_begin = db.exec(("SAVEPOINT " + m_savepoint).constData());
    }
    if (m_begin.ok()) {
        m_active = true;
        if (db.m_txDepth == 0)
            ++db.m_txSerial;
        ++db.m_txDepth;
    }
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_begin.ok()
                   ? Status(makeError(ErrorCode::Internal, QStringLiteral("transaction already ended")))
                   : m_begin;
    const Status done =
        m_savepoint.isEmpty() ? m_db.exec("COMMIT") : m_db.exec(("RELEASE " + m_savepoint).constData());
    if (!done.ok()) {
        rollback();
        return done;
    }
    m_active = false;
    --m_db.m_txDepth;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_db.m_indexNotedInTx = 0; // the generations' raise may be undone with this
    if (m_savepoint.isEmpty()) {
        (void)m_db.exec("ROLLBACK");
    } else {
        (void)m_db.exec(("ROLLBACK TO " + m_savepoint).constData());
        (void)m_db.exec(("RELEASE " + m_savepoint).constData());
    }
    m_active = false;
    --m_db.m_txDepth;
}

} // namespace ll
