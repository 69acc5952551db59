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
const QString kContactId = QStringLiteral("contactId");
const QString kStaffId = QStringLiteral("staffId");
const QString kMergedInto = QStringLiteral("mergedInto");

QString code(const char* wireCode)
{
    return QString::fromLatin1(wireCode);
}

bool isOp(const Mutation& m, const char* op)
{
    return m.op == QLatin1String(op);
}

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

Result<QHash<qint64, QString>> PushService::alreadyApplied(const Principal& p,
                                                           const QList<Mutation>& mutations)
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
        CachedStatement one(m_conn,
                            QStringLiteral("SELECT code FROM applied_mutations WHERE staff_id = ? AND "
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
    auto q =
        m_conn.exec(QStringLiteral("SELECT mutation_id, code FROM applied_mutations WHERE staff_id = ? AND "
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
            resp.results.append(
                PushResult{m.mutationId, QString::fromLatin1(pushStatus::Duplicate), it.value()});
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
        return code(wire::ClockSkew);
    auto row = m_records.load(m.recordId);
    if (!row)
        return row.error();
    // Deleting or moving a record the server never saw has nothing to act on, and must not create one.
    if (!row->has_value() && (isOp(m, ops::Delete) || isOp(m, ops::Move)))
        return code(wire::NotFound);
    if (row->has_value()) {
        if ((*row)->orgId != p.orgId)
            return code(wire::Forbidden);
        if ((*row)->entity != m.entity)
            return code(wire::InvalidValue);
    }
    // Take-over markers are the server's word (Reassigner): a device can neither forge nor clear them.
    for (auto it = m.fields.constBegin(); it != m.fields.constEnd(); ++it)
        if (const FieldSpec* fs = m.spec().field(it.key()); fs && fs->serverOnly)
            return code(wire::Forbidden);
    switch (m.spec().ownership) {
    case Ownership::Contact:
        return applyContact(p, m, std::move(*row));
    case Ownership::ContactChild:
        return applyContactChild(p, m, std::move(*row));
    case Ownership::OrgWide:
        return applyOrgWide(p, m, std::move(*row));
    case Ownership::TeamOrPersonal:
        return applyTeamOrPersonal(p, m, std::move(*row));
    case Ownership::StaffLog:
        return insertStaffLog(p, m, *row);
    }
    return code(wire::Internal);
}

Result<QString> PushService::writeMutable(const Principal& p, const Mutation& m, std::optional<RecordRow> row,
                                          const Routing& routing)
{
    if (row && row->deleted)
        return code(wire::RecordDeleted);
    RecordRow r =
        row ? *row
            : RecordRow{m.recordId, p.orgId, m.entity, routing.ownerId, routing.storeId, routing.parentId,
                        false,      0,       {}};
    bool changed = !row;
    if (isOp(m, ops::Delete)) {
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

Result<QString> PushService::insertAppendOnly(const Principal& p, const Mutation& m, const Routing& routing)
{
    auto seq = m_records.nextSeq(p.orgId);
    if (!seq)
        return seq.error();
    LL_TRY(m_records.insert(RecordRow{m.recordId, p.orgId, m.entity, routing.ownerId, routing.storeId,
                                      routing.parentId, false, seq.value(), stateFromInsert(m)}));
    return QString();
}

Result<QString> PushService::applyOrgWide(const Principal& p, const Mutation& m, std::optional<RecordRow> row)
{
    if (!canWriteOrgWide(p))
        return code(wire::Forbidden);
    return writeMutable(p, m, std::move(row), Routing{});
}

Result<std::pair<QString, std::optional<RecordRow>>> PushService::writableContact(const Principal& p,
                                                                                  const QString& contactId)
{
    using Answer = std::pair<QString, std::optional<RecordRow>>;
    if (contactId.isEmpty())
        return Answer{code(wire::ParentNotFound), std::nullopt};
    auto contact = m_records.load(contactId);
    if (!contact)
        return contact.error();
    if (!contact->has_value() || (*contact)->orgId != p.orgId ||
        (*contact)->entity != QLatin1String("contact") || (*contact)->deleted)
        return Answer{code(wire::ParentNotFound), std::nullopt};
    if (!canWriteOwned(p, (*contact)->ownerId, (*contact)->storeId))
        return Answer{code(wire::Forbidden), std::nullopt};
    return Answer{QString(), std::move(*contact)};
}

Result<QString> PushService::applyContactChild(const Principal& p, const Mutation& m,
                                               std::optional<RecordRow> row)
{
    if (isOp(m, ops::Move))
        return moveContactChild(p, m, std::move(*row));
    const bool appendOnly = m.spec().kind == EntityKind::AppendOnly;
    if (row && appendOnly)
        return code(wire::ImmutableRecord);
    // A record stays on its contact: only op "move" (append-only children) changes it.
    const QString named = m.fields.value(kContactId).value.toString();
    if (row && m.fields.contains(kContactId) && named != row->parentId)
        return code(wire::InvalidValue);
    if (row && row->deleted) {
        // Tombstoned with its contact; still only the contact's writers learn that.
        auto contact = m_records.load(row->parentId);
        if (!contact)
            return contact.error();
        const bool mayWrite =
            contact->has_value() && canWriteOwned(p, (*contact)->ownerId, (*contact)->storeId);
        return code(mayWrite ? wire::RecordDeleted : wire::Forbidden);
    }
    auto contact = writableContact(p, row ? row->parentId : named);
    if (!contact)
        return contact.error();
    if (!contact->first.isEmpty())
        return contact->first;
    const RecordRow& c = *contact->second;
    const Routing routing{c.ownerId, c.storeId, c.id};
    if (appendOnly)
        return insertAppendOnly(p, m, routing);
    return writeMutable(p, m, std::move(row), routing);
}

Result<QString> PushService::moveContactChild(const Principal& p, const Mutation& m, RecordRow row)
{
    auto from = m_records.load(row.parentId);
    if (!from)
        return from.error();
    if (!from->has_value() || !canWriteOwned(p, (*from)->ownerId, (*from)->storeId))
        return code(wire::Forbidden);
    if (row.deleted)
        return code(wire::RecordDeleted);
    const FieldValue& target = m.fields.value(kContactId);
    auto to = writableContact(p, target.value.toString());
    if (!to)
        return to.error();
    if (!to->first.isEmpty())
        return to->first;
    // Moves of one record are ordered by their clock; an older move arriving late changes nothing.
    const FieldValue current = row.state.fields.value(kContactId);
    if (target.value.toString() == row.parentId || !lwwWins(target.hlc, current.hlc))
        return QString();
    const RecordRow& c = *to->second;
    const QString prevOwner = row.ownerId;
    const QString prevStore = row.storeId;
    row.state.fields.insert(kContactId, target);
    row.parentId = c.id;
    row.ownerId = c.ownerId;
    row.storeId = c.storeId;
    if (prevOwner != row.ownerId || prevStore != row.storeId) {
        // Whoever saw the old contact but cannot see the new one must drop this record.
        auto revokeSeq = m_records.nextSeq(p.orgId);
        if (!revokeSeq)
            return revokeSeq.error();
        LL_TRY(m_records.addRevocation(p.orgId, revokeSeq.value(), row.id, prevOwner, prevStore));
    }
    auto seq = m_records.nextSeq(p.orgId);
    if (!seq)
        return seq.error();
    row.seq = seq.value();
    LL_TRY(m_records.update(row));
    return QString();
}

Result<QString> PushService::applyTeamOrPersonal(const Principal& p, const Mutation& m,
                                                 std::optional<RecordRow> row)
{
    const bool namesOwner = m.fields.contains(kOwnerId);
    const QString named = m.fields.value(kOwnerId).value.toString();
    if (row) {
        if (!canWriteTeamOrPersonal(p, row->ownerId, row->storeId))
            return code(wire::Forbidden);
        // A record stays team or stays its owner's: moving it would need revokes nobody asked for.
        if (namesOwner && named != row->ownerId)
            return code(wire::InvalidOwner);
        return writeMutable(p, m, std::move(row), Routing{});
    }
    if (named.isEmpty()) {
        if (!canWriteOrgWide(p))
            return code(wire::Forbidden);
        return writeMutable(p, m, std::nullopt, Routing{});
    }
    auto owner = findStaff(named);
    if (!owner)
        return owner.error();
    if (!owner->has_value() || (*owner)->orgId != p.orgId || !(*owner)->active())
        return code(wire::InvalidOwner);
    if (!canCreatePersonalFor(p, **owner))
        return code(wire::Forbidden);
    return writeMutable(p, m, std::nullopt, Routing{named, (*owner)->storeId, QString()});
}

Result<QString> PushService::insertStaffLog(const Principal& p, const Mutation& m,
                                            const std::optional<RecordRow>& row)
{
    if (row)
        return code(wire::ImmutableRecord);
    // The log is the pusher's: it cannot be written in someone else's name.
    const QString staffId = m.fields.value(kStaffId).value.toString();
    if (!staffId.isEmpty() && staffId != p.staffId)
        return code(wire::Forbidden);
    return insertAppendOnly(p, m, Routing{p.staffId, p.storeId, QString()});
}

Result<QString> PushService::applyContact(const Principal& p, const Mutation& m, std::optional<RecordRow> row)
{
    if (row) {
        if (!canWriteOwned(p, row->ownerId, row->storeId))
            return code(wire::Forbidden);
        if (row->deleted)
            return code(wire::RecordDeleted);
    }
    RecordRow r = row ? *row : RecordRow{m.recordId, p.orgId, m.entity, {}, {}, {}, false, 0, {}};

    if (isOp(m, ops::Delete)) {
        // Tombstones drop the customer's data: nothing personal is kept for a deleted contact.
        // Only the id of the contact it was merged into stays, so devices can redirect to it.
        RecordState tomb;
        if (r.state.fields.contains(kMergedInto) &&
            !r.state.fields.value(kMergedInto).value.toString().isEmpty())
            tomb.fields.insert(kMergedInto, r.state.fields.value(kMergedInto));
        r.deleted = true;
        r.state = tomb;
        auto seq = m_records.nextSeq(p.orgId);
        if (!seq)
            return seq.error();
        r.seq = seq.value();
        LL_TRY(m_records.update(r));
        LL_TRY(cascadeToChildren(r));
        return QString();
    }

    Mutation effective = m;
    // A new contact without an owner (the client had no signed-in staff yet) is the pusher's.
    if (!row && effective.fields.value(kOwnerId).value.toString().isEmpty())
        effective.fields.insert(kOwnerId,
                                FieldValue{p.staffId, m.fields.value(kOwnerId, FieldValue{{}, m.hlc}).hlc});

    RecordState merged = r.state;
    const MergeOutcome outcome = applyUpsert(merged, effective);
    const QString newOwnerId = ownerOf(merged);
    if (newOwnerId.isEmpty())
        return code(wire::InvalidOwner);
    auto owner = findStaff(newOwnerId);
    if (!owner)
        return owner.error();
    const bool ownerChanged = newOwnerId != r.ownerId;
    if (ownerChanged) {
        if (!owner->has_value() || (*owner)->orgId != p.orgId || !(*owner)->active() ||
            (*owner)->storeId.isEmpty())
            return code(wire::InvalidOwner);
        if (!canAssignTo(p, **owner))
            return code(wire::Forbidden);
    }
    const QString newStoreId = owner->has_value() ? (*owner)->storeId : r.storeId;
    // "" is the client's "no store chosen"; any other value must be the owner's store.
    const QString sentStore = m.fields.value(kStoreId).value.toString();
    if (!sentStore.isEmpty() && sentStore != newStoreId)
        return code(wire::StoreMismatch);
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
