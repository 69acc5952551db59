#pragma once

#include "util/Result.h"

#include <QByteArray>

namespace ll {

class Database;

// RAII write transaction: BEGIN IMMEDIATE at the outermost level, SAVEPOINTs when nested.
// Rolls back unless commit() succeeded, so an early error return never half-writes.
class Transaction
{
public:
    enum class Files
    {
        All, // BEGIN IMMEDIATE: the write lock of every attached file (the store and its search index)
        TakenOnWrite // BEGIN: each file's write lock when first written; for an import whose search index
                     // is written meanwhile by SearchWriter's own connection to that file
    };
    explicit Transaction(Database& db, Files files = Files::All);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    Status beginStatus() const { return m_begin; }
    Status commit();
    void rollback();

private:
    Database& m_db;
    QByteArray m_savepoint;
    bool m_active = false;
    Status m_begin;
};

} // namespace ll
