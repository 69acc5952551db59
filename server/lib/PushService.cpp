#include "PushService.h"

#include "AuditLog.h"
#include "Merge.h"
#include "WireError.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>

namespace ll::server {

namespace {

const QString kOwnerId = QStringLiteral("ownerId");
const QString kStoreId = QStringLiteral("storeId");

qint64 latestWall(const Mutation& m)
{
    qint64 wall = m.hlc.wallMs();
    for (const auto& f : m.fields)
        wall = std::max(wall, f.hlc.wallMs());
    for (const auto& set : m.sets)
        for (const auto& e : set) {
            if (e.added)
                wall = std::max(wall, e.added->wallMs());
            if (e.removed)
                wall = std::max(wall, e.removed->wallMs());
        }
    return wall;
}

QString ownerOf(const RecordState& s)
{
    return s.fields.value(kOwnerId).value.toString();
}

} // namespace

Status PushService::denied(const Principal& p, const QString& recordId)
{
    return writeAudit(m_conn, AuditEntry{audit::PermissionDenied, p.orgId, p.staffId, recordId, m_ip,
                                         QString::fromLatin1(wire::Forbidden)});
}

Result<std::optional<Staff>> PushService::findStaff(const QString& staffId)
{
    if (auto it = m_staff.constFind(staffId); it != m_staff.constEnd())
        return it.value();
    auto staff = Accounts(m_conn).findById(staffId);
    if (!staff)
        return staff.error();
    m_staff.insert(staffId, staff.value());
    return staff.value();
}

Result<QHash<qint64, QString>> PushService::alreadyApplied(const Principal& p, const QList<Mutation>& mutations)
{
    QHash<qint64, QString> seen;
    if (mutations.isEmpty())
        return seen;
    qint64 lo = mutations.front().mutationId;
    qint64 hi = lo;
    for (const Mutation& m : mutations) {
        lo = std::min(lo, m.mutationId);
        hi = std::max(hi, m.mutationId);
    }
    // A device's outbox ids are consecutive, so one range read is the norm; a sparse batch would
    // drag in the device's history between its ids, so that one is looked up id by id.
    if (hi - lo > 4 * static_cast<qint64>(mutations.size()) + 1000) {
        CachedStatement one(m_conn, QStringLiteral("SELECT code FROM applied_mutations WHERE staff_id = ? AND "
                                                   "device_id = ? AND mutation_id = ?"));
        for (const Mutation& m : mutations) {
            auto q = one.exec({p.staffId, p.deviceId, m.mutationId});
            if (!q)
                return q.error();
            if ((*q)->next())
                seen.insert(m.mutationId, (*q)->value(0).toString());
            (*q)->finish();
        }
        return seen;
    }
    auto q = m_conn.exec(QStringLiteral("SELECT mutation_id, code FROM applied_mutations WHERE staff_id = ? AND "
                                        "device_id = ? AND mutation_id BETWEEN ? AND ?"),
                         {p.staffId, p.deviceId, lo, hi});
    if (!q)
        return q.error();
    QSet<qint64> wanted;
    wanted.reserve(mutations.size());
    for (const Mutation& m : mutations)
        wanted.insert(m.mutationId);
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (wanted.contains(id))
            seen.insert(id, q->value(1).toString());
    }
    return seen;
}

