#include "reminders/ReminderCandidates.h"

#include "reminders/ReminderEngine.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <tuple>

namespace ll::reminder_candidates {

TextPool::TextPool()
{
    id("", 0); // id 0 is ''
}

int TextPool::id(const char* text, int bytes)
{
    const auto found = m_ids.constFind(QByteArray::fromRawData(text, bytes));
    if (found != m_ids.cend())
        return found.value();
    const int next = int(m_texts.size());
    m_texts << QByteArray(text, bytes);
    m_ids.insert(m_texts.constLast(), next);
    return next;
}

bool Candidate::keyBefore(const Candidate& o) const
{
    return std::tie(ruleRowId, contactRowId, subject, anchor) <
           std::tie(o.ruleRowId, o.contactRowId, o.subject, o.anchor);
}

int poolText(const Statement& query, int column, TextPool& pool)
{
    int bytes = 0;
    const char* p = query.utf8(column, &bytes);
    return pool.id(p, bytes);
}

namespace {

// A rule's rows repeat a column's value from one row to the next (kind, closed_by, an empty expiry, often
// the day): the previous row's id is reused without hashing.
class ColumnMemo
{
public:
    int pooled(const Statement& query, int column, TextPool& pool)
    {
        int bytes = 0;
        const char* p = query.utf8(column, &bytes);
        if (m_id >= 0 && bytes == m_bytes && std::memcmp(p, pool.text(m_id).constData(), size_t(bytes)) == 0)
            return m_id;
        m_id = pool.id(p, bytes);
        m_bytes = bytes;
        return m_id;
    }

private:
    int m_id = -1;
    int m_bytes = 0;
};

Candidate readRow(const Statement& q, TextPool& pool, ColumnMemo* memo)
{
    Candidate c;
    c.ruleRowId = q.int64(0);
    c.contactRowId = q.int64(1);
    c.kind = memo[0].pooled(q, 2, pool);
    c.subject = memo[1].pooled(q, 3, pool);
    c.anchor = memo[2].pooled(q, 4, pool);
    c.dueOn = memo[3].pooled(q, 5, pool);
    c.dueAt = q.int64(6);
    c.expiresOn = memo[4].pooled(q, 7, pool);
    c.closedBy = memo[5].pooled(q, 8, pool);
    c.closedAt = q.int64(9);
    return c;
}

bool sameText(const Statement& q, int column, const QByteArray& text)
{
    int bytes = 0;
    const char* p = q.utf8(column, &bytes);
    return bytes == text.size() && std::memcmp(p, text.constData(), size_t(bytes)) == 0;
}

} // namespace

Status appendRows(Statement& query, TextPool& pool, std::vector<Candidate>& out)
{
    ColumnMemo memo[6];
    while (true) {
        auto row = query.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            return {};
        out.push_back(readRow(query, pool, memo));
    }
}

Result<Difference> writeDifference(Database& db, TextPool& pool, std::vector<Candidate>& candidates,
                                   const QHash<qint64, QString>& ruleIds)
{
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate& a, const Candidate& b) { return a.keyBefore(b); });
    for (size_t i = 1; i < candidates.size(); ++i)
        if (candidates[i].sameKey(candidates[i - 1]))
            return makeError(ErrorCode::Conflict, QStringLiteral("two reminders of rule %1 share a key")
                                                      .arg(ruleIds.value(candidates[i].ruleRowId)));

    // Stored rows are compared with the candidates byte for byte, found by (rule, contact): stored rows
    // mostly follow key order (they were inserted in it), so the next range is usually where the last ended.
    Difference diff;
    std::vector<bool> present(candidates.size(), false);
    std::vector<qint64> gone;
    {
        Statement scan(db, "SELECT rowid, rule_rowid, contact_rowid, subject, anchor, kind, due_on, due_at, "
                           "expires_on, closed_by, closed_at FROM reminder");
        size_t begin = 0;
        size_t end = 0;
        auto before = [](const Candidate& c, const std::pair<qint64, qint64>& key) {
            return std::make_pair(c.ruleRowId, c.contactRowId) < key;
        };
        while (true) {
            auto row = scan.step();
            if (!row.ok())
                return row.error();
            if (!row.value())
                break;
            const std::pair<qint64, qint64> key{scan.int64(1), scan.int64(2)};
            const bool sameRange = begin < end && candidates[begin].ruleRowId == key.first &&
                                   candidates[begin].contactRowId == key.second;
            if (!sameRange) {
                if (end < candidates.size() && candidates[end].ruleRowId == key.first &&
                    candidates[end].contactRowId == key.second) {
                    begin = end;
                } else {
                    begin = size_t(std::lower_bound(candidates.begin(), candidates.end(), key, before) -
                                   candidates.begin());
                }
                end = begin;
                while (end < candidates.size() && candidates[end].ruleRowId == key.first &&
                       candidates[end].contactRowId == key.second)
                    ++end;
            }
            size_t match = end;
            for (size_t i = begin; i < end; ++i)
                if (sameText(scan, 3, pool.text(candidates[i].subject)) &&
                    sameText(scan, 4, pool.text(candidates[i].anchor))) {
                    match = i;
                    break;
                }
            if (match < end) {
                const Candidate& c = candidates[match];
                if (sameText(scan, 5, pool.text(c.kind)) && sameText(scan, 6, pool.text(c.dueOn)) &&
                    scan.int64(7) == c.dueAt && sameText(scan, 8, pool.text(c.expiresOn)) &&
                    sameText(scan, 9, pool.text(c.closedBy)) && scan.int64(10) == c.closedAt) {
                    present[match] = true;
                    ++diff.kept;
                    continue;
                }
            }
            gone.push_back(scan.int64(0));
        }
    }

    Statement del(db, "DELETE FROM reminder WHERE rowid = ?");
    for (qint64 rowId : gone) {
        del.bind(1, rowId);
        auto done = del.step();
        del.reset();
        if (!done.ok())
            return done.error();
        ++diff.deleted;
    }

    Statement contactId(db, "SELECT id FROM contact WHERE rowid = ?");
    Statement insert(db, "INSERT INTO reminder (id, rule_rowid, contact_rowid, kind, subject, anchor, "
                         "due_on, due_at, expires_on, closed_by, closed_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    qint64 lastContact = 0;
    QString lastContactId;
    for (size_t i = 0; i < candidates.size(); ++i) {
        if (present[i])
            continue;
        const Candidate& n = candidates[i];
        if (n.contactRowId != lastContact || lastContactId.isEmpty()) {
            contactId.bind(1, n.contactRowId);
            auto found = contactId.step();
            if (!found.ok())
                return found.error();
            int bytes = 0;
            const char* p = found.value() ? contactId.utf8(0, &bytes) : "";
            lastContactId = QString::fromUtf8(p, bytes);
            lastContact = n.contactRowId;
            contactId.reset();
        }
        const QString id =
            ReminderEngine::reminderId(ruleIds.value(n.ruleRowId), lastContactId,
                                       QDate::fromString(QString::fromUtf8(pool.text(n.anchor)), Qt::ISODate),
                                       QString::fromUtf8(pool.text(n.subject)));
        insert.bindUtf8(1, id.toUtf8());
        insert.bind(2, n.ruleRowId);
        insert.bind(3, n.contactRowId);
        insert.bindUtf8(4, pool.text(n.kind));
        insert.bindUtf8(5, pool.text(n.subject));
        insert.bindUtf8(6, pool.text(n.anchor));
        insert.bindUtf8(7, pool.text(n.dueOn));
        insert.bind(8, n.dueAt);
        insert.bindUtf8(9, pool.text(n.expiresOn));
        insert.bindUtf8(10, pool.text(n.closedBy));
        insert.bind(11, n.closedAt);
        auto done = insert.step();
        insert.reset();
        if (!done.ok())
            return done.error();
        ++diff.inserted;
    }
    return diff;
}

} // namespace ll::reminder_candidates
