// ContactRepository::list and ::count: how a ContactQuery becomes SQL that stays fast at 200,000
// contacts and 2,000,000 tag links.
#include "domain/ContactRepository.h"

#include "domain/ContactRows.h"
#include "search/ContactSearchIndex.h"
#include "store/Statement.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QVariantList>

#include <algorithm>
#include <iterator>
#include <optional>

namespace ll {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ll::ContactRepository", text);
}

// Contact rowids in ascending order, without duplicates.
using RowIds = QList<qint64>;

// A ContactQuery split into its selective part and plain row filters. The selective part (full-text
// search and tags) is evaluated to a sorted rowid list in C++: reading one tag's links is a range
// scan of the contact_tag primary key and FTS returns docids in order, so AND / OR become linear
// merges. SQLite's own INTERSECT builds two temporary b-trees instead and was 20x slower at
// 2,000,000 links.
struct CompiledQuery
{
    std::optional<RowIds> candidates; // nullopt: every contact is a candidate
    QStringList filters;
    QVariantList filterBinds;
    bool onlyLiveFilter = false; // the only row filter is "not deleted"
};

Result<RowIds> readRowIds(Database& db, const char* sql, const QVariant& bind)
{
    Statement& st = db.cached(sql);
    st.bind(1, bind);
    RowIds out;
    while (true) {
        auto next = st.step();
        if (!next.ok())
            return next.error();
        if (!next.value())
            break;
        out.append(st.int64(0));
    }
    if (!std::is_sorted(out.begin(), out.end()))
        std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

RowIds intersect(const RowIds& a, const RowIds& b)
{
    RowIds out;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

RowIds unite(const RowIds& a, const RowIds& b)
{
    RowIds out;
    std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

bool contains(const RowIds& sorted, qint64 rowId)
{
    return std::binary_search(sorted.begin(), sorted.end(), rowId);
}

Result<std::optional<RowIds>> tagCandidates(Database& db, const ContactQuery& q)
{
    if (q.tagIds.isEmpty())
        return std::optional<RowIds>();
    QList<qint64> live;
    bool anyRemoved = false;
    for (const QString& tagId : q.tagIds) {
        Statement& st = db.cached("SELECT rowid, deleted FROM tag WHERE id = ?");
        st.bind(1, tagId.trimmed().toLower());
        auto found = st.step();
        if (!found.ok())
            return found.error();
        if (!found.value())
            return makeError(ErrorCode::NotFound, tr("No tag with id %1").arg(tagId.left(40)));
        const qint64 rowId = st.int64(0);
        const bool deleted = st.int64(1) != 0;
        st.reset();
        anyRemoved = anyRemoved || deleted;
        if (!deleted && !live.contains(rowId))
            live << rowId;
    }
    // A removed tag is on no contact any more: it empties an AND and drops out of an OR.
    if (live.isEmpty() || (anyRemoved && q.tagMode == ContactQuery::TagMode::All))
        return std::optional<RowIds>(RowIds());
    std::optional<RowIds> result;
    for (qint64 tagRow : live) {
        auto links = readRowIds(db,
                                "SELECT contact_rowid FROM contact_tag WHERE tag_rowid = ? AND present = 1 "
                                "ORDER BY contact_rowid",
                                tagRow);
        if (!links.ok())
            return links.error();
        if (!result)
            result = links.value();
        else if (q.tagMode == ContactQuery::TagMode::All)
            result = intersect(*result, links.value());
        else
            result = unite(*result, links.value());
        if (q.tagMode == ContactQuery::TagMode::All && result->isEmpty())
            break;
    }
    return result;
}

Result<CompiledQuery> compile(Database& db, const ContactQuery& q)
{
    CompiledQuery out;
    if (!q.search.trimmed().isEmpty()) {
        const QString expression = ContactSearchIndex::matchExpression(q.search);
        if (expression.isEmpty()) {
            out.candidates = RowIds();
            return out;
        }
        auto hits = readRowIds(db, "SELECT docid FROM contact_fts WHERE contact_fts MATCH ? ORDER BY docid",
                               expression);
        if (!hits.ok())
            return hits.error();
        out.candidates = hits.value();
        if (out.candidates->isEmpty())
            return out;
    }
    auto tagged = tagCandidates(db, q);
    if (!tagged.ok())
        return tagged.error();
    if (tagged.value())
        out.candidates = out.candidates ? intersect(*out.candidates, *tagged.value()) : *tagged.value();

    if (!q.includeDeleted)
        out.filters << QStringLiteral("c.deleted = 0");
    if (!q.stage.isEmpty()) {
        const auto stage = stageFromCode(q.stage);
        if (!stage)
            return makeError(
                ErrorCode::InvalidInput,
                tr("Unknown stage %1 (use one of: %2)").arg(q.stage.left(20), stageCodes().join(u", ")));
        out.filters << QStringLiteral("c.stage = ?");
        out.filterBinds << toCode(*stage);
    }
    if (!q.ownerId.isEmpty()) {
        out.filters << QStringLiteral("c.owner_id = ?");
        out.filterBinds << q.ownerId.trimmed().toLower();
    }
    if (!q.storeId.isEmpty()) {
        out.filters << QStringLiteral("c.store_id = ?");
        out.filterBinds << q.storeId.trimmed().toLower();
    }
    out.onlyLiveFilter = out.filterBinds.isEmpty();
    return out;
}

struct SortSpec
{
    const char* orderBy;
    // A covering scan of an index in sort order (rowids only), or nullptr when no index has that order.
    const char* indexWalk;
};

SortSpec sortSpec(ContactQuery::Sort sort)
{
    // The rowid tie-break makes paging stable; an index on (x) ends in rowid, so it still serves the order.
    switch (sort) {
    case ContactQuery::Sort::LastContactedDesc:
        return {"c.last_contacted_at DESC, c.rowid DESC",
                "SELECT rowid FROM contact INDEXED BY contact_by_last_contacted "
                "ORDER BY last_contacted_at DESC, rowid DESC"};
    case ContactQuery::Sort::LastContactedAsc:
        return {"c.last_contacted_at ASC, c.rowid ASC",
                "SELECT rowid FROM contact INDEXED BY contact_by_last_contacted ORDER BY last_contacted_at, "
                "rowid"};
    case ContactQuery::Sort::NameAsc:
        return {"c.name ASC, c.rowid ASC",
                "SELECT rowid FROM contact INDEXED BY contact_by_name ORDER BY name, rowid"};
    case ContactQuery::Sort::CreatedDesc:
        return {"c.created_at DESC, c.rowid DESC", nullptr};
    case ContactQuery::Sort::UpdatedDesc:
        return {"c.updated_at DESC, c.rowid DESC", nullptr};
    }
    return {"c.rowid DESC", nullptr};
}

// Rowids we produced ourselves, inlined as literals: SQLite 3.15 has no array binding (carray).
QString rowIdList(const RowIds& ids, qsizetype from, qsizetype count)
{
    QStringList parts;
    parts.reserve(count);
    for (qsizetype i = from; i < from + count && i < ids.size(); ++i)
        parts << QString::number(ids[i]);
    return parts.join(u',');
}

// Runs SELECT <columns> FROM contact c WHERE <extra> AND <filters> ORDER BY ... and appends the contacts.
Status fetchInto(Database& db, QList<Contact>& out, const QString& extra, const CompiledQuery& cq,
                 const char* orderBy, const QString& tail)
{
    QStringList where = cq.filters;
    if (!extra.isEmpty())
        where.prepend(extra);
    QString sql = QStringLiteral("SELECT %1 FROM contact c").arg(QLatin1String(contact_rows::kColumns));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY ") + QLatin1String(orderBy) + tail;
    const QByteArray utf8 = sql.toUtf8();
    Statement st(db, utf8.constData());
    for (int i = 0; i < cq.filterBinds.size(); ++i)
        st.bind(i + 1, cq.filterBinds[i]);
    while (true) {
        auto next = st.step();
        if (!next.ok())
            return next.error();
        if (!next.value())
            return {};
        out << contact_rows::fromRow(st).contact;
    }
}

Result<qint64> scalar(Database& db, const char* sql)
{
    Statement& st = db.cached(sql);
    auto row = st.step();
    if (!row.ok())
        return row.error();
    const qint64 value = row.value() ? st.int64(0) : 0;
    st.reset();
    return value;
}

// Two ways to answer "the first `wanted` candidates in sort order":
//  - look the k candidates up by rowid and sort them (cost ~ k random row reads);
//  - walk the sort index (rowids only) and keep candidates until `wanted` rows passed the filters
//    (cost ~ wanted * n / k index entries, plus `wanted` row reads).
// An index entry is a few bytes read in order, a row a random page to decrypt: measured at 200,000
// contacts a row read costs about as much as 16 index entries. A common surname or a one-letter pinyin
// prefix matches tens of thousands of contacts, where the walk is ~100x cheaper; a rare name matches
// a handful, where the lookup is.
constexpr double kRowReadPerIndexEntry = 16.0;

bool walkSortIndex(qint64 candidates, qint64 wanted, qint64 contacts)
{
    return double(candidates) * double(candidates) * kRowReadPerIndexEntry >
           double(wanted) * double(contacts);
}

constexpr qsizetype kBatch = 512;
// Rowids inlined into one statement at most; beyond that a list is read in chunks.
constexpr qsizetype kMaxInlined = 4096;

} // namespace

Result<QList<Contact>> ContactRepository::list(const ContactQuery& query)
{
    Database& db = m_store.db();
    auto compiled = compile(db, query);
    if (!compiled.ok())
        return compiled.error();
    const CompiledQuery& cq = compiled.value();
    const SortSpec sort = sortSpec(query.sort);
    const qint64 offset = std::max(0, query.offset);
    QList<Contact> contacts;

    if (!cq.candidates) {
        QString tail;
        if (query.limit > 0)
            tail = QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(offset);
        else if (offset > 0)
            tail = QStringLiteral(" LIMIT -1 OFFSET %1").arg(offset);
        LL_TRY(fetchInto(db, contacts, QString(), cq, sort.orderBy, tail));
    } else {
        const RowIds& candidates = *cq.candidates;
        if (candidates.isEmpty())
            return contacts;
        auto contactCount = scalar(db, "SELECT max(rowid) FROM contact");
        if (!contactCount.ok())
            return contactCount.error();
        const qint64 wanted = query.limit > 0 ? offset + query.limit : -1;
        if (sort.indexWalk && wanted > 0 && walkSortIndex(candidates.size(), wanted, contactCount.value())) {
            // Candidates come out of the index in sort order; each batch is read with the row filters
            // and the same ORDER BY, so concatenated batches stay in order.
            Statement walk(db, sort.indexWalk);
            RowIds batch;
            auto flush = [&]() -> Status {
                if (batch.isEmpty())
                    return {};
                const QString extra =
                    QStringLiteral("c.rowid IN (%1)").arg(rowIdList(batch, 0, batch.size()));
                batch.clear();
                return fetchInto(db, contacts, extra, cq, sort.orderBy, QString());
            };
            while (contacts.size() < wanted) {
                auto next = walk.step();
                if (!next.ok())
                    return next.error();
                if (!next.value())
                    break;
                if (!contains(candidates, walk.int64(0)))
                    continue;
                batch << walk.int64(0);
                // Small batches first: the first page usually fills from the first few matches.
                if (batch.size() >= std::min<qint64>(kBatch, wanted - contacts.size()))
                    LL_TRY(flush());
            }
            LL_TRY(flush());
            contacts = contacts.mid(offset, query.limit);
        } else if (candidates.size() <= kMaxInlined) {
            QString tail;
            if (query.limit > 0)
                tail = QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(offset);
            else if (offset > 0)
                tail = QStringLiteral(" LIMIT -1 OFFSET %1").arg(offset);
            LL_TRY(fetchInto(db, contacts,
                             QStringLiteral("c.rowid IN (%1)").arg(rowIdList(candidates, 0, kMaxInlined)), cq,
                             sort.orderBy, tail));
        } else {
            // Only an unpaged list of a huge candidate set gets here: read it in chunks, then sort once.
            for (qsizetype from = 0; from < candidates.size(); from += kMaxInlined) {
                const QString extra =
                    QStringLiteral("c.rowid IN (%1)").arg(rowIdList(candidates, from, kMaxInlined));
                LL_TRY(fetchInto(db, contacts, extra, cq, sort.orderBy, QString()));
            }
            std::stable_sort(contacts.begin(), contacts.end(), [&](const Contact& a, const Contact& b) {
                switch (query.sort) {
                case ContactQuery::Sort::LastContactedDesc:
                    return std::pair(a.lastContactedAt, a.rowId) > std::pair(b.lastContactedAt, b.rowId);
                case ContactQuery::Sort::LastContactedAsc:
                    return std::pair(a.lastContactedAt, a.rowId) < std::pair(b.lastContactedAt, b.rowId);
                case ContactQuery::Sort::NameAsc:
                    return std::pair(a.name.toUtf8(), a.rowId) < std::pair(b.name.toUtf8(), b.rowId);
                case ContactQuery::Sort::CreatedDesc:
                    return std::pair(a.createdAt, a.rowId) > std::pair(b.createdAt, b.rowId);
                case ContactQuery::Sort::UpdatedDesc:
                    return std::pair(a.updatedAt, a.rowId) > std::pair(b.updatedAt, b.rowId);
                }
                return a.rowId > b.rowId;
            });
            contacts = query.limit > 0 ? contacts.mid(offset, query.limit) : contacts.mid(offset);
        }
    }
    for (Contact& c : contacts) {
        auto phones = contact_rows::phonesOf(db, c.rowId);
        if (!phones.ok())
            return phones.error();
        c.phones = phones.value();
    }
    return contacts;
}

Result<int> ContactRepository::count(const ContactQuery& query)
{
    Database& db = m_store.db();
    auto compiled = compile(db, query);
    if (!compiled.ok())
        return compiled.error();
    const CompiledQuery& cq = compiled.value();
    if (!cq.candidates) {
        QString sql = QStringLiteral("SELECT count(*) FROM contact c");
        if (!cq.filters.isEmpty())
            sql += QStringLiteral(" WHERE ") + cq.filters.join(QStringLiteral(" AND "));
        const QByteArray utf8 = sql.toUtf8();
        Statement st(db, utf8.constData());
        for (int i = 0; i < cq.filterBinds.size(); ++i)
            st.bind(i + 1, cq.filterBinds[i]);
        auto row = st.step();
        if (!row.ok())
            return row.error();
        return st.integer(0);
    }
    const RowIds& candidates = *cq.candidates;
    if (cq.onlyLiveFilter) {
        // Tombstones are few and listed by a covering index scan, so no candidate row is read.
        auto tombstones =
            readRowIds(db, "SELECT rowid FROM contact WHERE deleted = ?", query.includeDeleted ? -1 : 1);
        if (!tombstones.ok())
            return tombstones.error();
        return int(candidates.size() - intersect(candidates, tombstones.value()).size());
    }
    qint64 total = 0;
    for (qsizetype from = 0; from < candidates.size(); from += kMaxInlined) {
        QStringList where = cq.filters;
        where.prepend(QStringLiteral("c.rowid IN (%1)").arg(rowIdList(candidates, from, kMaxInlined)));
        const QByteArray sql =
            (QStringLiteral("SELECT count(*) FROM contact c WHERE ") + where.join(QStringLiteral(" AND ")))
                .toUtf8();
        Statement st(db, sql.constData());
        for (int i = 0; i < cq.filterBinds.size(); ++i)
            st.bind(i + 1, cq.filterBinds[i]);
        auto row = st.step();
        if (!row.ok())
            return row.error();
        total += st.int64(0);
    }
    return int(total);
}

} // namespace ll
