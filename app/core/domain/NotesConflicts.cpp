#include "domain/NotesConflicts.h"

#include "Hlc.h"
#include "domain/ContactRepository.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QCoreApplication>

#include <QSet>
#include <QStringList>

#include <optional>
#include <vector>

namespace ll {

namespace {

// Messages of this file, filed under ll::NotesConflicts for lupdate and at run time alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::NotesConflicts)
};

// Only notes are keep-both; other fields never produce conflict rows, but the table is generic.
constexpr const char* kSelect =
    "SELECT rc.rowid, c.id, c.name, c.notes, rc.value, rc.hlc FROM record_conflict rc "
    "JOIN contact c ON c.id = rc.record_id "
    "WHERE rc.entity = 'contact' AND rc.field = 'notes' AND rc.seen = 0 AND c.deleted = 0 ";

} // namespace

NotesConflicts::NotesConflicts(Store& store)
    : m_store(store)
{}

Result<QList<NotesConflict>> NotesConflicts::query(const QString& contactId, qint64 conflictId)
{
    QByteArray sql(kSelect);
    if (!contactId.isEmpty())
        sql += "AND rc.record_id = ?1 ";
    if (conflictId > 0)
        sql += "AND rc.rowid = ?2 ";
    sql += "ORDER BY rc.hlc, rc.rowid";
    Statement st(m_store.db(), sql.constData());
    if (!st.isValid())
        return st.prepareError();
    if (!contactId.isEmpty())
        st.bind(1, contactId);
    if (conflictId > 0)
        st.bind(2, conflictId);
    QList<NotesConflict> out;
    for (;;) {
        auto row = st.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        NotesConflict c;
        c.id = st.int64(0);
        c.contactId = st.text(1);
        c.contactName = st.text(2);
        c.currentNotes = st.text(3);
        c.otherNotes = st.text(4);
        if (auto hlc = Hlc::parse(st.text(5)); hlc.ok()) {
            if (hlc->wallMs() > 0)
                c.editedAt = QDateTime::fromMSecsSinceEpoch(hlc->wallMs(), Qt::UTC);
            c.deviceId = hlc->deviceId();
            c.fromThisDevice = c.deviceId == m_store.deviceId();
        }
        out << c;
    }
    return out;
}

Result<QList<NotesConflict>> NotesConflicts::unseen()
{
    return query({}, 0);
}

Result<QList<NotesConflict>> NotesConflicts::unseenFor(const QString& contactId)
{
    if (contactId.isEmpty())
        return QList<NotesConflict>();
    return query(contactId, 0);
}

Result<int> NotesConflicts::unseenCount()
{
    Statement& st = m_store.db().cached(
        "SELECT count(*) FROM record_conflict rc JOIN contact c ON c.id = rc.record_id "
        "WHERE rc.entity = 'contact' AND rc.field = 'notes' AND rc.seen = 0 AND c.deleted = 0");
    auto row = st.step();
    if (!row.ok())
        return row.error();
    const int n = row.value() ? st.integer(0) : 0;
    st.reset();
    return n;
}

Result<NotesConflict> NotesConflicts::get(qint64 conflictId)
{
    auto found =
        conflictId > 0 ? query({}, conflictId) : Result<QList<NotesConflict>>(QList<NotesConflict>());
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return makeError(
            ErrorCode::NotFound,
            Text::tr("No open notes conflict with id %1 (already resolved, or the contact is gone)")
                .arg(conflictId));
    return found->first();
}

Status NotesConflicts::markSeen(qint64 conflictId)
{
    Statement& st = m_store.db().cached("UPDATE record_conflict SET seen = 1 WHERE rowid = ?");
    st.bind(1, conflictId);
    return st.exec();
}

Status NotesConflicts::resolve(qint64 conflictId, NotesChoice choice, const QString& mergedText)
{
    Transaction tx(m_store.db());
    LL_TRY(tx.beginStatus());
    auto conflict = get(conflictId);
    if (!conflict.ok())
        return conflict.error();
    std::optional<QString> notes;
    if (choice == NotesChoice::KeepOther)
        notes = conflict->otherNotes;
    else if (choice == NotesChoice::KeepMerged)
        notes = mergedText;
    if (notes && *notes != conflict->currentNotes) {
        // The repository's own transaction nests as a savepoint: the notes, their outbox entry and the
        // seen flag commit together or not at all.
        ContactInput input;
        input.notes = *notes;
        auto updated = ContactRepository(m_store).update(conflict->contactId, input);
        if (!updated.ok())
            return updated.error();
    }
    LL_TRY(markSeen(conflictId));
    return tx.commit();
}

Status NotesConflicts::dismiss(qint64 conflictId)
{
    return resolve(conflictId, NotesChoice::KeepCurrent);
}

namespace {

// Past this many line pairs the LCS table gets large; whole-text comparisons are enough then.
constexpr qint64 kMaxDiffCells = 2'000'000;

// lcs(i, j): length of the longest common subsequence of a[i..] and b[j..].
class LineLcs
{
public:
    LineLcs(const QStringList& a, const QStringList& b)
        : m_width(b.size() + 1)
        , m_table(size_t((a.size() + 1) * (b.size() + 1)), 0)
    {
        for (qsizetype i = a.size() - 1; i >= 0; --i)
            for (qsizetype j = b.size() - 1; j >= 0; --j)
                at(i, j) = a.at(i) == b.at(j) ? at(i + 1, j + 1) + 1 : qMax(at(i + 1, j), at(i, j + 1));
    }
    int operator()(qsizetype i, qsizetype j) const { return m_table[size_t(i * m_width + j)]; }

private:
    int& at(qsizetype i, qsizetype j) { return m_table[size_t(i * m_width + j)]; }
    qsizetype m_width;
    std::vector<int> m_table;
};

bool tooLargeToDiff(const QStringList& a, const QStringList& b)
{
    return qint64(a.size()) * qint64(b.size()) > kMaxDiffCells;
}

} // namespace

QList<bool> NotesConflicts::changedLines(const QStringList& lines, const QStringList& otherLines)
{
    QList<bool> changed(lines.size(), true);
    if (tooLargeToDiff(lines, otherLines)) {
        const QSet<QString> there(otherLines.begin(), otherLines.end());
        for (qsizetype i = 0; i < lines.size(); ++i)
            changed[i] = !there.contains(lines.at(i));
        return changed;
    }
    const LineLcs lcs(lines, otherLines);
    for (qsizetype i = 0, j = 0; i < lines.size() && j < otherLines.size();) {
        if (lines.at(i) == otherLines.at(j)) {
            changed[i++] = false;
            ++j;
        } else if (lcs(i + 1, j) >= lcs(i, j + 1)) {
            ++i;
        } else {
            ++j;
        }
    }
    return changed;
}

QString NotesConflicts::joined(const QString& current, const QString& other)
{
    if (other.trimmed().isEmpty() || current == other)
        return current;
    if (current.trimmed().isEmpty())
        return other;
    const QStringList a = current.split(QLatin1Char('\n'));
    const QStringList b = other.split(QLatin1Char('\n'));
    if (tooLargeToDiff(a, b))
        return current + QStringLiteral("\n\n") + other;
    // Every line of both, the shared ones once, in the order both texts agree on.
    const LineLcs lcs(a, b);
    QStringList out;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i) == b.at(j)) {
            out << a.at(i++);
            ++j;
        } else if (lcs(i + 1, j) >= lcs(i, j + 1)) {
            out << a.at(i++);
        } else {
            out << b.at(j++);
        }
    }
    out << a.mid(i) << b.mid(j);
    return out.join(QLatin1Char('\n'));
}

} // namespace ll
