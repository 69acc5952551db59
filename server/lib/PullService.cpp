#include "PullService.h"

#include <QJsonDocument>

namespace ll::server {

namespace {
struct Revoke
{
    qint64 seq;
    QString recordId;
};
} // namespace

Result<PullResponse> PullService::pull(const Principal& p, qint64 cursor, int limit)
{
    // The counter is read first: every row with seq <= top is already committed (the counter
    // row is updated in the same transaction), so the feed never skips a slow writer's rows.
    auto top = RecordStore(m_conn).currentSeq(p.orgId);
    if (!top)
        return top.error();

    // owner_id/store_id express every ownership class: NULL owner = org-wide or team record
    // (everyone); contact children carry their contact's owner and store; personal records and
    // staff logs their owner's. So one filter per role covers them all.
    QString visible;
    QString revokeFilter;
    QVariantList visibleBinds;
    if (p.isManager()) {
        visible = QStringLiteral(" AND (owner_id IS NULL OR store_id = ?)");
        revokeFilter = QStringLiteral(" AND r.prev_store_id = ? AND (c.store_id IS NULL OR c.store_id <> ?)");
        visibleBinds = {p.storeId};
    } else if (p.isGuide()) {
        visible = QStringLiteral(" AND (owner_id IS NULL OR owner_id = ?)");
        revokeFilter = QStringLiteral(" AND r.prev_owner_id = ? AND (c.owner_id IS NULL OR c.owner_id <> ?)");
        visibleBinds = {p.staffId};
    }

    QVariantList binds{p.orgId, cursor, top.value()};
    binds += visibleBinds;
    binds << limit + 1;
    auto q = m_conn.exec(
        QStringLiteral("SELECT id, entity, owner_id, store_id, parent_id, deleted, seq, state FROM "
                       "records WHERE org_id = ? AND seq > ? AND seq <= ?%1 ORDER BY seq LIMIT ?")
            .arg(visible),
        binds);
    if (!q)
        return q.error();
    QList<Change> changes;
    while (q->next()) {
        auto state = RecordState::fromJson(QJsonDocument::fromJson(q->value(7).toString().toUtf8()).object());
        if (!state)
            return makeError(ErrorCode::Corrupt, QStringLiteral("stored record state unreadable"));
        changes.append(Change{q->value(6).toLongLong(), q->value(1).toString(), q->value(0).toString(),
                              q->value(2).toString(), q->value(3).toString(), q->value(4).toString(),
                              q->value(5).toInt() != 0, state.value()});
    }

    QList<Revoke> revokes;
    if (!revokeFilter.isEmpty()) {
        QVariantList rb{p.orgId, cursor, top.value()};
        rb << visibleBinds.first() << visibleBinds.first() << limit + 1;
        auto rq =
            m_conn.exec(QStringLiteral("SELECT r.seq, r.record_id FROM revocations r JOIN records c ON "
                                       "c.id = r.record_id WHERE r.org_id = ? AND r.seq > ? AND r.seq <= ?%1 "
                                       "ORDER BY r.seq LIMIT ?")
                            .arg(revokeFilter),
                        rb);
        if (!rq)
            return rq.error();
        while (rq->next())
            revokes.append(Revoke{rq->value(0).toLongLong(), rq->value(1).toString()});
    }

    // Merge both streams by seq and cut the page at `limit` entries.
    PullResponse resp;
    qsizetype ci = 0;
    qsizetype ri = 0;
    qint64 last = cursor;
    int taken = 0;
    while (taken < limit && (ci < changes.size() || ri < revokes.size())) {
        const bool takeChange =
            ri >= revokes.size() || (ci < changes.size() && changes.at(ci).seq < revokes.at(ri).seq);
        if (takeChange) {
            last = changes.at(ci).seq;
            resp.changes.append(changes.at(ci++));
        } else {
            last = revokes.at(ri).seq;
            resp.revokes.append(revokes.at(ri++).recordId);
        }
        ++taken;
    }
    resp.hasMore = ci < changes.size() || ri < revokes.size();
    resp.nextCursor = resp.hasMore ? last : top.value();
    return resp;
}

} // namespace ll::server
