#include "TransferStore.h"

#include <QDateTime>
#include <QJsonDocument>

namespace ll::server {

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QVariant nullableInt(qint64 v)
{
    return v > 0 ? QVariant(v) : QVariant();
}

const QString kTransferColumns =
    QStringLiteral("id, org_id, created_by, created_at, from_staff_id, strategy, capacity, reason, status");

StoredTransfer transferFrom(const QSqlQuery& q)
{
    StoredTransfer s;
    s.orgId = q.value(1).toString();
    Transfer& t = s.transfer;
    t.id = q.value(0).toString();
    t.createdBy = q.value(2).toString();
    t.createdAt = q.value(3).toLongLong();
    t.from = q.value(4).toString();
    t.strategy = q.value(5).toString();
    if (!q.value(6).isNull())
        t.capacity = q.value(6).toInt();
    t.reason = q.value(7).toString();
    t.status = q.value(8).toString();
    return s;
}

} // namespace

TransferStore::TransferStore(SqlConnection& conn)
    : m_conn(conn)
    , m_updateItem(conn,
                   QStringLiteral("UPDATE transfer_items SET to_staff_id = ?, to_store_id = ?, status = ?, "
                                  "reason = ?, done_at = ?, move_seq = ? WHERE transfer_id = ? AND "
                                  "contact_id = ?"))
{}

