#pragma once

#include "domain/Contact.h"
#include "domain/ContactRows.h"
#include "domain/ContactValidation.h"
#include "search/SearchTokenBatch.h"
#include "util/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace ll {

class SearchWriter;
class Store;

struct BulkAddedContact
{
    qint64 rowId = 0;
    QString id;
    qint64 createdAtMs = 0; // as stored
};

// Adds and edits many contacts inside one transaction the caller holds (the lead import). Writes exactly
// what ContactRepository::add and ::update write — rows, field clocks, outbox mutations, phones, search
// entries — with the per-row costs of a single edit taken out:
//  - the search index is written in one pass by flush() rather than per contact, in docid order: FTS4
//    writes its pending terms as a new segment at every savepoint and whenever a docid goes back; the
//    tokens of what was written are computed on worker threads meanwhile (SearchTokenBatch), and nothing
//    is read back;
//  - the outbox rows are appended with Store::appendOutboxDeferringClock and the clock (meta clock_last) is
//    saved once, by flush(), in the same transaction, instead of once per mutation;
//  - a new contact's fields and phones share one clock (they are written at one instant), and its phones
//    are inserted without asking whether the fresh row already has them;
//  - so a new contact's outbox entry is one `create` row (fields and phones at that clock) and its clocks
//    text names the clock once: on the wire the same upsert as the repository's `upsert` plus one `add`
//    per phone, merged (docs/SYNC-MAPPING.md);
//  - owner and store ids are looked up once per writer;
//  - an edit writes its clocks and payload text directly (not through FieldChanges/QJsonDocument), its UPDATE
//    without a statement journal (see writeChangedColumns), and a contact edited several times in a row has
//    its search tokens computed once, for its last state.
//
// Call flush() before the transaction commits; rows written since the last flush stay unsearchable until
// then. A rolled-back savepoint must be followed by forgetSince() so a vanished row is not indexed.
class ContactBulkWriter
{
public:
    explicit ContactBulkWriter(Store& store);
    ~ContactBulkWriter();

    // createdAtMs: the creation time to store (0: now); it is a local column, not a synced field.
    Result<BulkAddedContact> add(const ContactInput& input, qint64 createdAtMs = 0);
    // The same, for input already checked (validateContactInput), say on another thread beforehand.
    Result<BulkAddedContact> add(const ValidContactInput& input, qint64 createdAtMs = 0);

    // Edits a contact as ContactRepository::update does, given its current record (contact_rows::load).
    // Phones can only be added here (addPhones); replacing or removing them is the repository's job.
    // Everything is checked before the first write, so an error other than a database one leaves no trace.
    // Returns whether anything changed.
    Result<bool> update(const contact_rows::Record& current, const ContactInput& patch);

    // A contact changed in this transaction by other code (say ContactRepository::merge) after it was
    // written here: its search entry is read back from the row at flush() instead.
    void rereadAtFlush(qint64 rowId);

    qsizetype pendingCount() const { return m_pending.size(); }
    // Drops what was added or edited after pendingCount() was that value (a rolled-back savepoint).
    void forgetSince(qsizetype pendingCount);
    Status flush();
    Status flushSearchIndex() { return flush(); } // the older name

    // While set, search entries go to this writer instead of through the store's connection: new contacts'
    // entries every kHandOverEvery additions (as their tokens are ready), the rest at flush(). The caller
    // commits or rolls the writer back with its own transaction, and redirects the connection's other index
    // writes here meanwhile (Database::setSearchRedirect -> rereadAtFlush).
    void writeSearchWith(SearchWriter* writer);
    static constexpr int kHandOverEvery = 2048;

private:
    Status appendOutbox(const QString& recordId, const QString& op, const QString& payloadJson);
    struct ScalarEdit; // the changed fields of an edit, their clocks and payload
    void stamp(ScalarEdit& edit, const QString& clocksBefore);
    // contact_rows::update restricted to the columns whose fields changed (plus updated_at and clocks), so
    // the contact's other indexes are left alone.
    Status writeChangedColumns(const Contact& after, const ScalarEdit& edit);
    Status checkOwnerAndStore(const ValidContactInput& v);

    enum class Indexing
    {
        Insert,  // added here: no entry yet
        Replace, // edited here: its entry is replaced
        Reread   // changed by other code too: read back from the row
    };
    struct Pending
    {
        qint64 rowId = 0;
        Indexing how = Indexing::Insert;
    };

    Store& m_store;
    QList<Pending> m_pending;                   // rows not yet in the search index, in write order
    std::unique_ptr<SearchTokenBatch> m_tokens; // of the rows written here, computed meanwhile
    QSet<QString> m_knownOwners;
    QSet<QString> m_knownStores;
    QHash<quint32, QByteArray> m_updateSql; // by the fields an edit changes
    // The search document of the row edited last, handed to m_tokens once another row is edited or at
    // flush(): a contact merged several times in a row has its tokens computed once, for its last state.
    struct EditedDocument
    {
        qint64 rowId = 0;
        SearchDocument document;
    };
    std::optional<EditedDocument> m_lastEdited;
    void releaseLastEdited();
    void handOverNewEntries();
    bool m_clockDirty = false;
    SearchWriter* m_searchWriter = nullptr;
    QHash<qint64, QString> m_heldTokens; // taken with handed-over ones, of rows still pending
    int m_addedSinceHandOver = 0;
};

} // namespace ll
