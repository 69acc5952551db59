#include "text/HanPinyin.h"

#include "text/IcuTransliteration.h"
#include "text/StringViewHash.h"
#include "text/TextRuns.h"

#include <unordered_map>

namespace ll {
namespace {

// ICU's numeric-pinyin output, e.g. "zeng1guo2 fan1" or "peng2you" (neutral tone: no digit),
// split into syllables: a tone digit ends a syllable, so do spaces and apostrophes. ICU writes
// multi-character words it has rules for (曾国, 是好) without a space, which is why we cannot
// simply split the tone-marked output on spaces.
QStringList splitNumericPinyin(const QString& numeric)
{
    QStringList out;
    QString current;
    bool bad = false;
    auto finish = [&] {
        if (!current.isEmpty())
            out.append(current);
        current.clear();
    };
    for (QChar ch : numeric) {
        const char16_t u = ch.unicode();
        if (u >= '1' && u <= '5') {
            finish();
        } else if (u == ' ' || u == '\'' || u == '-') {
            finish();
        } else if (u >= 'a' && u <= 'z') {
            current.append(ch);
        } else if (u >= 'A' && u <= 'Z') {
            current.append(ch.toLower());
        } else if (u == u'ü' || u == u'Ü') {
            current.append(u'v');
        } else {
            bad = true; // a character ICU left untransliterated, or ê/ḿ-style rarities
        }
    }
    finish();
    return bad ? QStringList() : out;
}

// Reading of one character on its own, memoised per thread: the Han repertoire is bounded, and
// ICU's rule engine costs microseconds per call.
QString singleCharSyllable(const QString& ch)
{
    thread_local std::unordered_map<QString, QString, StringViewHash, StringViewEqual> cache;
    if (const auto it = cache.find(ch); it != cache.end())
        return it->second;
    const QString numeric = icu_text::transliterate(icu_text::Transform::HanToNumericPinyin, ch);
    QString syllable;
    for (QChar c : numeric) {
        const char16_t u = c.unicode();
        if (u >= 'a' && u <= 'z')
            syllable.append(c);
        else if (u >= 'A' && u <= 'Z')
            syllable.append(c.toLower());
        else if (u == u'ü' || u == u'Ü')
            syllable.append(u'v');
    }
    cache.emplace(ch, syllable);
    return syllable;
}

QStringList computeSyllables(const QString& hanRun)
{
    const QList<QString> chars = codePointStrings(hanRun);
    // Whole-run transliteration lets ICU apply its word rules (重庆 chóngqìng, not zhòngqìng);
    // we accept it only when it splits into one syllable per character, else go char by char.
    if (chars.size() > 1) {
        const QStringList whole =
            splitNumericPinyin(icu_text::transliterate(icu_text::Transform::HanToNumericPinyin, hanRun));
        if (whole.size() == chars.size())
            return whole;
    }
    QStringList out;
    out.reserve(chars.size());
    for (const QString& ch : chars)
        out.append(singleCharSyllable(ch));
    return out;
}

} // namespace

QStringList hanRunSyllables(const QString& hanRun)
{
    // Surnames, common given names, cities and nickname words recur across contacts, and a
    // whole-run transliteration costs tens of microseconds. A per-thread cache of short runs,
    // emptied when it grows past kCacheLimit entries, keeps memory bounded without LRU bookkeeping.
    constexpr std::size_t kCacheLimit = 20000;
    constexpr qsizetype kMaxCachedRun = 16;
    if (hanRun.size() > kMaxCachedRun)
        return computeSyllables(hanRun);
    thread_local std::unordered_map<QString, QStringList, StringViewHash, StringViewEqual> cache;
    if (const auto it = cache.find(hanRun); it != cache.end())
        return it->second;
    QStringList syllables = computeSyllables(hanRun);
    if (cache.size() >= kCacheLimit)
        cache.clear();
    cache.emplace(hanRun, syllables);
    return syllables;
}

} // namespace ll
