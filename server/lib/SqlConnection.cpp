#include "SqlConnection.h"

#include <QAtomicInt>
#include <QSqlError>

namespace ll::server {

namespace {
QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("ll-server-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error sqlError(const QSqlError& e)
{
    return makeError(ErrorCode::Database, e.text());
}
} // namespace

SqlConnection::SqlConnection(QString name, SqlDialect dialect)
    : m_name(std::move(name))
    , m_dialect(dialect)
{}

SqlConnection::~SqlConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<SqlConnection>> SqlConnection::open(const DatabaseUrl& url)
{
    const bool pg = url.kind == DatabaseUrl::Kind::Postgres;
    const QString name = nextConnectionName();
    std::unique_ptr<SqlConnection> conn(new SqlConnection(name, SqlDialect{pg}));
    QSqlDatabase db =
        QSqlDatabase::addDatabase(pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
    if (!db.isValid())
        return makeError(ErrorCode::Database, QStringLiteral("Qt SQL driver missing for ") + url.describe());
    if (pg) {
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setPassword(url.password);
        db.setDatabaseName(url.database);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    } else {
        db.setDatabaseName(url.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    if (!db.open())
        return makeError(ErrorCode::Database,
                         QStringLiteral("cannot open %1: %2").arg(url.describe(), db.lastError().text()));
    for (const QString& sql : conn->dialect().sessionSetup())
        LL_TRY(conn->run(sql));
    return conn;
}

Result<QSqlQuery> SqlConnection::exec(const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    q.setForwardOnly(true);
    if (binds.isEmpty()) {
        if (!q.exec(sql))
            return sqlError(q.lastError());
        return q;
    }
    if (!q.prepare(sql))
        return sqlError(q.lastError());
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q.lastError());
    return q;
}

Status SqlConnection::run(const QString& sql, const QVariantList& binds)
{
    auto q = exec(sql, binds);
    if (!q)
        return q.error();
    return {};
}

Result<QVariant> SqlConnection::scalar(const QString& sql, const QVariantList& binds)
{
    auto q = exec(sql, binds);
    if (!q)
        return q.error();
    if (!q->next())
        return QVariant();
    return q->value(0);
}

Status SqlConnection::begin()
{
    return run(m_dialect.beginSql());
}

Status SqlConnection::commit()
{
    return run(QStringLiteral("COMMIT"));
}

void SqlConnection::rollback()
{
    (void)run(QStringLiteral("ROLLBACK"));
}

Result<Transaction> Transaction::begin(SqlConnection& conn)
{
    LL_TRY(conn.begin());
    return Transaction(&conn);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_conn(std::exchange(other.m_conn, nullptr))
{}

Transaction::~Transaction()
{
    if (m_conn)
        m_conn->rollback();
}

Status Transaction::commit()
{
    SqlConnection* conn = std::exchange(m_conn, nullptr);
    Status s = conn->commit();
    if (!s)
        conn->rollback();
    return s;
}

} // namespace ll::server
