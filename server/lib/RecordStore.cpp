#include "RecordStore.h"

#include <QDateTime>
#include <QJsonDocument>

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

Status RecordStore::lockOrg(const QString& orgId)
{
    return m_conn.run(QStringLiteral("UPDATE org_counters SET seq = seq WHERE org_id = ?"), {orgId});
}

Result<qint64> RecordStore::nextSeq(const QString& orgId)
{
    LL_TRY(m_conn.run(QStringLiteral("UPDATE org_counters SET seq = seq + 1 WHERE org_id = ?"), {orgId}));
    return currentSeq(orgId);
}

Result<qint64> RecordStore::currentSeq(const QString& orgId)
{
    auto v = m_conn.scalar(QStringLiteral("SELECT seq FROM org_counters WHERE org_id = ?"), {orgId});
    if (!v)
        return v.error();
    if (!v->isValid())
        return makeError(ErrorCode::NotFound, QStringLiteral("org has no counter"));
    return v->toLongLong();
}

Result<std::optional<RecordRow>> RecordStore::load(const QString& id)
{
    auto q = m_conn.exec(
        QStringLiteral("SELECT id, org_id, entity, owner_id, store_id, parent_id, deleted, seq, state "
                       "FROM records WHERE id = ?"),
        {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<RecordRow>();
    auto state = RecordState::fromJson(QJsonDocument::fromJson(q->value(8).toString().toUtf8()).object());
    if (!state)
        return makeError(ErrorCode::Corrupt, QStringLiteral("stored record state unreadable"));
    return std::optional<RecordRow>(
        RecordRow{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                  q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                  q->value(6).toInt() != 0, q->value(7).toLongLong(), state.value()});
}

Status RecordStore::insert(const RecordRow& r)
{
    return m_conn.run(
        QStringLiteral("INSERT INTO records (id, org_id, entity, owner_id, store_id, parent_id, deleted, "
                       "seq, state, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.id, r.orgId, r.entity, nullable(r.ownerId), nullable(r.storeId), nullable(r.parentId),
         r.deleted ? 1 : 0, r.seq, stateText(r.state), QDateTime::currentMSecsSinceEpoch()});
}

Status RecordStore::update(const RecordRow& r)
{
    return m_conn.run(
        QStringLiteral("UPDATE records SET owner_id = ?, store_id = ?, deleted = ?, seq = ?, state = ?, "
                       "updated_at = ? WHERE id = ?"),
        {nullable(r.ownerId), nullable(r.storeId), r.deleted ? 1 : 0, r.seq, stateText(r.state),
         QDateTime::currentMSecsSinceEpoch(), r.id});
}

Result<QStringList> RecordStore::childIds(const QString& parentId)
{
    auto q =
        m_conn.exec(QStringLiteral("SELECT id FROM records WHERE parent_id = ? ORDER BY seq"), {parentId});
    if (!q)
        return q.error();
    QStringList ids;
    while (q->next())
        ids << q->value(0).toString();
    return ids;
}

Status RecordStore::addRevocation(const QString& orgId, qint64 seq, const QString& recordId,
                                  const QString& prevOwnerId, const QString& prevStoreId)
{
    return m_conn.run(
        QStringLiteral("INSERT INTO revocations (org_id, seq, record_id, prev_owner_id, prev_store_id) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {orgId, seq, recordId, nullable(prevOwnerId), nullable(prevStoreId)});
}

} // namespace ll::server
