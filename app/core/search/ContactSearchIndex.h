#pragma once

#include "text/SearchTokens.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace ll {

class Database;

// The contact_fts table (in the store's search file, search/SearchFile.h): one row per live contact, docid =
// contact.rowid, holding the tokens text/SearchTokens.h builds (CJK uni/bigrams, pinyin, initials, phone
// digits and reversed digits). The index reads the contact's current row itself, so every writer
// (repositories, sync, import) keeps it in step with one call inside its own transaction.
class ContactSearchIndex
{
public:
    explicit ContactSearchIndex(Database& db);

    // Rewrites the tokens of one contact from its row and present phones; a deleted or missing
    // contact loses its entry, so tombstones never show up in search.
    Status reindex(qint64 contactRowId);
    Status remove(qint64 contactRowId);
    // Adds the entry of a contact that has none yet, from what was just written to its row (bulk writers
    // that know the row need not read it back): `tokens` are searchTokensFor() of what reindex() would read.
    Status insertNew(qint64 contactRowId, const QString& tokens);
    // What reindex() reads of one contact: its row and present phones; nullopt when it is deleted or
    // missing. With replace() a writer that has the tokens ready (worked out on another thread from what
    // it wrote) does what reindex() does, without computing them again here.
    Result<std::optional<SearchDocument>> document(qint64 contactRowId);
    // Rewrites one contact's entry with these tokens (searchTokensFor of its document()).
    Status replace(qint64 contactRowId, const QString& tokens);
    // Rebuilds every entry (after a schema change of the tokens, or a bulk import).
    Status rebuildAll();

    // The MATCH expression for what the user typed; empty when nothing searchable is left
    // (e.g. only punctuation): such a search matches no contact.
    static QString matchExpression(const QString& userQuery);

    // The SQL of a sub-select yielding matching contact rowids; bind the match expression at `?`.
    static const char* docidSubquerySql();

    // Rowids of the contacts matching userQuery, ascending.
    Result<QList<qint64>> match(const QString& userQuery);

private:
    template <typename Change> Status changing(qint64 contactRowId, Change&& change);
    Status removeEntry(qint64 contactRowId);
    Status insertEntry(qint64 contactRowId, const QString& tokens);

    Database& m_db;
};

} // namespace ll
