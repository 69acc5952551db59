#include "RecordStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>

namespace ll::server {

QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

namespace {
QString stateText(const RecordState& s)
{
    return QString::fromUtf8(QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact));
}
} // namespace

Result<QSqlQuery*> CachedStatement::exec(const QVariantList& binds)
{
    if (!m_query) {
        auto q = m_conn.exec(m_sql, binds);
        if (!q)
            return q.error();
        m_query.emplace(std::move(q.value()));
        return &*m_query;
    }
    for (qsizetype i = 0; i < binds.size(); ++i)
        m_query->bindValue(static_cast<int>(i), binds[i]);
    if (!m_query->exec())
        return makeError(ErrorCode::Database, m_query->lastError().text());
    return &*m_query;
}

RecordStore::RecordStore(SqlConnection& conn)
    : m_conn(conn)
    , m_load(conn, QStringLiteral("SELECT id, org_id, entity, owner_id, store_id, parent_id, deleted, seq, "
                                  "state FROM records WHERE id = ?"))
    , m_insert(conn, QStringLiteral("INSERT INTO records (id, org_id, entity, owner_id, store_id, parent_id, "
                                    "deleted, seq, state, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_update(conn,
               QStringLiteral("UPDATE records SET owner_id = ?, store_id = ?, parent_id = ?, deleted = ?, "
                              "seq = ?, state = ?, updated_at = ? WHERE id = ?"))
    , m_childIds(conn, QStringLiteral("SELECT id FROM records WHERE parent_id = ? ORDER BY seq"))
    , m_revocation(conn, QStringLiteral("INSERT INTO revocations (org_id, seq, record_id, prev_owner_id, "
                                        "prev_store_id) VALUES (?, ?, ?, ?, ?)"))
{}

Status RecordStore::lockOrg(const QString& orgId)
{
    // The UPDATE takes the row lock (PostgreSQL) / write lock (SQLite) until the transaction ends;
    // from here on this transaction is the only one that can move the org's counter.
    LL_TRY(m_conn.run(QStringLiteral("UPDATE org_counters SET seq = seq WHERE org_id = ?"), {orgId}));
    m_lockedOrg.clear();
    auto seq = m_conn.scalar(QStringLiteral("SELECT seq FROM org_counters WHERE org_id = ?"), {orgId});
    if (!seq)
        return seq.error();
    // An org without a counter row keeps the per-call path, which reports the missing counter.
    if (!seq->isValid())
        return {};
    m_lockedOrg = orgId;
    m_seq = m_flushedSeq = seq->toLongLong();
    return {};
}

Result<qint64> RecordStore::nextSeq(const QString& orgId)
{
    if (!m_lockedOrg.isEmpty() && orgId == m_lockedOrg)
        return ++m_seq;
    LL_TRY(m_conn.run(QStringLiteral("UPDATE org_counters SET seq = seq + 1 WHERE org_id = ?"), {orgId}));
    return currentSeq(orgId);
}

Status RecordStore::flushSeq()
{
    if (m_lockedOrg.isEmpty() || m_seq == m_flushedSeq)
        return {};
    LL_TRY(
        m_conn.run(QStringLiteral("UPDATE org_counters SET seq = ? WHERE org_id = ?"), {m_seq, m_lockedOrg}));
    m_flushedSeq = m_seq;
    return {};
}

Result<qint64> RecordStore::currentSeq(const QString& orgId)
{
    if (!m_lockedOrg.isEmpty() && orgId == m_lockedOrg)
        return m_seq;
    auto v = m_conn.scalar(QStringLiteral("SELECT seq FROM org_counters WHERE org_id = ?"), {orgId});
    if (!v)
        return v.error();
    if (!v->isValid())
        return makeError(ErrorCode::NotFound, QStringLiteral("org has no counter"));
    return v->toLongLong();
}

Result<std::optional<RecordRow>> RecordStore::load(const QString& id)
{
    auto q = m_load.exec({id});
    if (!q)
        return q.error();
    QSqlQuery& r = **q;
    if (!r.next())
        return std::optional<RecordRow>();
    auto state = RecordState::fromJson(QJsonDocument::fromJson(r.value(8).toString().toUtf8()).object());
    if (!state)
        return makeError(ErrorCode::Corrupt, QStringLiteral("stored record state unreadable"));
    RecordRow row{r.value(0).toString(),   r.value(1).toString(),   r.value(2).toString(),
                  r.value(3).toString(),   r.value(4).toString(),   r.value(5).toString(),
                  r.value(6).toInt() != 0, r.value(7).toLongLong(), state.value()};
    r.finish();
    return std::optional<RecordRow>(std::move(row));
}

Status RecordStore::insert(const RecordRow& r)
{
    auto q = m_insert.exec({r.id, r.orgId, r.entity, nullable(r.ownerId), nullable(r.storeId),
                            nullable(r.parentId), r.deleted ? 1 : 0, r.seq, stateText(r.state),
                            QDateTime::currentMSecsSinceEpoch()});
    if (!q)
        return q.error();
    return {};
}

Status RecordStore::update(const RecordRow& r)
{
    auto q = m_update.exec({nullable(r.ownerId), nullable(r.storeId), nullable(r.parentId), r.deleted ? 1 : 0,
                            r.seq, stateText(r.state), QDateTime::currentMSecsSinceEpoch(), r.id});
    if (!q)
        return q.error();
    return {};
}

Result<QStringList> RecordStore::childIds(const QString& parentId)
{
    auto q = m_childIds.exec({parentId});
    if (!q)
        return q.error();
    QStringList ids;
    while ((*q)->next())
        ids << (*q)->value(0).toString();
    (*q)->finish();
    return ids;
}

Status RecordStore::addRevocation(const QString& orgId, qint64 seq, const QString& recordId,
                                  const QString& prevOwnerId, const QString& prevStoreId)
{
    auto q = m_revocation.exec({orgId, seq, recordId, nullable(prevOwnerId), nullable(prevStoreId)});
    if (!q)
        return q.error();
    return {};
}

} // namespace ll::server
