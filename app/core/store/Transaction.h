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
    explicit Transaction(Database& db);
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
