#pragma once

#include "Accounts.h"
#include "RecordStore.h"
#include "TransferMessages.h"

#include <QHash>

namespace ll::server {

// A transfer item plus what only the server needs: stores for permission filtering and the
// contact's seq right after the move (follow-ups with a later seq were written afterwards).
struct StoredItem
{
    TransferItem item;
    QString fromStoreId;
    QString toStoreId;
    qint64 moveSeq = 0;
};

struct StoredTransfer
{
    QString orgId;
    Transfer transfer; // items filled by TransferStore::items()
};

// SQL for transfers, their items and the bulk record moves RecordStore has no call for.
class TransferStore
{
public:
    explicit TransferStore(SqlConnection& conn);

    Status insertTransfer(const QString& orgId, const Transfer& t);
    Status setTransferStatus(const QString& transferId, const QString& status);
    // Every item in a few multi-row INSERTs (a 10,000-contact transfer is one request).
    Status insertItems(const QString& transferId, const QList<StoredItem>& items);
    Status updateItem(const QString& transferId, const StoredItem& s);
    // Replaces the transfer's items with their new state: a delete and a few multi-row INSERTs
    // instead of one UPDATE per item (PostgreSQL round trips dominate a 10,000-item transfer).
    Status replaceItems(const QString& transferId, const QList<StoredItem>& items);
    Result<std::optional<StoredTransfer>> loadTransfer(const QString& transferId);
    Result<QList<StoredItem>> items(const QString& transferId);
    // Newest first; `withItemFor` non-empty keeps only transfers with an item sent to that staff.
    Result<QList<StoredTransfer>> list(const QString& orgId, const QString& withItemTo, int limit);
    // contact id -> earliest happenedAt of a follow-up written after the move by the new owner.
    Result<QHash<QString, qint64>> firstFollowUps(const QString& transferId);
    // `contactIds` empty = every item of the transfer.
    Status markReviewed(const QString& transferId, const QStringList& contactIds, const QString& by);

    // The staff member's live contacts (not tombstones), ordered by id so plans are deterministic.
    Result<QList<RecordRow>> contactsOwnedBy(const QString& orgId, const QString& staffId);
    Result<int> contactCount(const QString& orgId, const QString& staffId);
    // New routing columns and seq (and, when `withState`, new state JSON) for many records in a
    // few chunked UPDATE ... CASE statements; columns not named here are left as they are.
    struct Moved
    {
        QString id;
        QString ownerId;
        QString storeId;
        qint64 seq = 0;
        QString stateJson; // only with withState
    };
    Status updateMoved(const QList<Moved>& rows, bool withState);
    // Child ids (by seq) of every live contact the staff member owns, grouped by contact: one
    // query instead of one per contact.
    Result<QHash<QString, QStringList>> childrenOfContactsOwnedBy(const QString& orgId,
                                                                  const QString& staffId);
    // Multi-row INSERT of `rows` (each `columns.size()` values), chunked under SQLite's bind limit.
    Status insertRows(const QString& table, const QStringList& columns, const QList<QVariantList>& rows);

    Result<QList<Staff>> staffOfOrg(const QString& orgId);

private:
    Status markItemsReviewed(const QString& transferId, const QStringList& contactIds, const QString& by,
                             qint64 at);

    SqlConnection& m_conn;
    CachedStatement m_updateItem;
};

} // namespace ll::server
