#include "text/IcuTransliteration.h"

#include "text/StringViewHash.h"

#include <QLoggingCategory>

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace ll::icu_text {
namespace {

Q_LOGGING_CATEGORY(lcText, "ll.text")

constexpr std::size_t kTransformCount = 3;

const char* transformId(Transform t)
{
    switch (t) {
    case Transform::TraditionalToSimplified:
        return "Traditional-Simplified";
    case Transform::HanToNumericPinyin:
        // The /Names variant reads a leading surname correctly (单 shàn, 曾 zēng, 解 xiè) and is
        // no worse than plain Han-Latin on ordinary words; our text is mostly people's names.
        return "Han-Latin/Names; Latin-NumericPinyin";
    case Transform::AnyToAscii:
        return "Any-Latin; Latin-ASCII";
    }
    return "Any-Null";
}

icu::UnicodeString toIcu(QStringView s)
{
    return icu::UnicodeString(reinterpret_cast<const char16_t*>(s.utf16()), int32_t(s.size()));
}

QString fromIcu(const icu::UnicodeString& s)
{
    return QString(reinterpret_cast<const QChar*>(s.getBuffer()), s.length());
}

// A transform's source set, read over UTF-16 code point by code point as UnicodeSet::span reads it (an
// unpaired surrogate is a code point of its own). The BMP is a bitmap because UnicodeSet binary-searches
// for most Han characters, and these spans run over every folded field. A set with strings, which spans
// differently, is left to ICU.
class SourceSet
{
public:
    void assign(const icu::UnicodeSet& set)
    {
        m_set = set;
        m_set.freeze();
        m_bmp.assign(0x10000 / 64, 0);
        for (int32_t i = 0; i < set.getRangeCount() && set.getRangeStart(i) <= 0xFFFF; ++i) {
            const auto end = std::min<UChar32>(set.getRangeEnd(i), 0xFFFF);
            for (UChar32 c = set.getRangeStart(i); c <= end; ++c)
                m_bmp[std::size_t(c) / 64] |= std::uint64_t(1) << (c % 64);
        }
    }

    // The end of the code points from `from` on that are in the set (inside) or not in it (!inside).
    qsizetype span(QStringView s, qsizetype from, bool inside) const
    {
        if (m_set.hasStrings()) {
            const icu::UnicodeString alias(false, reinterpret_cast<const char16_t*>(s.utf16()),
                                           int32_t(s.size()));
            return m_set.span(alias, int32_t(from), inside ? USET_SPAN_CONTAINED : USET_SPAN_NOT_CONTAINED);
        }
        while (from < s.size()) {
            const char16_t u = s[from].unicode();
            qsizetype length = 1;
            bool contained = false;
            if (QChar::isHighSurrogate(u) && from + 1 < s.size() && s[from + 1].isLowSurrogate()) {
                contained = m_set.contains(UChar32(QChar::surrogateToUcs4(u, s[from + 1].unicode())));
                length = 2;
            } else {
                contained = (m_bmp[u / 64] >> (u % 64)) & 1;
            }
            if (contained != inside)
                break;
            from += length;
        }
        return from;
    }

private:
    icu::UnicodeSet m_set;
    std::vector<std::uint64_t> m_bmp;
};

// Process-wide prototypes, built once; only ever cloned, under the mutex.
struct Prototypes
{
    std::mutex mutex;
    std::array<std::unique_ptr<icu::Transliterator>, kTransformCount> items;
    std::array<bool, kTransformCount> attempted{};
};

Prototypes& prototypes()
{
    static Prototypes p;
    return p;
}

std::unique_ptr<icu::Transliterator> cloneFor(Transform t)
{
    Prototypes& p = prototypes();
    const auto index = std::size_t(t);
    std::lock_guard lock(p.mutex);
    if (!p.attempted[index]) {
        p.attempted[index] = true;
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> created(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8(transformId(t)), UTRANS_FORWARD, status));
        if (U_FAILURE(status) || !created)
            qCWarning(lcText) << "ICU transform unavailable:" << transformId(t) << u_errorName(status);
        else
            p.items[index] = std::move(created);
    }
    return p.items[index] ? std::unique_ptr<icu::Transliterator>(p.items[index]->clone()) : nullptr;
}

// A thread's clone plus, for Traditional-Simplified, the set of characters it can change at all.
// Checking that set first is much cheaper than running the rules, and most text we see is
// already Simplified. Only that transform uses it: a compound with Any-Latin reports an
// incomplete source set (it does not include é or Cyrillic), so skipping would be wrong there.
struct ThreadTransform
{
    std::unique_ptr<icu::Transliterator> transliterator;
    SourceSet sourceSet;
    bool useSourceSet = false;
    bool runsAreIndependent = false; // see convertByRuns()
    std::unordered_map<QString, QString, StringViewHash, StringViewEqual> runCache;
    bool tried = false;
};

// True if the rules are a plain table ("薑片 > 姜片;"): no context ({ }), no sets or variables, no
// filters or nested transforms. Then a match only ever covers characters of the source set.
bool isPlainTable(const icu::Transliterator& t)
{
    icu::UnicodeString rules;
    t.toRules(rules, false);
    if (rules.isEmpty())
        return false;
    for (const char16_t c : {u'{', u'}', u'[', u'$', u':', u'|', u'@', u'&', u'\\', u'\''})
        if (rules.indexOf(c) >= 0)
            return false;
    return true;
}

ThreadTransform& forThisThread(Transform t)
{
    thread_local std::array<ThreadTransform, kTransformCount> transforms;
    ThreadTransform& tt = transforms[std::size_t(t)];
    if (!tt.tried) {
        tt.tried = true;
        tt.transliterator = cloneFor(t);
        if (tt.transliterator && t == Transform::TraditionalToSimplified) {
            tt.useSourceSet = true;
            icu::UnicodeSet sourceSet;
            tt.transliterator->getSourceSet(sourceSet);
            tt.sourceSet.assign(sourceSet);
            tt.runsAreIndependent = isPlainTable(*tt.transliterator);
        }
    }
    return tt;
}

// With a plain table, no match spans a character outside the source set, so each run of source-set
// characters converts on its own. The runs are short (mostly one character) and recur across texts, so
// they are memoised per thread instead of running the rule engine over every whole text (notes lines).
QString convertByRuns(ThreadTransform& tt, const QString& text)
{
    constexpr std::size_t kCacheLimit = 20000;
    constexpr qsizetype kMaxCachedRun = 8;
    QString out;
    out.reserve(text.size());
    const qsizetype length = text.size();
    qsizetype pos = 0;
    while (pos < length) {
        const qsizetype runStart = tt.sourceSet.span(text, pos, false);
        out.append(QStringView(text).mid(pos, runStart - pos));
        if (runStart >= length)
            break;
        const qsizetype runEnd = tt.sourceSet.span(text, runStart, true);
        const QStringView run = QStringView(text).sliced(runStart, runEnd - runStart);
        pos = runEnd;
        if (run.size() > kMaxCachedRun) {
            icu::UnicodeString converted = toIcu(run);
            tt.transliterator->transliterate(converted);
            out.append(fromIcu(converted));
            continue;
        }
        auto it = tt.runCache.find(run);
        if (it == tt.runCache.end()) {
            icu::UnicodeString converted = toIcu(run);
            tt.transliterator->transliterate(converted);
            if (tt.runCache.size() >= kCacheLimit)
                tt.runCache.clear();
            it = tt.runCache.emplace(run.toString(), fromIcu(converted)).first;
        }
        out.append(it->second);
    }
    return out;
}

} // namespace

