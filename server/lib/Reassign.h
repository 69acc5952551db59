#pragma once

#include "Accounts.h"
#include "RecordStore.h"
#include "TransferStore.h"

namespace ll::server {

// Moves a contact to a new owner with the same effect as an owner change pushed by a client
// (PushService::applyContact): ownerId/storeId stamped with a server clock, a revocation for the
// old owner/store, fresh seqs for the contact and every record whose parent it is, an audit row.
// It also stamps the take-over marker (takenOverFrom, takenOverFromName, takenOverAt) so the new
// owner's devices show where the customer came from and open a welcome-back reminder.
// Runs inside the caller's transaction after RecordStore::lockOrg(); the caller flushes seqs.
class Reassigner
{
public:
    // `from` is the staff member whose contacts are moved (every moved contact is theirs).
    Reassigner(RecordStore& records, TransferStore& transfers, const Staff& from, QString actorId, QString ip)
        : m_records(records)
        , m_transfers(transfers)
        , m_fromId(from.id)
        , m_fromName(from.displayName)
        , m_actorId(std::move(actorId))
        , m_ip(std::move(ip))
    {}

    // Returns the contact's new seq (every moved child has a lower one). `children` are the
    // contact's child ids when the caller read them in bulk; otherwise they are looked up.
    Result<qint64> move(RecordRow contact, const Staff& to, const QString& transferId,
                        const std::optional<QStringList>& children = std::nullopt);
    // Writes the buffered record updates, revocations and audit rows; call before flushSeq()
    // and the commit.
    Status flush();

private:
    RecordStore& m_records;
    TransferStore& m_transfers;
    QString m_fromId;
    QString m_fromName;
    QString m_actorId;
    QString m_ip;
    QList<TransferStore::Moved> m_contacts;
    QList<TransferStore::Moved> m_children;
    QList<QVariantList> m_revocations;
    QList<QVariantList> m_audits;
};

} // namespace ll::server