Result<PushResponse> PushService::push(const Principal& p, const PushRequest& request)
{
    if (request.deviceId != p.deviceId)
        return wireError(wire::DeviceMismatch, QStringLiteral("deviceId differs from the token's device"));
    auto tx = Transaction::begin(m_conn);
    if (!tx)
        return tx.error();
    LL_TRY(m_records.lockOrg(p.orgId));
    // Read after the org lock: a concurrent push of the same batch has committed by now.
    auto seen = alreadyApplied(p, request.mutations);
    if (!seen)
        return seen.error();
    PushResponse resp;
    resp.results.reserve(request.mutations.size());
    for (const Mutation& m : request.mutations) {
        if (auto it = seen->constFind(m.mutationId); it != seen->constEnd()) {
            resp.results.append(PushResult{m.mutationId, QString::fromLatin1(pushStatus::Duplicate), it.value()});
            continue;
        }
        auto code = apply(p, m);
        if (!code)
            return code.error();
        const bool rejected = !code->isEmpty();
        if (code.value() == QLatin1String(wire::Forbidden))
            LL_TRY(denied(p, m.recordId));
        // A rejected edit is kept (payload) so a manager can still see what the guide wrote.
        const QVariant payload =
            rejected ? QVariant(QString::fromUtf8(QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact)))
                     : QVariant();
        const QString status = QString::fromLatin1(rejected ? pushStatus::Rejected : pushStatus::Applied);
        auto recorded = m_record.exec({p.staffId, p.deviceId, m.mutationId, status, nullable(code.value()),
                                       payload, QDateTime::currentMSecsSinceEpoch()});
        if (!recorded)
            return recorded.error();
        // The same id twice in one batch: the second is a duplicate of the first.
        seen->insert(m.mutationId, code.value());
        resp.results.append(PushResult{m.mutationId, status, code.value()});
    }
    // The seqs handed out above from memory reach the counter row in the same transaction.
    LL_TRY(m_records.flushSeq());
    LL_TRY(tx->commit());
    return resp;
}

Result<QString> PushService::apply(const Principal& p, const Mutation& m)
{
    if (latestWall(m) > QDateTime::currentMSecsSinceEpoch() + MaxClockSkewMs)
        return QString::fromLatin1(wire::ClockSkew);
    auto row = m_records.load(m.recordId);
    if (!row)
        return row.error();
    // Deleting a record the server never saw has nothing to act on, and must not create one.
    if (!row->has_value() && m.op == QLatin1String(ops::Delete))
        return QString::fromLatin1(wire::NotFound);
    if (row->has_value()) {
        if ((*row)->orgId != p.orgId)
            return QString::fromLatin1(wire::Forbidden);
        if ((*row)->entity != m.entity)
            return QString::fromLatin1(wire::InvalidValue);
    }
    const EntitySpec& spec = m.spec();
    if (spec.kind == EntityKind::AppendOnly)
        return insertAppendOnly(p, m, *row);
    if (spec.orgWide())
        return applyOrgWide(p, m, std::move(*row));
    return applyContact(p, m, std::move(*row));
}

Result<QString> PushService::applyOrgWide(const Principal& p, const Mutation& m, std::optional<RecordRow> row)
{
    if (!canWriteOrgWide(p))
        return QString::fromLatin1(wire::Forbidden);
    if (row && row->deleted)
        return QString::fromLatin1(wire::RecordDeleted);
    RecordRow r = row ? *row : RecordRow{m.recordId, p.orgId, m.entity, {}, {}, {}, false, 0, {}};
    bool changed = !row;
    if (m.op == QLatin1String(ops::Delete)) {
        r.deleted = true;
        r.state = RecordState{};
        changed = true;
    } else {
        changed |= applyUpsert(r.state, m).changed;
    }
    if (!changed)
        return QString();
    auto seq = m_records.nextSeq(p.orgId);
    if (!seq)
        return seq.error();
    r.seq = seq.value();
    LL_TRY(row ? m_records.update(r) : m_records.insert(r));
    return QString();
}

