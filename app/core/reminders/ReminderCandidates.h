#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <vector>

struct sqlite3_stmt;

namespace ll {

class Database;
class Statement;

// The reminders a full recompute generates, held in memory and compared with the stored ones in C++, so
// that only the difference is written (ReminderEngine::fullRecompute).
namespace reminder_candidates {

// The distinct texts of one recompute (days, product ids, kinds, scope values) as small integers: equal
// ids mean equal bytes, which is how SQLite compares TEXT, and a candidate costs no allocation.
class TextPool
{
public:
    TextPool();
    int id(const char* text, int bytes);
    int id(const QByteArray& text) { return id(text.constData(), int(text.size())); }
    int id(const QString& text) { return id(text.toUtf8()); }
    // Valid until the next id() adds a text.
    const QByteArray& text(int id) const { return m_texts.at(id); }
    int empty() const { return 0; } // the id of ''

private:
    QHash<QByteArray, int> m_ids;
    QList<QByteArray> m_texts;
};

// One reminder row of `reminder` without its id: (rule, contact, subject, anchor) is its key, from which
// the id derives; the rest is what it says.
struct Candidate
{
    qint64 ruleRowId = 0;
    qint64 contactRowId = 0;
    int subject = 0;
    int anchor = 0;
    int kind = 0;
    int dueOn = 0;
    int expiresOn = 0;
    int closedBy = 0;
    qint64 dueAt = 0;
    qint64 closedAt = 0;

    bool sameKey(const Candidate& o) const
    {
        return ruleRowId == o.ruleRowId && contactRowId == o.contactRowId && subject == o.subject &&
               anchor == o.anchor;
    }
    bool sameRow(const Candidate& o) const
    {
        return sameKey(o) && kind == o.kind && dueOn == o.dueOn && expiresOn == o.expiresOn &&
               closedBy == o.closedBy && dueAt == o.dueAt && closedAt == o.closedAt;
    }
    bool keyBefore(const Candidate& o) const;
};

// The pool id of a text column of the current row, read without converting it to QString.
int poolText(const Statement& query, int column, TextPool& pool);

// Appends the rows of a query that yields (rule_rowid, contact_rowid, kind, subject, anchor, due_on,
// due_at, expires_on, closed_by, closed_at).
Status appendRows(Statement& query, TextPool& pool, std::vector<Candidate>& out);

struct Difference
{
    int kept = 0;
    int deleted = 0;
    int inserted = 0;
};

// Makes `reminder` hold exactly `candidates`: stored rows that are not among them as they are (gone, or
// changed) are deleted, candidates not stored as they are inserted with their deterministic id. ruleIds
// maps rule rowids to rule ids. Two candidates with one key are an error, as the table's key would be.
Result<Difference> writeDifference(Database& db, TextPool& pool, std::vector<Candidate>& candidates,
                                   const QHash<qint64, QString>& ruleIds);

} // namespace reminder_candidates
} // namespace ll
