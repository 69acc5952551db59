#include "PullService.h"

#include <QJsonDocument>

namespace ll::server {

namespace {

struct Revoke
{
    qint64 seq;
    QString recordId;
};

void appendJsonString(QByteArray& out, const QString& s)
{
    out += '"';
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u == '"' || u == '\\') {
            out += '\\';
            out += char(u);
        } else if (u < 0x20) {
            out += "\\u00";
            out += "0123456789abcdef"[u >> 4];
            out += "0123456789abcdef"[u & 0xf];
        } else if (u < 0x80) {
            out += char(u);
        } else {
            out += QString(c).toUtf8(); // ids and entity names are ASCII; a lone surrogate is not expected
        }
    }
    out += '"';
}

void appendOptionalId(QByteArray& out, const QString& id)
{
    if (id.isEmpty())
        out += "null";
    else
        appendJsonString(out, id);
}

// The members of the stored state object without its braces, or empty if it is not an object's text.
QByteArray stateMembers(const QString& stateText)
{
    const QByteArray text = stateText.trimmed().toUtf8();
    if (text.size() < 2 || text.front() != '{' || text.back() != '}')
        return {};
    return text.mid(1, text.size() - 2).trimmed();
}

} // namespace

Result<PullService::Page> PullService::page(const Principal& p, qint64 cursor, int limit)
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
    QList<Row> changes;
    changes.reserve(limit + 1);
    while (q->next())
        changes.append(Row{q->value(6).toLongLong(), q->value(1).toString(), q->value(0).toString(),
                           q->value(2).toString(), q->value(3).toString(), q->value(4).toString(),
                           q->value(5).toInt() != 0, q->value(7).toString()});

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
    Page out;
    qsizetype ci = 0;
    qsizetype ri = 0;
    qint64 last = cursor;
    int taken = 0;
    while (taken < limit && (ci < changes.size() || ri < revokes.size())) {
        const bool takeChange =
            ri >= revokes.size() || (ci < changes.size() && changes.at(ci).seq < revokes.at(ri).seq);
        if (takeChange) {
            last = changes.at(ci).seq;
            out.changes.append(std::move(changes[ci++]));
        } else {
            last = revokes.at(ri).seq;
            out.revokes.append(revokes.at(ri++).recordId);
        }
        ++taken;
    }
    out.hasMore = ci < changes.size() || ri < revokes.size();
    out.nextCursor = out.hasMore ? last : top.value();
    return out;
}

Result<PullResponse> PullService::pull(const Principal& p, qint64 cursor, int limit)
{
    auto pg = page(p, cursor, limit);
    if (!pg)
        return pg.error();
    PullResponse resp;
    for (const Row& row : std::as_const(pg->changes)) {
        auto state = RecordState::fromJson(QJsonDocument::fromJson(row.stateText.toUtf8()).object());
        if (!state)
            return makeError(ErrorCode::Corrupt, QStringLiteral("stored record state unreadable"));
        resp.changes.append(Change{row.seq, row.entity, row.recordId, row.ownerId, row.storeId, row.parentId,
                                   row.deleted, state.value()});
    }
    resp.revokes = pg->revokes;
    resp.hasMore = pg->hasMore;
    resp.nextCursor = pg->nextCursor;
    return resp;
}

Result<QByteArray> PullService::pullJson(const Principal& p, qint64 cursor, int limit)
{
    auto pg = page(p, cursor, limit);
    if (!pg)
        return pg.error();
    // Same members as Change::toJson / PullResponse::toJson; the state's own members (fields, sets,
    // conflicts) follow the routing ones inside each change object.
    QByteArray out;
    out.reserve(pg->changes.size() * 640 + 128);
    out += "{\"changes\":[";
    bool first = true;
    for (const Row& row : std::as_const(pg->changes)) {
        const QByteArray members = stateMembers(row.stateText);
        if (members.isEmpty())
            return makeError(ErrorCode::Corrupt, QStringLiteral("stored record state unreadable"));
        if (!first)
            out += ',';
        first = false;
        out += "{\"seq\":";
        out += QByteArray::number(row.seq);
        out += ",\"entity\":";
        appendJsonString(out, row.entity);
        out += ",\"recordId\":";
        appendJsonString(out, row.recordId);
        out += ",\"ownerId\":";
        appendOptionalId(out, row.ownerId);
        out += ",\"storeId\":";
        appendOptionalId(out, row.storeId);
        out += ",\"parentId\":";
        appendOptionalId(out, row.parentId);
        out += row.deleted ? ",\"deleted\":true," : ",\"deleted\":false,";
        out += members;
        out += '}';
    }
    out += "],\"revokes\":[";
    for (qsizetype i = 0; i < pg->revokes.size(); ++i) {
        if (i > 0)
            out += ',';
        appendJsonString(out, pg->revokes.at(i));
    }
    out += "],\"nextCursor\":";
    out += QByteArray::number(pg->nextCursor);
    out += pg->hasMore ? ",\"hasMore\":true" : ",\"hasMore\":false";
    out += ",\"wipe\":false}";
    return out;
}

} // namespace ll::server
