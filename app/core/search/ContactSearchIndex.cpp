#include "search/ContactSearchIndex.h"

#include "search/SearchFile.h"

#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "text/SearchTokens.h"

namespace ll {

ContactSearchIndex::ContactSearchIndex(Database& db)
    : m_db(db)
{}

const char* ContactSearchIndex::docidSubquerySql()
{
    return "SELECT docid FROM contact_fts WHERE contact_fts MATCH ?";
}

QString ContactSearchIndex::matchExpression(const QString& userQuery)
{
    return searchMatchExpression(userQuery);
}

// Runs one change of the index in a transaction that raises the search generations (search/SearchFile.h),
// or hands the contact to the connection's redirect while a SearchWriter owns the index file.
template <typename Change> Status ContactSearchIndex::changing(qint64 contactRowId, Change&& change)
{
    if (m_db.searchRedirect()) {
        m_db.searchRedirect()(contactRowId);
        return {};
    }
    if (m_db.transactionDepth() > 0) { // the caller's transaction (no savepoint: it would copy pages)
        LL_TRY(search_file::noteIndexChange(m_db));
        return change();
    }
    Transaction tx(m_db);
    LL_TRY(tx.beginStatus());
    LL_TRY(search_file::noteIndexChange(m_db));
    LL_TRY(change());
    return tx.commit();
}

Status ContactSearchIndex::remove(qint64 contactRowId)
{
    return changing(contactRowId, [&] { return removeEntry(contactRowId); });
}

Status ContactSearchIndex::removeEntry(qint64 contactRowId)
{
    Statement& del = m_db.cached("DELETE FROM contact_fts WHERE docid = ?");
    del.bind(1, contactRowId);
    return del.exec();
}

Result<std::optional<SearchDocument>> ContactSearchIndex::document(qint64 contactRowId)
{
    Statement& row =
        m_db.cached("SELECT name, nickname, wechat_id, city, notes, deleted FROM contact WHERE rowid = ?");
    row.bind(1, contactRowId);
    auto found = row.step();
    if (!found.ok())
        return found.error();
    if (!found.value() || row.int64(5) != 0) {
        row.reset();
        return std::optional<SearchDocument>();
    }
    SearchDocument doc;
    doc.name = row.text(0);
    doc.nickname = row.text(1);
    doc.wechatId = row.text(2);
    doc.city = row.text(3);
    doc.notes = row.text(4);
    row.reset();

    Statement& phones =
        m_db.cached("SELECT digits FROM contact_phone WHERE contact_rowid = ? AND present = 1");
    phones.bind(1, contactRowId);
    while (true) {
        auto next = phones.step();
        if (!next.ok())
            return next.error();
        if (!next.value())
            break;
        doc.phones << phones.text(0);
    }
    return std::optional<SearchDocument>(std::move(doc));
}

Status ContactSearchIndex::reindex(qint64 contactRowId)
{
    return changing(contactRowId, [&]() -> Status {
        auto doc = document(contactRowId);
        if (!doc.ok())
            return doc.error();
        LL_TRY(removeEntry(contactRowId));
        if (!doc->has_value())
            return {};
        return insertEntry(contactRowId, searchTokensFor(**doc));
    });
}

Status ContactSearchIndex::replace(qint64 contactRowId, const QString& tokens)
{
    // FTS4 has no upsert: delete then insert keeps docid = rowid.
    return changing(contactRowId, [&]() -> Status {
        LL_TRY(removeEntry(contactRowId));
        return insertEntry(contactRowId, tokens);
    });
}

Status ContactSearchIndex::insertNew(qint64 contactRowId, const QString& tokens)
{
    return changing(contactRowId, [&] { return insertEntry(contactRowId, tokens); });
}

Status ContactSearchIndex::insertEntry(qint64 contactRowId, const QString& tokens)
{
    Statement& ins = m_db.cached("INSERT INTO contact_fts (docid, tokens) VALUES (?, ?)");
    ins.bind(1, contactRowId).bind(2, tokens);
    return ins.exec();
}

Status ContactSearchIndex::rebuildAll()
{
    Transaction tx(m_db);
    LL_TRY(tx.beginStatus());
    LL_TRY(search_file::noteIndexChange(m_db));
    LL_TRY(m_db.exec("DELETE FROM contact_fts"));
    QList<qint64> rowIds;
    {
        Statement live(m_db, "SELECT rowid FROM contact WHERE deleted = 0");
        while (true) {
            auto next = live.step();
            if (!next.ok())
                return next.error();
            if (!next.value())
                break;
            rowIds << live.int64(0);
        }
    }
    for (qint64 rowId : rowIds) {
        auto doc = document(rowId);
        if (!doc.ok())
            return doc.error();
        if (doc->has_value())
            LL_TRY(insertEntry(rowId, searchTokensFor(**doc)));
    }
    return tx.commit();
}

Result<QList<qint64>> ContactSearchIndex::match(const QString& userQuery)
{
    const QString expression = matchExpression(userQuery);
    QList<qint64> rowIds;
    if (expression.isEmpty())
        return rowIds;
    Statement& st = m_db.cached("SELECT docid FROM contact_fts WHERE contact_fts MATCH ? ORDER BY docid");
    st.bind(1, expression);
    while (true) {
        auto next = st.step();
        if (!next.ok())
            return next.error();
        if (!next.value())
            break;
        rowIds << st.int64(0);
    }
    return rowIds;
}

} // namespace ll
