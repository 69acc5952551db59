#pragma once

#include "domain/Contact.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace ll {

class Store;

struct BulkAddedContact
{
    qint64 rowId = 0;
    QString id;
};

// Adds many contacts inside one transaction the caller holds (the lead import). Writes exactly what
// ContactRepository::add writes — row, field clocks, one outbox row for the contact and one per phone —
// except that it does not read the contact back, and that the search index is written in one pass by
// flushSearchIndex() rather than per contact: FTS4 writes its pending terms as a new segment at every
// savepoint, so indexing each row inside its own savepoint costs a segment per row.
//
// Call flushSearchIndex() before the transaction commits; rows added since the last flush stay unsearchable
// until then. A rolled-back savepoint must be followed by forgetSince() so a vanished row is not indexed.
class ContactBulkWriter
{
public:
    explicit ContactBulkWriter(Store& store);

    // createdAtMs: the creation time to store (0: now); it is a local column, not a synced field.
    Result<BulkAddedContact> add(const ContactInput& input, qint64 createdAtMs = 0);

    qsizetype pendingCount() const { return m_pending.size(); }
    void forgetSince(qsizetype pendingCount); // drops rows added after pendingCount() was that value
    Status flushSearchIndex();

private:
    Store& m_store;
    QList<qint64> m_pending; // rowids not yet in the search index
};

} // namespace ll
