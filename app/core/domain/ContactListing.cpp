// ContactRepository::list and ::count: how a ContactQuery becomes SQL that stays fast at 200,000
// contacts and 2,000,000 tag links.
#include "domain/ContactRepository.h"

#include "domain/ContactListingTuning.h"
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

namespace contact_listing {

Tuning& tuning()
{
    static Tuning t;
    return t;
}

} // namespace contact_listing

namespace {

// Messages of this file, filed under ll::ContactRepository for lupdate and at run time alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::ContactRepository)
};

// Contact rowids in ascending order, without duplicates.
using RowIds = QList<qint64>;

// A ContactQuery split into its selective part and plain row filters. The selective part (full-text
// search and tags) is evaluated to a sorted rowid list in C++: reading one tag's links is a range
// scan of the contact_tag primary key and FTS returns docids in order, so AND / OR become linear
// merges. SQLite's own INTERSECT builds two temporary b-trees instead and was 20x slower at
// 2,000,000 links.
struct CompiledQuery
{
    std::optional<RowIds> candidates; // nullopt: every contact is a candidate (unless probeTags is set)
    // Tags (AND) left unread because every one of them is on many contacts: list() walks the sort index
    // and probes each row's links by primary key instead (see probeWalk). Empty when not used.
    QList<qint64> probeTags;
    qint64 walkBudget = 0;    // sort-index entries the probing walk may visit
    QStringList filters;      // for list(): the stage test is kept off indexes (see compile)
    QStringList countFilters; // for count(): the same tests, free to use contact_by_stage
    QVariantList filterBinds;
    bool onlyLiveFilter = false; // the only row filter is "not deleted"
};

Result<RowIds> readRowIds(Database& db, const char* sql, const QVariantList& binds)
{
    Statement& st = db.cached(sql);
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds[i]);
    RowIds out;
    while (true) {
        auto next = st.step();
        if (!next.ok())
            return next.error();
        if (!next.value())
            break;
        out.append(st.int64(0));
    }
    st.reset();
    if (!std::is_sorted(out.begin(), out.end()))
        std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

Result<RowIds> readRowIds(Database& db, const char* sql, const QVariant& bind)
{
    return readRowIds(db, sql, QVariantList{bind});
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

// The query's tags as live tag rowids (duplicates dropped); nullopt when the tags alone already make the
// result empty (a removed tag in an AND, or only removed tags in an OR).
Result<std::optional<QList<qint64>>> liveTags(Database& db, const ContactQuery& q)
{
    QList<qint64> live;
    bool anyRemoved = false;
    for (const QString& tagId : q.tagIds) {
        Statement& st = db.cached("SELECT rowid, deleted FROM tag WHERE id = ?");
        st.bind(1, tagId.trimmed().toLower());
        auto found = st.step();
        if (!found.ok())
            return found.error();
        if (!found.value())
            return makeError(ErrorCode::NotFound, Text::tr("No tag with id %1").arg(tagId.left(40)));
        const qint64 rowId = st.int64(0);
        const bool deleted = st.int64(1) != 0;
        st.reset();
        anyRemoved = anyRemoved || deleted;
        if (!deleted && !live.contains(rowId))
            live << rowId;
    }
    // A removed tag is on no contact any more: it empties an AND and drops out of an OR.
    if (live.isEmpty() || (anyRemoved && q.tagMode == ContactQuery::TagMode::All))
        return std::optional<QList<qint64>>();
    return std::optional<QList<qint64>>(live);
}

// "Contact c carries tag ?n", answered by one primary-key lookup.
QString hasTag(int bindIndex, const char* contactRowId)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM contact_tag t%1 WHERE t%1.tag_rowid = ?%1 AND "
                          "t%1.contact_rowid = %2 AND t%1.present = 1)")
        .arg(bindIndex)
        .arg(QLatin1String(contactRowId));
}

// AND driven by its rarest tag: that tag's links are read and every other tag is probed per link by
// primary key, so a popular tag's set is never read. `tags` starts with the rarest.
Result<RowIds> rareTagAnd(Database& db, const QList<qint64>& tags)
{
    QString sql = QStringLiteral("SELECT l.contact_rowid FROM contact_tag l WHERE l.tag_rowid = ?1 AND "
                                 "l.present = 1");
    QVariantList binds{tags.first()};
    for (int i = 1; i < tags.size(); ++i) {
        sql += QStringLiteral(" AND ") + hasTag(i + 1, "l.contact_rowid");
        binds << tags[i];
    }
    sql += QStringLiteral(" ORDER BY l.contact_rowid");
    return readRowIds(db, sql.toUtf8().constData(), binds);
}

