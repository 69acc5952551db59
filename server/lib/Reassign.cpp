#include "Reassign.h"

#include "AuditLog.h"
#include "Tokens.h"

#include <QDateTime>
#include <QJsonDocument>

namespace ll::server {

namespace {

// Device id of clocks the server stamps itself; clients never use it (theirs are UUID-like).
const QString kServerClockDevice = QStringLiteral("server");

const QString kTakenOverFrom = QStringLiteral("takenOverFrom");
const QString kTakenOverFromName = QStringLiteral("takenOverFromName");
const QString kTakenOverAt = QStringLiteral("takenOverAt");

// A clock newer than every field the move writes, so the move wins every merge against older edits
// (and a second transfer's marker wins over the first one's).
Result<Hlc> serverClock(const RecordState& state, qint64 now)
{
    auto clock = Hlc::make(now, 0, kServerClockDevice);
    if (!clock)
        return clock.error();
    Hlc c = clock.value();
    for (const QString& field : {QStringLiteral("ownerId"), QStringLiteral("storeId"), kTakenOverFrom,
                                 kTakenOverFromName, kTakenOverAt}) {
        const Hlc seen = state.fields.value(field).hlc;
        if (!seen.isNull())
            c = c.receive(seen, now);
    }
    return c;
}

} // namespace

Result<qint64> Reassigner::move(RecordRow contact, const Staff& to, const QString& transferId,
                                const std::optional<QStringList>& knownChildren)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto clock = serverClock(contact.state, now);
    if (!clock)
        return clock.error();
    const QString prevOwner = contact.ownerId;
    const QString prevStore = contact.storeId;
    contact.state.fields.insert(QStringLiteral("ownerId"), FieldValue{to.id, clock.value()});
    contact.state.fields.insert(QStringLiteral("storeId"), FieldValue{to.storeId, clock.value()});
    // The marker names the owner the contact had just before this move (always the source staff).
    const QString fromName = prevOwner == m_fromId ? m_fromName : QString();
    contact.state.fields.insert(kTakenOverFrom, FieldValue{prevOwner, clock.value()});
    contact.state.fields.insert(kTakenOverFromName, FieldValue{fromName, clock.value()});
    contact.state.fields.insert(kTakenOverAt, FieldValue{QJsonValue(now), clock.value()});
    contact.ownerId = to.id;
    contact.storeId = to.storeId;

    auto revokeSeq = m_records.nextSeq(contact.orgId);
    if (!revokeSeq)
        return revokeSeq.error();
    m_revocations.append(
        {contact.orgId, revokeSeq.value(), contact.id, nullable(prevOwner), nullable(prevStore)});

    // Children first: the contact's own seq then marks "after the move" for follow-up tracking.
    auto children = knownChildren ? Result<QStringList>(*knownChildren) : m_records.childIds(contact.id);
    if (!children)
        return children.error();
    for (const QString& childId : children.value()) {
        auto seq = m_records.nextSeq(contact.orgId);
        if (!seq)
            return seq.error();
        m_children.append(TransferStore::Moved{childId, to.id, to.storeId, seq.value(), {}});
    }

    auto seq = m_records.nextSeq(contact.orgId);
    if (!seq)
        return seq.error();
    m_contacts.append(TransferStore::Moved{
        contact.id, to.id, to.storeId, seq.value(),
        QString::fromUtf8(QJsonDocument(contact.state.toJson()).toJson(QJsonDocument::Compact))});
    m_audits.append({newId(), QDateTime::currentMSecsSinceEpoch(), contact.orgId, nullable(m_actorId),
                     QString::fromLatin1(audit::Reassigned), contact.id, nullable(m_ip),
                     QStringLiteral("transfer=%1 from=%2 to=%3").arg(transferId, prevOwner, to.id)});
    return seq.value();
}

Status Reassigner::flush()
{
    LL_TRY(m_transfers.updateMoved(m_children, false));
    LL_TRY(m_transfers.updateMoved(m_contacts, true));
    m_children.clear();
    m_contacts.clear();
    // Same rows as RecordStore::addRevocation() and writeAudit(), written in bulk.
    LL_TRY(
        m_transfers.insertRows(QStringLiteral("revocations"),
                               {QStringLiteral("org_id"), QStringLiteral("seq"), QStringLiteral("record_id"),
                                QStringLiteral("prev_owner_id"), QStringLiteral("prev_store_id")},
                               m_revocations));
    LL_TRY(m_transfers.insertRows(QStringLiteral("audit_log"),
                                  {QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("org_id"),
                                   QStringLiteral("staff_id"), QStringLiteral("event"),
                                   QStringLiteral("target"), QStringLiteral("ip"), QStringLiteral("detail")},
                                  m_audits));
    m_revocations.clear();
    m_audits.clear();
    return {};
}

} // namespace ll::server
