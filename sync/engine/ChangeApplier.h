#pragma once

#include "PullMessages.h"
#include "text/SearchTokens.h"
#include "util/Result.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace ll {
class Store;
}

namespace ll::sync {

struct ApplyStats
{
    int applied = 0;     // changes merged (including ones that changed nothing under LWW)
    int parked = 0;      // changes waiting for their parent record
    int revoked = 0;     // contacts purged
    int conflicts = 0;   // new record_conflict rows
    int tokensReady = 0; // search entries written with tokens worked out ahead (PageSearchTokens)
};

// Search tokens of a page's contacts, worked out on the thread that parses the page while the previous
// page is applied. Each keeps the document it was computed from: the applier uses it only when the row it
// wrote reads back as exactly that document, and computes the tokens itself otherwise.
struct PageSearchTokens
{
    struct Entry
    {
        SearchDocument doc;
        QString tokens;
    };
    QHash<QString, Entry> byRecordId;

    // Pure (no store): safe on any thread.
    static PageSearchTokens forPage(const PullResponse& page);
};

// Applies pulled pages to the local store (docs/SYNC-MAPPING.md, "Pull"): per-field LWW against the
// row's clocks, add-wins sets, append-only children inserted once, tombstones, moves, revokes and
// notes conflicts. A pending local edit of the same record and field is never overwritten.
class ChangeApplier
{
public:
    static constexpr const char* CursorKey = "sync_cursor";

    explicit ChangeApplier(Store& store);

    // One page in one transaction together with the new cursor: all of it or none of it.
    // `ready`, when given, holds tokens computed ahead for this page.
    Result<ApplyStats> applyPage(const PullResponse& page, const PageSearchTokens* ready = nullptr);

    // Removes a contact that is no longer ours: its row, children, reminders, search entry and
    // pending outbox rows. Call inside a transaction.
    Status purgeContact(const QString& contactId);

private:
    enum class Outcome
    {
        Applied,
        Parked, // a record it refers to is not local yet
    };
    struct Pending;

    // One attempt at a page inside its own transaction. Direct applies the changes without a savepoint
    // each (a savepoint copies every page it touches, encrypted, into the sub-journal) and gives up,
    // rolling back, at the first change that would park or fail: nullopt. Careful is the per-change
    // savepoint path that parks such changes.
    enum class Mode
    {
        Direct,
        Careful,
    };
    Result<std::optional<ApplyStats>> attemptPage(const PullResponse& page, const QList<Change>& ordered,
                                                  Mode mode);
    Result<Outcome> apply(const Change& change, ApplyStats& stats);
    Result<Outcome> applyChange(const Change& change, ApplyStats& stats);
    Result<Outcome> applyMutable(const Change& change, ApplyStats& stats);
    // `fresh`: the change has just inserted the contact's row, which therefore has no set rows yet.
    Result<Outcome> applyContactSets(const Change& change, qint64 contactRow, bool fresh,
                                     const Pending& pending);
    Result<Outcome> applyAppendOnly(const Change& change);
    Result<Outcome> applyContactField(const Change& change);
    Status refreshLibrarySearch(const QString& entity, qint64 row);
    Status reindexContacts(ApplyStats& stats);
    Status recordConflicts(const Change& change, ApplyStats& stats);
    Status park(const Change& change, const QString& parentId);
    // false when a Direct attempt met a change it cannot apply without a savepoint: redo the page carefully.
    Result<bool> retryParked(ApplyStats& stats, Mode mode);
    Result<Pending> pendingFor(const QString& entity, const QString& outboxRecordId);
    Result<qint64> rowOf(const char* table, const QString& id);
    Result<qint64> contactRowOf(const QString& id); // rowOf("contact"), from this page's contacts first

    Store& m_store;
    QSet<qint64> m_touchedContacts;       // reminders follow these (the contact or its history changed)
    QSet<qint64> m_searchDirty;           // search follows these (the row or its phones changed)
    QHash<qint64, QString> m_contactIds;  // record id of each contact row the page wrote
    QHash<QString, qint64> m_contactRows; // and back: their children usually follow in the same page
    QSet<qint64> m_freshContacts;         // rows this page inserted: no search entry yet
    const PageSearchTokens* m_ready = nullptr;
    bool m_outboxEmpty = false; // checked per page inside its write transaction: no pending edit anywhere
};

} // namespace ll::sync