// AND / OR of the tags' link sets, read in full and merged.
Result<RowIds> mergedTagSets(Database& db, const QList<qint64>& tags, ContactQuery::TagMode mode)
{
    std::optional<RowIds> result;
    for (qint64 tagRow : tags) {
        auto links = readRowIds(db,
                                "SELECT contact_rowid FROM contact_tag WHERE tag_rowid = ? AND present = 1 "
                                "ORDER BY contact_rowid",
                                tagRow);
        if (!links.ok())
            return links.error();
        if (!result)
            result = links.value();
        else if (mode == ContactQuery::TagMode::All)
            result = intersect(*result, links.value());
        else
            result = unite(*result, links.value());
        if (mode == ContactQuery::TagMode::All && result->isEmpty())
            break;
    }
    return result ? *result : RowIds();
}

struct TagPlan
{
    std::optional<RowIds> candidates; // nullopt: no tag filter, or probeTags
    QList<qint64> probeTags;
    qint64 walkBudget = 0;
};

// What a probing walk would have to find: `wanted` > 0 when the caller can walk a sort index for the
// first `wanted` rows, probing each entry's tags.
struct WalkOption
{
    qint64 wanted = -1;
    qint64 contacts = 0;
};

Result<TagPlan> tagCandidates(Database& db, const ContactQuery& q, const WalkOption& walk)
{
    TagPlan plan;
    if (q.tagIds.isEmpty())
        return plan;
    auto resolved = liveTags(db, q);
    if (!resolved.ok())
        return resolved.error();
    if (!resolved.value()) {
        plan.candidates = RowIds();
        return plan;
    }
    QList<qint64> live = *resolved.value();
    if (q.tagMode == ContactQuery::TagMode::Any) {
        auto merged = mergedTagSets(db, live, q.tagMode);
        if (!merged.ok())
            return merged.error();
        plan.candidates = merged.value();
        return plan;
    }
    // AND: read the first `sampleLinks` links of each tag (in contact_rowid order, from
    // contact_tag_present). A tag that ends within them is known in full; for a longer one the rowid
    // reached gives its density (links are spread over the contacts), so the plan is chosen from
    // estimates without reading any popular tag in full:
    //  - every tag known in full: merge them;
    //  - a small tag: read it and probe the other tags by primary key;
    //  - otherwise walk the sort index probing each entry (cost ~ entries: wanted x contacts / matches,
    //    matches estimated as if the tags were independent) or read the rest of every set and merge
    //    (cost ~ links), whichever is expected to be cheaper.
    const contact_listing::Tuning& tuning = contact_listing::tuning();
    const qint64 sample = std::max<qint64>(1, tuning.sampleLinks);
    const double contacts = double(std::max<qint64>(1, walk.contacts));
    struct Sampled
    {
        qint64 tagRow;
        RowIds links;
        bool complete;
        double estimate; // links of the tag, estimated when not complete
    };
    QList<Sampled> sampled;
    bool allComplete = true;
    for (qint64 tagRow : live) {
        auto links = readRowIds(db,
                                "SELECT contact_rowid FROM contact_tag WHERE tag_rowid = ? AND present = 1 "
                                "ORDER BY contact_rowid LIMIT ?",
                                QVariantList{tagRow, sample + 1});
        if (!links.ok())
            return links.error();
        Sampled t{tagRow, links.value(), links->size() <= sample, 0};
        if (t.links.isEmpty()) {
            plan.candidates = RowIds();
            return plan;
        }
        t.estimate = t.complete ? double(t.links.size())
                                : double(t.links.size()) * std::max(contacts, double(t.links.last())) /
                                      double(std::max<qint64>(1, t.links.last()));
        allComplete = allComplete && t.complete;
        sampled << t;
    }
    std::stable_sort(sampled.begin(), sampled.end(),
                     [](const Sampled& x, const Sampled& y) { return x.estimate < y.estimate; });
    QList<qint64> ordered;
    double links = 0;
    double share = 1; // estimated share of contacts carrying every tag
    for (const Sampled& t : sampled) {
        ordered << t.tagRow;
        links += t.estimate;
        share *= std::min(1.0, t.estimate / contacts);
    }
    if (!allComplete && sampled.first().complete && sampled.first().links.size() < tuning.smallTagLinks) {
        auto rows = rareTagAnd(db, ordered);
        if (!rows.ok())
            return rows.error();
        plan.candidates = rows.value();
        return plan;
    }
    if (!allComplete && walk.wanted > 0 && walk.contacts > 0) {
        const double entries = double(walk.wanted) / std::max(share, 1e-9);
        if (entries * tuning.walkEntryCost < links) {
            plan.probeTags = ordered;
            plan.walkBudget = qint64(std::min(1e12, std::max(double(tuning.minWalkBudget),
                                                             tuning.walkBudgetFactor * entries)));
            return plan;
        }
    }
    std::optional<RowIds> result;
    for (Sampled& t : sampled) {
        if (!t.complete) {
            auto rest = readRowIds(db,
                                   "SELECT contact_rowid FROM contact_tag WHERE tag_rowid = ? AND present = 1 "
                                   "AND contact_rowid > ? ORDER BY contact_rowid",
                                   QVariantList{t.tagRow, t.links.last()});
            if (!rest.ok())
                return rest.error();
            t.links.append(rest.value());
        }
        result = result ? intersect(*result, t.links) : t.links;
        if (result->isEmpty())
            break;
    }
    plan.candidates = *result;
    return plan;
}

