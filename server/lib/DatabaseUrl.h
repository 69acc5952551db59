#pragma once

#include "Result.h"

#include <QString>

namespace ll::server {

// Where the server keeps its state: the embedded SQLite file under --data, or PostgreSQL.
struct DatabaseUrl
{
    enum class Kind
    {
        Sqlite,
        Postgres
    };
    Kind kind = Kind::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;

    // `url` empty selects SQLite at DIR/liuliang-server.db; otherwise postgresql://user[:pw]@host[:port]/db
    static Result<DatabaseUrl> resolve(const QString& url, const QString& dataDir);
    // For logs: never includes the password.
    QString describe() const;
};

// Creates --data with owner-only permissions: it holds the SQLite file with every customer.
Status ensureDataDir(const QString& dataDir);

} // namespace ll::server
