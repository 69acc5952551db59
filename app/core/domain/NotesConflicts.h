#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ll {

class Store;

// One concurrent notes edit that lost last-writer-wins at sync and was kept (record_conflict, seen = 0).
struct NotesConflict
{
    qint64 id = 0; // record_conflict rowid
    QString contactId;
    QString contactName;
    QString currentNotes; // what the contact shows now
    QString otherNotes;   // the text that lost
    QDateTime editedAt;   // when the other text was written (from its clock); invalid when unknown
    QString deviceId;     // the device that wrote it, from its clock; empty when unknown
    bool fromThisDevice = false;
};

enum class NotesChoice
{
    KeepCurrent,
    KeepOther,
    KeepMerged
};

// Shows and settles the notes conflicts the sync engine kept. Resolving writes the contact's notes through
// ContactRepository (so the choice gets its outbox entry and syncs, with the same checks as any edit) and
// marks the conflict seen, in one transaction. Conflicts of deleted contacts are not listed.
class NotesConflicts
{
public:
    explicit NotesConflicts(Store& store);

    Result<QList<NotesConflict>> unseen();
    Result<QList<NotesConflict>> unseenFor(const QString& contactId);
    Result<int> unseenCount();
    Result<NotesConflict> get(qint64 conflictId);

    // mergedText is used only for KeepMerged.
    Status resolve(qint64 conflictId, NotesChoice choice, const QString& mergedText = {});
    // Decide later is not this: dismiss keeps the current text and stops showing the conflict.
    Status dismiss(qint64 conflictId);

    // Both texts as the starting point of a merged text: every line of each, the lines they share once
    // (a longest-common-subsequence line merge; the current text's lines first where they differ).
    static QString joined(const QString& current, const QString& other);
    // For each line of `lines`, whether `otherLines` lacks it in the same line diff.
    static QList<bool> changedLines(const QStringList& lines, const QStringList& otherLines);

private:
    Result<QList<NotesConflict>> query(const QString& contactId, qint64 conflictId);
    Status markSeen(qint64 conflictId);

    Store& m_store;
};

} // namespace ll