// `walk`: see tagCandidates; only a query without search text can leave its tags unread.
Result<CompiledQuery> compile(Database& db, const ContactQuery& q, const WalkOption& walk)
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
    auto tagged = tagCandidates(db, q, out.candidates ? WalkOption() : walk);
    if (!tagged.ok())
        return tagged.error();
    if (tagged->candidates)
        out.candidates =
            out.candidates ? intersect(*out.candidates, *tagged->candidates) : *tagged->candidates;
    else {
        out.probeTags = tagged->probeTags;
        out.walkBudget = tagged->walkBudget;
    }

    if (!q.includeDeleted) {
        out.filters << QStringLiteral("c.deleted = 0");
        out.countFilters << QStringLiteral("c.deleted = 0");
    }
    if (!q.stage.isEmpty()) {
        const auto stage = stageFromCode(q.stage);
        if (!stage)
            return makeError(ErrorCode::InvalidInput, Text::tr("Unknown stage %1 (use one of: %2)")
                                                          .arg(q.stage.left(20), stageCodes().join(u", ")));
        // A list keeps walking contact_by_last_contacted & co. ("+" keeps contact_by_stage out of its
        // plan: a stage holds tens of thousands of contacts, to be read at random and sorted); a count
        // is answered from contact_by_stage alone.
        out.filters << QStringLiteral("+c.stage = ?");
        out.countFilters << QStringLiteral("c.stage = ?");
        out.filterBinds << toCode(*stage);
    }
    if (!q.ownerId.isEmpty()) {
        out.filters << QStringLiteral("c.owner_id = ?");
        out.countFilters << QStringLiteral("c.owner_id = ?");
        out.filterBinds << q.ownerId.trimmed().toLower();
    }
    if (!q.storeId.isEmpty()) {
        out.filters << QStringLiteral("c.store_id = ?");
        out.countFilters << QStringLiteral("c.store_id = ?");
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
    // A page of known rowids is a handful of rowid lookups. Without statistics SQLite takes an index whose
    // first column is `deleted` (e.g. contact_reminder_scope) for "deleted = 0" as selective and walks every
    // live contact instead; NOT INDEXED still allows the rowid lookups.
    if (extra.startsWith(QLatin1String("c.rowid IN (")))
        sql += QStringLiteral(" NOT INDEXED");
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

// The first `wanted` contacts carrying every tag in cq.probeTags (rarest first), in sort order: the sort
// index is walked and each entry probed by primary key, tag by tag until one is missing, so no tag's
// link set is read. With two tags on a quarter of the contacts each, a page of 50 takes ~200 entries.
// Returns false, with `contacts` partly filled, when `walkBudget` entries did not fill the page (tags
// that rarely meet): the caller then reads the link sets instead.
Result<bool> probeWalk(Database& db, const CompiledQuery& cq, const SortSpec& sort, qint64 wanted,
                       QList<Contact>& contacts)
{
    const int n = int(cq.probeTags.size());
    QString carriesAll = hasTag(n, "c.rowid");
    for (int i = n - 1; i >= 1; --i)
        carriesAll = QStringLiteral("CASE WHEN %1 THEN %2 ELSE 0 END").arg(hasTag(i, "c.rowid"), carriesAll);
    static const QLatin1String kWalkHead("SELECT rowid FROM contact ");
    const QString walkSql = QStringLiteral("SELECT c.rowid, %1 FROM contact c %2")
                                .arg(carriesAll, QLatin1String(sort.indexWalk).mid(kWalkHead.size()));
    const QByteArray utf8 = walkSql.toUtf8();
    Statement walk(db, utf8.constData());
    for (int i = 0; i < n; ++i)
        walk.bind(i + 1, cq.probeTags[i]);
    const qint64 budget = std::max<qint64>(1, cq.walkBudget);
    qint64 entries = 0;
    RowIds batch;
    auto flush = [&]() -> Status {
        if (batch.isEmpty())
            return {};
        const QString extra = QStringLiteral("c.rowid IN (%1)").arg(rowIdList(batch, 0, batch.size()));
        batch.clear();
        return fetchInto(db, contacts, extra, cq, sort.orderBy, QString());
    };
    while (contacts.size() < wanted) {
        if (++entries > budget)
            return false;
        auto next = walk.step();
        if (!next.ok())
            return next.error();
        if (!next.value())
            break;
        if (walk.int64(1) == 0)
            continue;
        batch << walk.int64(0);
        if (batch.size() >= std::min<qint64>(kBatch, wanted - contacts.size()))
            LL_TRY(flush());
    }
    LL_TRY(flush());
    return true;
}

} // namespace

