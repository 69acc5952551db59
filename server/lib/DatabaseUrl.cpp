#include "DatabaseUrl.h"

#include <QDir>
#include <QFile>
#include <QUrl>

namespace ll::server {

Result<DatabaseUrl> DatabaseUrl::resolve(const QString& url, const QString& dataDir)
{
    DatabaseUrl d;
    if (url.isEmpty()) {
        if (dataDir.isEmpty())
            return makeError(ErrorCode::InvalidInput, QStringLiteral("--data is required for SQLite"));
        d.sqlitePath = QDir(dataDir).filePath(QStringLiteral("liuliang-server.db"));
        return d;
    }
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() ||
        (u.scheme() != QLatin1String("postgresql") && u.scheme() != QLatin1String("postgres")))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("--database must be postgresql://user@host:port/db"));
    d.kind = Kind::Postgres;
    d.host = u.host();
    d.port = u.port(5432);
    d.user = u.userName();
    d.password = u.password();
    d.database = u.path().mid(1);
    if (d.host.isEmpty() || d.database.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("--database needs a host and a database name"));
    return d;
}

QString DatabaseUrl::describe() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite:") + sqlitePath;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

Status ensureDataDir(const QString& dataDir)
{
    if (dataDir.isEmpty() || !QDir().mkpath(dataDir))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create --data directory"));
    QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return {};
}

} // namespace ll::server