Status TransferStore::insertTransfer(const QString& orgId, const Transfer& t)
{
    return m_conn.run(
        QStringLiteral("INSERT INTO transfers (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kTransferColumns),
        {t.id, orgId, t.createdBy, t.createdAt, t.from, t.strategy,
         t.capacity ? QVariant(*t.capacity) : QVariant(), nullable(t.reason), t.status});
}

Status TransferStore::setTransferStatus(const QString& transferId, const QString& status)
{
    return m_conn.run(QStringLiteral("UPDATE transfers SET status = ? WHERE id = ?"), {status, transferId});
}

Status TransferStore::insertItems(const QString& transferId, const QList<StoredItem>& items)
{
    QList<QVariantList> rows;
    rows.reserve(items.size());
    for (const StoredItem& s : items) {
        const TransferItem& i = s.item;
        rows.append({transferId, i.contactId, i.from, nullable(i.to), nullable(s.fromStoreId),
                     nullable(s.toStoreId), i.status, nullable(i.reason), nullableInt(i.doneAt),
                     nullableInt(s.moveSeq), 0});
    }
    return insertRows(QStringLiteral("transfer_items"),
                      {QStringLiteral("transfer_id"), QStringLiteral("contact_id"),
                       QStringLiteral("from_staff_id"), QStringLiteral("to_staff_id"),
                       QStringLiteral("from_store_id"), QStringLiteral("to_store_id"),
                       QStringLiteral("status"), QStringLiteral("reason"), QStringLiteral("done_at"),
                       QStringLiteral("move_seq"), QStringLiteral("reviewed")},
                      rows);
}

Status TransferStore::replaceItems(const QString& transferId, const QList<StoredItem>& items)
{
    LL_TRY(m_conn.run(QStringLiteral("DELETE FROM transfer_items WHERE transfer_id = ?"), {transferId}));
    return insertItems(transferId, items);
}

Status TransferStore::insertRows(const QString& table, const QStringList& columns,
                                 const QList<QVariantList>& rows)
{
    // Older SQLite builds allow 999 bound values per statement.
    const qsizetype perChunk = std::max<qsizetype>(1, 900 / columns.size());
    const QString one =
        QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(u',') + QLatin1Char(')');
    const auto sqlFor = [&](qsizetype n) {
        return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
            .arg(table, columns.join(QStringLiteral(", ")), QStringList(n, one).join(u','));
    };
    CachedStatement full(m_conn, sqlFor(perChunk));
    for (qsizetype start = 0; start < rows.size(); start += perChunk) {
        const qsizetype n = std::min(perChunk, rows.size() - start);
        QVariantList binds;
        binds.reserve(n * columns.size());
        for (qsizetype i = start; i < start + n; ++i)
            binds += rows.at(i);
        if (n == perChunk) {
            auto q = full.exec(binds);
            if (!q)
                return q.error();
        } else {
            LL_TRY(m_conn.run(sqlFor(n), binds));
        }
    }
    return {};
}

Status TransferStore::updateItem(const QString& transferId, const StoredItem& s)
{
    const TransferItem& i = s.item;
    auto q = m_updateItem.exec({nullable(i.to), nullable(s.toStoreId), i.status, nullable(i.reason),
                                nullableInt(i.doneAt), nullableInt(s.moveSeq), transferId, i.contactId});
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<StoredTransfer>> TransferStore::loadTransfer(const QString& transferId)
{
    auto q = m_conn.exec(QStringLiteral("SELECT %1 FROM transfers WHERE id = ?").arg(kTransferColumns),
                         {transferId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<StoredTransfer>();
    return std::optional<StoredTransfer>(transferFrom(*q));
}

Result<QList<StoredItem>> TransferStore::items(const QString& transferId)
{
    auto q = m_conn.exec(QStringLiteral("SELECT contact_id, from_staff_id, to_staff_id, from_store_id, "
                                        "to_store_id, status, reason, done_at, move_seq, reviewed FROM "
                                        "transfer_items WHERE transfer_id = ? ORDER BY contact_id"),
                         {transferId});
    if (!q)
        return q.error();
    QList<StoredItem> out;
    while (q->next()) {
        StoredItem s;
        s.item.contactId = q->value(0).toString();
        s.item.from = q->value(1).toString();
        s.item.to = q->value(2).toString();
        s.fromStoreId = q->value(3).toString();
        s.toStoreId = q->value(4).toString();
        s.item.status = q->value(5).toString();
        s.item.reason = q->value(6).toString();
        s.item.doneAt = q->value(7).toLongLong();
        s.moveSeq = q->value(8).toLongLong();
        s.item.reviewed = q->value(9).toInt() != 0;
        out.append(std::move(s));
    }
    return out;
}

Result<QList<StoredTransfer>> TransferStore::list(const QString& orgId, const QString& withItemTo, int limit)
{
    QString sql = QStringLiteral("SELECT %1 FROM transfers t WHERE org_id = ?").arg(kTransferColumns);
    QVariantList binds{orgId};
    if (!withItemTo.isEmpty()) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM transfer_items i WHERE i.transfer_id = t.id AND "
                              "i.to_staff_id = ?)");
        binds << withItemTo;
    }
    sql += QStringLiteral(" ORDER BY created_at DESC, id LIMIT ?");
    binds << limit;
    auto q = m_conn.exec(sql, binds);
    if (!q)
        return q.error();
    QList<StoredTransfer> out;
    while (q->next())
        out.append(transferFrom(*q));
    return out;
}

Result<QHash<QString, qint64>> TransferStore::firstFollowUps(const QString& transferId)
{
    // Follow-ups with a seq after the move were written after it (moved history got lower seqs).
    auto q = m_conn.exec(
        QStringLiteral("SELECT i.contact_id, i.to_staff_id, r.state FROM transfer_items i JOIN records r ON "
                       "r.parent_id = i.contact_id AND r.entity = 'followup' AND r.deleted = 0 AND "
                       "r.seq > i.move_seq WHERE i.transfer_id = ? AND i.status = 'done'"),
        {transferId});
    if (!q)
        return q.error();
    QHash<QString, qint64> first;
    while (q->next()) {
        const QJsonObject fields = QJsonDocument::fromJson(q->value(2).toString().toUtf8())
                                       .object()
                                       .value(QStringLiteral("fields"))
                                       .toObject();
        const QString author =
            fields.value(QStringLiteral("staffId")).toObject().value(QStringLiteral("value")).toString();
        if (!author.isEmpty() && author != q->value(1).toString())
            continue;
        // docs/SYNC-MAPPING.md names it happenedAt; older schemas called it "at".
        QJsonValue at = fields.value(QStringLiteral("happenedAt")).toObject().value(QStringLiteral("value"));
        if (at.isUndefined() || at.isNull())
            at = fields.value(QStringLiteral("at")).toObject().value(QStringLiteral("value"));
        if (!at.isDouble())
            continue;
        const qint64 ms = static_cast<qint64>(at.toDouble());
        const QString contact = q->value(0).toString();
        if (!first.contains(contact) || ms < first.value(contact))
            first.insert(contact, ms);
    }
    return first;
}

Status TransferStore::markReviewed(const QString& transferId, const QStringList& contactIds,
                                   const QString& by)
{
    const qint64 at = now();
    LL_TRY(markItemsReviewed(transferId, contactIds, by, at));
    // The transfer counts as reviewed once none of its items is left unreviewed.
    return m_conn.run(QStringLiteral("UPDATE transfers SET reviewed_by = ?, reviewed_at = ? WHERE id = ? AND "
                                     "reviewed_at IS NULL AND NOT EXISTS (SELECT 1 FROM transfer_items WHERE "
                                     "transfer_id = ? AND reviewed = 0)"),
                      {by, at, transferId, transferId});
}

Status TransferStore::markItemsReviewed(const QString& transferId, const QStringList& contactIds,
                                        const QString& by, qint64 at)
{
    if (contactIds.isEmpty())
        return m_conn.run(
            QStringLiteral("UPDATE transfer_items SET reviewed = 1, reviewed_by = ?, reviewed_at = ? "
                           "WHERE transfer_id = ?"),
            {by, at, transferId});
    CachedStatement one(m_conn, QStringLiteral("UPDATE transfer_items SET reviewed = 1, reviewed_by = ?, "
                                               "reviewed_at = ? WHERE transfer_id = ? AND contact_id = ?"));
    for (const QString& id : contactIds) {
        auto q = one.exec({by, at, transferId, id});
        if (!q)
            return q.error();
    }
    return {};
}

Result<QList<RecordRow>> TransferStore::contactsOwnedBy(const QString& orgId, const QString& staffId)
{
    auto q =
        m_conn.exec(QStringLiteral("SELECT id, org_id, entity, owner_id, store_id, parent_id, deleted, seq, "
                                   "state FROM records WHERE org_id = ? AND owner_id = ? AND entity = "
                                   "'contact' AND deleted = 0 ORDER BY id"),
                    {orgId, staffId});
    if (!q)
        return q.error();
    QList<RecordRow> rows;
    while (q->next()) {
        auto state = RecordState::fromJson(QJsonDocument::fromJson(q->value(8).toString().toUtf8()).object());
        if (!state)
            return makeError(ErrorCode::Corrupt, QStringLiteral("stored record state unreadable"));
        rows.append(RecordRow{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                              q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                              q->value(6).toInt() != 0, q->value(7).toLongLong(), std::move(state).value()});
    }
    return rows;
}

Result<int> TransferStore::contactCount(const QString& orgId, const QString& staffId)
{
    auto v =
        m_conn.scalar(QStringLiteral("SELECT COUNT(*) FROM records WHERE org_id = ? AND owner_id = ? AND "
                                     "entity = 'contact' AND deleted = 0"),
                      {orgId, staffId});
    if (!v)
        return v.error();
    return v->toInt();
}

Status TransferStore::updateMoved(const QList<Moved>& rows, bool withState)
{
    const qsizetype bindsPerRow = withState ? 9 : 7;
    const qsizetype perChunk = 890 / bindsPerRow;
    const auto sqlFor = [&](qsizetype n) {
        const QString when = QStringLiteral(" WHEN ? THEN ?").repeated(n);
        QString sql = QStringLiteral("UPDATE records SET owner_id = CASE id%1 END, store_id = CASE id%1 END, "
                                     "seq = CASE id%2 END, ")
                          .arg(when, QStringLiteral(" WHEN ? THEN CAST(? AS BIGINT)").repeated(n));
        if (withState)
            sql += QStringLiteral("state = CASE id%1 END, ").arg(when);
        sql += QStringLiteral("updated_at = ? WHERE id IN (%1)")
                   .arg(QStringList(n, QStringLiteral("?")).join(u','));
        return sql;
    };
    CachedStatement full(m_conn, sqlFor(perChunk));
    const qint64 at = now();
    for (qsizetype start = 0; start < rows.size(); start += perChunk) {
        const qsizetype n = std::min(perChunk, rows.size() - start);
        const auto chunk = rows.mid(start, n);
        QVariantList binds;
        binds.reserve(n * bindsPerRow + 1);
        for (const Moved& m : chunk)
            binds << m.id << nullable(m.ownerId);
        for (const Moved& m : chunk)
            binds << m.id << nullable(m.storeId);
        for (const Moved& m : chunk)
            binds << m.id << m.seq;
        if (withState)
            for (const Moved& m : chunk)
                binds << m.id << m.stateJson;
        binds << at;
        for (const Moved& m : chunk)
            binds << m.id;
        if (n == perChunk) {
            auto q = full.exec(binds);
            if (!q)
                return q.error();
        } else {
            LL_TRY(m_conn.run(sqlFor(n), binds));
        }
    }
    return {};
}

Result<QHash<QString, QStringList>> TransferStore::childrenOfContactsOwnedBy(const QString& orgId,
                                                                             const QString& staffId)
{
    auto q = m_conn.exec(
        QStringLiteral("SELECT id, parent_id FROM records WHERE parent_id IN (SELECT id FROM records "
                       "WHERE org_id = ? AND owner_id = ? AND entity = 'contact' AND deleted = 0) "
                       "ORDER BY seq"),
        {orgId, staffId});
    if (!q)
        return q.error();
    QHash<QString, QStringList> children;
    while (q->next())
        children[q->value(1).toString()].append(q->value(0).toString());
    return children;
}

Result<QList<Staff>> TransferStore::staffOfOrg(const QString& orgId)
{
    auto q =
        m_conn.exec(QStringLiteral("SELECT id, org_id, store_id, username, display_name, role, status FROM "
                                   "staff WHERE org_id = ? ORDER BY display_name, id"),
                    {orgId});
    if (!q)
        return q.error();
    QList<Staff> out;
    while (q->next())
        out.append(Staff{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                         q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                         q->value(6).toString(), QString()});
    return out;
}

} // namespace ll::server