Result<QList<Contact>> ContactRepository::list(const ContactQuery& query)
{
    Database& db = m_store.db();
    const SortSpec sort = sortSpec(query.sort);
    const qint64 offset = std::max(0, query.offset);
    const qint64 wanted = query.limit > 0 ? offset + query.limit : -1;
    WalkOption walkOption;
    if (sort.indexWalk && wanted > 0 && !query.tagIds.isEmpty() && query.search.trimmed().isEmpty()) {
        auto contactCount = scalar(db, "SELECT max(rowid) FROM contact");
        if (!contactCount.ok())
            return contactCount.error();
        walkOption = WalkOption{wanted, contactCount.value()};
    }
    auto compiled = compile(db, query, walkOption);
    if (!compiled.ok())
        return compiled.error();
    CompiledQuery cq = compiled.value();
    QList<Contact> contacts;

    bool walked = false;
    if (!cq.probeTags.isEmpty()) {
        auto done = probeWalk(db, cq, sort, wanted, contacts);
        if (!done.ok())
            return done.error();
        walked = done.value();
        if (walked) {
            contacts = contacts.mid(offset, query.limit);
        } else {
            contacts.clear();
            auto merged = mergedTagSets(db, cq.probeTags, ContactQuery::TagMode::All);
            if (!merged.ok())
                return merged.error();
            cq.candidates = merged.value();
            cq.probeTags.clear();
        }
    }

    if (walked) {
        // the page is complete
    } else if (!cq.candidates) {
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
    auto compiled = compile(db, query, WalkOption());
    if (!compiled.ok())
        return compiled.error();
    const CompiledQuery& cq = compiled.value();
    // A store made before contact_by_stage was in v1 (benchmark profiles) would scan the table twice.
    auto stageIndexed = scalar(db, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                                   "name = 'contact_by_stage'");
    if (!stageIndexed.ok())
        return stageIndexed.error();
    if (!cq.candidates && cq.onlyLiveFilter && (query.includeDeleted || stageIndexed.value() > 0)) {
        // Every contact is counted by page (SQLite's count of a narrow index, no per-row work); the few
        // tombstones are subtracted, found through contact_by_stage: stage is NOT NULL and CHECKed to be
        // one of the codes, so "stage IN (every code)" selects every row.
        auto all = scalar(db, "SELECT count(*) FROM contact");
        if (!all.ok())
            return all.error();
        if (query.includeDeleted)
            return int(all.value());
        static const QByteArray tombstones = [] {
            QStringList codes;
            for (const QString& code : stageCodes())
                codes << QLatin1Char('\'') + code + QLatin1Char('\'');
            const QString in = codes.join(u',');
            return QStringLiteral("SELECT (SELECT count(*) FROM contact WHERE stage IN (%1) AND deleted > 0) + "
                                  "(SELECT count(*) FROM contact WHERE stage IN (%1) AND deleted < 0)")
                .arg(in)
                .toUtf8();
        }();
        auto gone = scalar(db, tombstones.constData());
        if (!gone.ok())
            return gone.error();
        return int(all.value() - gone.value());
    }
    if (!cq.candidates) {
        // Live contacts by stage are counted in contact_by_stage, a few bytes an entry, not in the table.
        QString sql = QStringLiteral("SELECT count(*) FROM contact c");
        if (!cq.countFilters.isEmpty())
            sql += QStringLiteral(" WHERE ") + cq.countFilters.join(QStringLiteral(" AND "));
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
        QStringList where = cq.countFilters;
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
