#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace ll {

class Database;

// A prepared statement with 1-based binds and 0-based columns, like the C API it wraps.
class Statement
{
public:
    Statement(Database& db, const char* sql);
    Statement(Database& db, const QByteArray& sql)
        : Statement(db, sql.constData())
    {}
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    // Whether this statement was prepared from exactly this text.
    bool preparedFrom(const char* sql) const;
    Error prepareError() const { return m_prepareError; }

    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const char* value) { return bind(index, QString::fromUtf8(value)); }
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement& bind(int index, double value);
    Statement& bindBlob(int index, const QByteArray& value);
    Statement& bindUtf8(int index, const QByteArray& utf8); // text already in UTF-8: no QString round trip
    Statement& bindNull(int index);
    Statement& bind(int index, const QVariant& value);

    // true when a row is available, false when done.
    Result<bool> step();
    // Runs to completion, for statements that return no rows.
    Status exec();
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    QString text(int column) const;
    // The column's UTF-8 bytes without a copy ("" for NULL); valid until the next step or reset.
    const char* utf8(int column, int* bytes) const;
    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    QByteArray blob(int column) const;

private:
    void noteBind(int rc);
    // The buffer to hold what parameter `index` is bound to, or null when SQLite must copy the value: a
    // large value, an index out of range, or a statement stepped since its last reset (SQLite refuses the
    // bind, and its current value must stay where it is).
    QByteArray* boundBuffer(int index, qsizetype bytes);

    Database& m_db;
    sqlite3_stmt* m_stmt = nullptr;
    Error m_prepareError;
    int m_bindError = 0;
    bool m_stepped = false; // stepped since the last reset
    // The UTF-8 text bound to each parameter, read by SQLite in place (SQLITE_STATIC) until rebound: a
    // string is encoded straight into its parameter's buffer, reused from one execution to the next,
    // instead of into a temporary that SQLite then copies again.
    std::vector<QByteArray> m_bound;
};

} // namespace ll
