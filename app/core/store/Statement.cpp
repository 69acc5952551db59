#include "store/Statement.h"

#include "store/Database.h"

#include <QStringEncoder>

#include <algorithm>

#include <sqlite3.h>

#include <cstring>

namespace ll {

Statement::Statement(Database& db, const char* sql)
    : m_db(db)
{
    if (sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        m_prepareError = db.lastError();
        m_prepareError.message += QStringLiteral(" [%1]").arg(QString::fromUtf8(sql).left(120));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

bool Statement::preparedFrom(const char* sql) const
{
    return m_stmt && std::strcmp(sqlite3_sql(m_stmt), sql) == 0;
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

namespace {

// Text up to this size (UTF-8, worst case) is kept with its parameter until rebound; larger text is copied
// by SQLite, so a cached statement never holds on to the buffer of a long note.
constexpr qsizetype kMaxKeptBytes = 48 * 1024;

// Whether QStringEncoder writes this text as QString::toUtf8 does: they differ only for an unpaired surrogate
// (U+FFFD against '?'), so text with any surrogate at all (emoji too) goes the toUtf8 way.
bool encodesAsToUtf8(QStringView text)
{
    return std::none_of(text.begin(), text.end(), [](QChar c) { return c.isSurrogate(); });
}

} // namespace

QByteArray* Statement::boundBuffer(int index, qsizetype bytes)
{
    // m_stepped also covers a statement run to its end but not reset, which SQLite refuses to rebind too.
    if (bytes > kMaxKeptBytes || m_stepped)
        return nullptr;
    if (m_bound.empty())
        m_bound.resize(size_t(sqlite3_bind_parameter_count(m_stmt)));
    if (index < 1 || size_t(index) > m_bound.size())
        return nullptr;
    return &m_bound[size_t(index) - 1];
}

Statement& Statement::bind(int index, const QString& value)
{
    if (!m_stmt)
        return *this;
    QStringEncoder encoder(QStringEncoder::Utf8);
    const qsizetype most = encoder.requiredSpace(value.size());
    QByteArray* buffer = boundBuffer(index, most);
    if (!buffer || !encodesAsToUtf8(value)) {
        const QByteArray utf8 = value.toUtf8();
        noteBind(sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
        return *this;
    }
    // Into the parameter's own buffer: shrinking keeps its capacity, so after the first rows this allocates
    // nothing.
    buffer->resize(most);
    char* end = encoder.appendToBuffer(buffer->data(), value);
    buffer->resize(end - buffer->constData());
    noteBind(sqlite3_bind_text(m_stmt, index, buffer->constData(), int(buffer->size()), SQLITE_STATIC));
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        noteBind(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    if (m_stmt)
        noteBind(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement& Statement::bindBlob(int index, const QByteArray& value)
{
    if (m_stmt)
        noteBind(sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindUtf8(int index, const QByteArray& utf8)
{
    if (m_stmt)
        noteBind(sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindNull(int index)
{
    if (m_stmt)
        noteBind(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement& Statement::bind(int index, const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return bindBlob(index, value.toByteArray());
    default:
        return bind(index, value.toString());
    }
}

void Statement::noteBind(int rc)
{
    if (rc != SQLITE_OK && m_bindError == 0)
        m_bindError = rc;
}

Result<bool> Statement::step()
{
    if (!m_stmt)
        return m_prepareError;
    if (m_bindError != 0) {
        // A value that could not be bound (e.g. longer than the connection's length cap) must not
        // silently run the statement with NULL in its place.
        const ErrorCode code = m_bindError == SQLITE_TOOBIG ? ErrorCode::InvalidInput : ErrorCode::Database;
        const QString why = QString::fromUtf8(sqlite3_errstr(m_bindError));
        return makeError(code, why);
    }
    m_stepped = true;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error error = m_db.lastError();
    sqlite3_reset(m_stmt);
    m_stepped = false;
    return error;
}

Status Statement::exec()
{
    while (true) {
        auto row = step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            return {};
    }
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_bindError = 0;
    m_stepped = false;
}

int Statement::columnCount() const { return m_stmt ? sqlite3_column_count(m_stmt) : 0; }

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

QString Statement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? QString::fromUtf8(p, n) : QString();
}

const char* Statement::utf8(int column, int* bytes) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    *bytes = sqlite3_column_bytes(m_stmt, column);
    return p ? p : "";
}

qint64 Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }

double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

QByteArray Statement::blob(int column) const
{
    const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? QByteArray(p, n) : QByteArray();
}

} // namespace ll
