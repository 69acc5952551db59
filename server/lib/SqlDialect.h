#pragma once

#include <QString>
#include <QStringList>

namespace ll::server {

// The only place where SQLite and PostgreSQL SQL differ. Everything else is portable SQL.
struct SqlDialect
{
    bool postgres = false;

    QString blobType() const { return postgres ? QStringLiteral("BYTEA") : QStringLiteral("BLOB"); }
    // SQLite must take the write lock up front: a deferred transaction that upgrades later can
    // fail with SQLITE_BUSY instead of waiting.
    QString beginSql() const
    {
        return postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    }
    // Serialises migrations when several server processes start against one PostgreSQL.
    QString migrationLockSql() const
    {
        return postgres ? QStringLiteral("SELECT pg_advisory_xact_lock(727165)") : QString();
    }
    QStringList sessionSetup() const
    {
        if (postgres)
            return {QStringLiteral("SET client_min_messages TO WARNING")};
        return {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
                QStringLiteral("PRAGMA foreign_keys=ON")};
    }
};

} // namespace ll::server
