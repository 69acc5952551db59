#include "library/SensitiveWords.h"

#include "domain/FieldChanges.h"
#include "domain/FieldChecks.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "store/Tombstone.h"
#include "store/Transaction.h"
#include "text/ChineseText.h"
#include "util/Ids.h"

#include <QCoreApplication>

#include <algorithm>

namespace ll {

namespace {

// Messages of this file, filed under ll::SensitiveWords for lupdate and at run time alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::SensitiveWords)
};

constexpr int kMaxWord = 50;

// Folds text without changing its length, so offsets in the folded text are offsets in the original:
// case, full-width ASCII, then Traditional -> Simplified when ICU maps it one to one (it almost always does).
QString foldKeepingOffsets(const QString& text)
{
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const char16_t c = out.at(i).unicode();
        if (c >= 0xFF01 && c <= 0xFF5E)
            out[i] = QChar(char16_t(c - 0xFEE0));
        else if (c == 0x3000)
            out[i] = QLatin1Char(' ');
        if (!out.at(i).isSurrogate())
            out[i] = out.at(i).toCaseFolded();
    }
    const QString simplified = toSimplified(out);
    return simplified.size() == out.size() ? simplified : out;
}

bool isAsciiWordChar(QChar ch)
{
    return ch.unicode() < 0x80 && (ch.isLetterOrNumber() || ch == QLatin1Char('_'));
}

bool isAsciiWord(const QString& w)
{
    return !w.isEmpty() && std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

SensitiveWords::SensitiveWords(Store& store, Actor actor)
    : m_store(store)
    , m_actor(std::move(actor))
{}

QList<SensitiveHit> SensitiveWords::find(const QString& text, const QStringList& words)
{
    QList<SensitiveHit> hits;
    const QString folded = foldKeepingOffsets(text);
    for (const QString& word : words) {
        const QString needle = foldKeepingOffsets(word.trimmed());
        if (needle.isEmpty())
            continue;
        const bool wholeWord =
            isAsciiWord(needle) && isAsciiWordChar(needle.front()) && isAsciiWordChar(needle.back());
        qsizetype from = 0;
        while (true) {
            const qsizetype at = folded.indexOf(needle, from);
            if (at < 0)
                break;
            from = at + 1;
            if (wholeWord) {
                const bool before = at > 0 && isAsciiWordChar(folded.at(at - 1));
                const qsizetype end = at + needle.size();
                const bool after = end < folded.size() && isAsciiWordChar(folded.at(end));
                if (before || after)
                    continue;
            }
            hits << SensitiveHit{word.trimmed(), int(at), int(needle.size())};
        }
    }
    std::sort(hits.begin(), hits.end(), [](const SensitiveHit& a, const SensitiveHit& b) {
        return a.position != b.position ? a.position < b.position : a.length > b.length;
    });
    return hits;
}

QString SensitiveWords::describe(const QList<SensitiveHit>& hits)
{
    QStringList words;
    for (const SensitiveHit& h : hits)
        if (!words.contains(h.word))
            words << h.word;
    return Text::tr("The text contains sensitive words: %1").arg(words.join(QStringLiteral("、")));
}

Status SensitiveWords::add(const QString& rawWord)
{
    if (!m_actor.canEditTeam())
        return makeError(ErrorCode::PermissionDenied,
                         Text::tr("Only managers and admins can edit the sensitive-word list."));
    const QString word = rawWord.trimmed();
    LL_TRY(checkRequiredText(Text::tr("Sensitive word"), word, kMaxWord));
    auto current = list();
    if (!current.ok())
        return current.error();
    const QString folded = foldKeepingOffsets(word);
    for (const QString& existing : current.value())
        if (foldKeepingOffsets(existing) == folded)
            return makeError(ErrorCode::Conflict,
                             Text::tr("%1 is already in the list as %2").arg(word, existing));
    Database& db = m_store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    const QString id = newId();
    FieldChanges changes(m_store, QString());
    changes.set(QStringLiteral("word"), word);
    Statement& ins = db.cached("INSERT INTO sensitive_word (id, word, clocks) VALUES (?, ?, ?)");
    ins.bind(1, id).bind(2, word).bind(3, changes.clocksText());
    LL_TRY(ins.exec());
    LL_TRY(m_store.appendOutbox(QStringLiteral("sensitive_word"), id, QStringLiteral("upsert"),
                                changes.payload()));
    return tx.commit();
}

Status SensitiveWords::remove(const QString& rawWord)
{
    if (!m_actor.canEditTeam())
        return makeError(ErrorCode::PermissionDenied,
                         Text::tr("Only managers and admins can edit the sensitive-word list."));
    Database& db = m_store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    Statement& find = db.cached("SELECT id FROM sensitive_word WHERE word = ? AND deleted = 0");
    find.bind(1, rawWord.trimmed());
    auto row = find.step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::NotFound,
                         Text::tr("%1 is not in the sensitive-word list").arg(rawWord.left(kMaxWord)));
    const QString id = find.text(0);
    find.reset();
    Statement& del = db.cached("UPDATE sensitive_word SET deleted = 1 WHERE id = ?");
    del.bind(1, id);
    LL_TRY(del.exec());
    LL_TRY(queueTombstone(m_store, QStringLiteral("sensitive_word"), id));
    return tx.commit();
}

Result<QStringList> SensitiveWords::list()
{
    Statement& st = m_store.db().cached("SELECT word FROM sensitive_word WHERE deleted = 0 ORDER BY word");
    QStringList out;
    while (true) {
        auto row = st.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        out << st.text(0);
    }
    return out;
}

Result<QList<SensitiveHit>> SensitiveWords::check(const QString& text)
{
    auto words = list();
    if (!words.ok())
        return words.error();
    return find(text, words.value());
}

} // namespace ll