Result<QString> PushService::applyContact(const Principal& p, const Mutation& m, std::optional<RecordRow> row)
{
    if (row) {
        if (!canWriteOwned(p, row->ownerId, row->storeId))
            return QString::fromLatin1(wire::Forbidden);
        if (row->deleted)
            return QString::fromLatin1(wire::RecordDeleted);
    }
    RecordRow r = row ? *row : RecordRow{m.recordId, p.orgId, m.entity, {}, {}, {}, false, 0, {}};

    if (m.op == QLatin1String(ops::Delete)) {
        // Tombstones drop the customer's data: nothing personal is kept for a deleted contact.
        r.deleted = true;
        r.state = RecordState{};
        auto seq = m_records.nextSeq(p.orgId);
        if (!seq)
            return seq.error();
        r.seq = seq.value();
        LL_TRY(m_records.update(r));
        LL_TRY(cascadeToChildren(r));
        return QString();
    }

    Mutation effective = m;
    if (!row && !effective.fields.contains(kOwnerId))
        effective.fields.insert(kOwnerId, FieldValue{p.staffId, m.hlc});

    RecordState merged = r.state;
    const MergeOutcome outcome = applyUpsert(merged, effective);
    const QString newOwnerId = ownerOf(merged);
    if (newOwnerId.isEmpty())
        return QString::fromLatin1(wire::InvalidOwner);
    auto owner = findStaff(newOwnerId);
    if (!owner)
        return owner.error();
    const bool ownerChanged = newOwnerId != r.ownerId;
    if (ownerChanged) {
        if (!owner->has_value() || (*owner)->orgId != p.orgId || !(*owner)->active() ||
            (*owner)->storeId.isEmpty())
            return QString::fromLatin1(wire::InvalidOwner);
        if (!canAssignTo(p, **owner))
            return QString::fromLatin1(wire::Forbidden);
    }
    const QString newStoreId = owner->has_value() ? (*owner)->storeId : r.storeId;
    if (m.fields.contains(kStoreId) && m.fields.value(kStoreId).value.toString() != newStoreId)
        return QString::fromLatin1(wire::StoreMismatch);
    // The store always follows the owner; the server states it so every device agrees.
    FieldValue& store = merged.fields[kStoreId];
    if (store.value.toString() != newStoreId)
        store = FieldValue{newStoreId, merged.fields.value(kOwnerId).hlc};

    if (!outcome.changed && row && !ownerChanged)
        return QString();
    const QString prevOwner = r.ownerId;
    const QString prevStore = r.storeId;
    r.state = merged;
    r.ownerId = newOwnerId;
    r.storeId = newStoreId;
    if (row && ownerChanged) {
        auto revokeSeq = m_records.nextSeq(p.orgId);
        if (!revokeSeq)
            return revokeSeq.error();
        LL_TRY(m_records.addRevocation(p.orgId, revokeSeq.value(), r.id, prevOwner, prevStore));
        LL_TRY(writeAudit(m_conn, AuditEntry{audit::Reassigned, p.orgId, p.staffId, r.id, m_ip, newOwnerId}));
    }
    auto seq = m_records.nextSeq(p.orgId);
    if (!seq)
        return seq.error();
    r.seq = seq.value();
    LL_TRY(row ? m_records.update(r) : m_records.insert(r));
    if (row && ownerChanged)
        LL_TRY(cascadeToChildren(r));
    return QString();
}

Result<QString> PushService::insertAppendOnly(const Principal& p, const Mutation& m,
                                              const std::optional<RecordRow>& row)
{
    if (row)
        return QString::fromLatin1(wire::ImmutableRecord);
    const QString contactId = m.fields.value(QStringLiteral("contactId")).value.toString();
    auto contact = m_records.load(contactId);
    if (!contact)
        return contact.error();
    if (!contact->has_value() || (*contact)->orgId != p.orgId ||
        (*contact)->entity != QLatin1String("contact") || (*contact)->deleted)
        return QString::fromLatin1(wire::ParentNotFound);
    if (!canWriteOwned(p, (*contact)->ownerId, (*contact)->storeId))
        return QString::fromLatin1(wire::Forbidden);
    auto seq = m_records.nextSeq(p.orgId);
    if (!seq)
        return seq.error();
    LL_TRY(m_records.insert(RecordRow{m.recordId, p.orgId, m.entity, (*contact)->ownerId, (*contact)->storeId,
                                      contactId, false, seq.value(), stateFromInsert(m)}));
    return QString();
}

Status PushService::cascadeToChildren(const RecordRow& contact)
{
    auto ids = m_records.childIds(contact.id);
    if (!ids)
        return ids.error();
    for (const QString& id : ids.value()) {
        auto child = m_records.load(id);
        if (!child)
            return child.error();
        if (!child->has_value())
            continue;
        RecordRow c = **child;
        c.ownerId = contact.ownerId;
        c.storeId = contact.storeId;
        if (contact.deleted) {
            c.deleted = true;
            c.state = RecordState{};
        }
        auto seq = m_records.nextSeq(contact.orgId);
        if (!seq)
            return seq.error();
        c.seq = seq.value();
        LL_TRY(m_records.update(c));
    }
    return {};
}

} // namespace ll::server
