#pragma once

#include "DatabaseUrl.h"
#include "SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>

namespace ll::server {

// One QtSql connection. The server is single-threaded per process, so one is enough;
// several processes share state only through the database.
class SqlConnection
{
public:
    static Result<std::unique_ptr<SqlConnection>> open(const DatabaseUrl& url);
    ~SqlConnection();
    SqlConnection(const SqlConnection&) = delete;
    SqlConnection& operator=(const SqlConnection&) = delete;

    const SqlDialect& dialect() const { return m_dialect; }
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& binds = {});
    Status run(const QString& sql, const QVariantList& binds = {});
    // First column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString& sql, const QVariantList& binds = {});

    Status begin();
    Status commit();
    void rollback();

private:
    SqlConnection(QString name, SqlDialect dialect);
    QString m_name;
    SqlDialect m_dialect;
};

// Rolls back unless commit() succeeded, so an early return never leaves half a request applied.
class Transaction
{
public:
    static Result<Transaction> begin(SqlConnection& conn);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    ~Transaction();
    Status commit();

private:
    explicit Transaction(SqlConnection* conn)
        : m_conn(conn)
    {}
    SqlConnection* m_conn = nullptr;
};

} // namespace ll::server