QString transliterate(Transform transform, const QString& text)
{
    if (text.isEmpty())
        return text;
    ThreadTransform& tt = forThisThread(transform);
    if (!tt.transliterator)
        return text;
    if (tt.useSourceSet && tt.sourceSet.span(text, 0, false) == text.size())
        return text;
    if (tt.runsAreIndependent)
        return convertByRuns(tt, text);
    icu::UnicodeString buffer = toIcu(text);
    tt.transliterator->transliterate(buffer);
    return fromIcu(buffer);
}

QString transliterateWhole(Transform transform, const QString& text)
{
    if (text.isEmpty())
        return text;
    ThreadTransform& tt = forThisThread(transform);
    if (!tt.transliterator)
        return text;
    icu::UnicodeString buffer = toIcu(text);
    tt.transliterator->transliterate(buffer);
    return fromIcu(buffer);
}

bool convertsByRuns(Transform transform)
{
    return forThisThread(transform).runsAreIndependent;
}

QString nfkcCasefold(const QString& text)
{
    if (text.isEmpty())
        return text;
    UErrorCode status = U_ZERO_ERROR;
    // The instance is owned by ICU, immutable and documented as thread-safe.
    const icu::Normalizer2* norm = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status) || !norm)
        return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    // Read in place; most fields are already in the form (Chinese text, lower-case words), then no copy.
    const icu::UnicodeString source(false, reinterpret_cast<const char16_t*>(text.utf16()),
                                    int32_t(text.size()));
    if (norm->spanQuickCheckYes(source, status) == source.length() && U_SUCCESS(status))
        return text;
    const icu::UnicodeString out = norm->normalize(source, status);
    if (U_FAILURE(status))
        return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    return fromIcu(out);
}

} // namespace ll::icu_text
