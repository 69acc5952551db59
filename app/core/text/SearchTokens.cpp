#include "text/SearchTokens.h"

#include "text/ChineseText.h"
#include "text/HanPinyin.h"
#include "text/LeadHistoryText.h"
#include "text/PhoneNumber.h"
#include "text/PhoneSuffixToken.h"
#include "text/TextRuns.h"
#include "text/TokenSink.h"

namespace ll {
namespace {

// UTF-16 units of the code point at `at` (a surrogate pair is one), 0 past the end.
qsizetype codePointLength(QStringView s, qsizetype at)
{
    if (at >= s.size())
        return 0;
    return s.at(at).isHighSurrogate() && at + 1 < s.size() && s.at(at + 1).isLowSurrogate() ? 2 : 1;
}

// Han unigrams + bigrams and words; stops after `budget` new tokens (budget < 0: unlimited).
void addTextTokens(TokenSink& sink, const QList<TextRun>& runs, int budget = -1)
{
    auto add = [&](QStringView t) {
        if (sink.add(t))
            --budget;
        return budget != 0;
    };
    for (const TextRun& run : runs) {
        if (run.kind == TextRun::Kind::Word) {
            if (!add(run.text))
                return;
            continue;
        }
        // Unigrams and bigrams are views into the run: a token is copied only if it is new.
        const QStringView text = run.text;
        qsizetype at = 0;
        qsizetype length = codePointLength(text, at);
        while (at < text.size()) {
            if (!add(text.sliced(at, length)))
                return;
            const qsizetype next = at + length;
            const qsizetype nextLength = codePointLength(text, next);
            if (next < text.size() && !add(text.sliced(at, length + nextLength)))
                return;
            at = next;
            length = nextLength;
        }
    }
}

QStringList syllablesOf(const QList<TextRun>& runs)
{
    QStringList out;
    for (const TextRun& run : runs) {
        if (out.size() >= kMaxPinyinSyllables)
            break;
        if (run.kind == TextRun::Kind::Word) {
            out.append(run.text);
            continue;
        }
        // Only the characters we keep are transliterated: long nicknames stay cheap.
        const qsizetype room = kMaxPinyinSyllables - out.size();
        qsizetype headLength = 0;
        for (qsizetype kept = 0; kept < room && headLength < run.text.size(); ++kept)
            headLength += codePointLength(run.text, headLength);
        const QStringList syllables = hanRunSyllables(run.text.left(headLength));
        // A name is mostly one Han run: then the (cached) list itself is the result, shared, not copied.
        if (out.isEmpty() && !syllables.contains(QString())) {
            out = syllables;
            continue;
        }
        for (const QString& s : syllables) {
            if (!s.isEmpty())
                out.append(s);
        }
    }
    if (out.size() > kMaxPinyinSyllables)
        out.resize(kMaxPinyinSyllables);
    return out;
}

// "zhang san feng" -> zhangsanfeng, sanfeng, feng, zsf. Syllable starts make a prefix query
// for the given name alone ("san*") find 张三; initials serve "zs".
void addPinyinTokens(TokenSink& sink, const QStringList& syllables)
{
    // Each suffix of the joined syllables, as a view: one string for all of them.
    const QString joined = syllables.join(QString());
    QString initials;
    qsizetype offset = 0;
    for (const QString& syllable : syllables) {
        sink.add(QStringView(joined).sliced(offset).left(kMaxWordLength));
        offset += syllable.size();
        initials.append(syllable.front());
    }
    if (syllables.size() >= 2)
        sink.add(initials);
}

void addPhoneTokens(TokenSink& sink, const QString& phone)
{
    QString digits;
    if (const auto parsed = PhoneNumber::parse(phone); parsed.ok()) {
        digits = parsed->digits();
    } else {
        // Stored data should already be valid; still index whatever digits there are.
        for (QChar c : phone.normalized(QString::NormalizationForm_KC)) {
            if (c >= u'0' && c <= u'9')
                digits.append(c);
        }
    }
    if (digits.size() < 3)
        return;
    digits = digits.left(kMaxWordLength);
    sink.add(digits);
    sink.add(phoneSuffixToken(digits));
}

} // namespace

QString searchTokensFor(const SearchDocument& d)
{
    // Every field is cut before any work, so a pathological record costs bounded time and tokens
    // even if it slipped past the store's own length checks.
    const auto runsOf = [](const QString& field) {
        return splitRuns(foldForSearch(field.left(kMaxFieldChars)));
    };
    TokenSink sink;
    const QList<TextRun> name = runsOf(d.name);
    const QList<TextRun> nickname = runsOf(d.nickname);
    const QList<TextRun> city = runsOf(d.city);

    addTextTokens(sink, name);
    addPinyinTokens(sink, syllablesOf(name));
    addTextTokens(sink, nickname);
    addPinyinTokens(sink, syllablesOf(nickname));

    const QList<TextRun> wechat = runsOf(d.wechatId);
    addTextTokens(sink, wechat);
    QString wechatJoined;
    for (const TextRun& run : wechat)
        wechatJoined += run.text;
    if (wechat.size() > 1 && !containsHan(wechatJoined))
        sink.add(wechatJoined.left(kMaxWordLength));

    for (const QString& phone : d.phones.mid(0, kMaxPhones))
        addPhoneTokens(sink, phone);

    addTextTokens(sink, city);
    sink.add(QStringList(syllablesOf(city)).join(QString()).left(kMaxWordLength));

    // Notes can be pages long; only their start is indexed so one contact cannot bloat the index. Lead
    // history lines give their values only (notesSearchText).
    addTextTokens(sink, splitRuns(foldForSearch(notesSearchText(d.notes.left(kMaxNoteTokens * 4)))),
                  kMaxNoteTokens);
    return sink.joined();
}

} // namespace ll
