#include "text/IcuTransliteration.h"

#include <QHash>
#include <QLoggingCategory>

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>
#include <mutex>

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

icu::UnicodeString toIcu(const QString& s)
{
    return icu::UnicodeString(reinterpret_cast<const char16_t*>(s.utf16()), int32_t(s.size()));
}

QString fromIcu(const icu::UnicodeString& s)
{
    return QString(reinterpret_cast<const QChar*>(s.getBuffer()), s.length());
}

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
    icu::UnicodeSet sourceSet;
    bool useSourceSet = false;
    bool runsAreIndependent = false; // see convertByRuns()
    QHash<QString, QString> runCache;
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
            tt.transliterator->getSourceSet(tt.sourceSet);
            tt.sourceSet.freeze();
            tt.runsAreIndependent = isPlainTable(*tt.transliterator);
        }
    }
    return tt;
}

// With a plain table, no match spans a character outside the source set, so each run of source-set
// characters converts on its own. The runs are short (mostly one character) and recur across texts, so
// they are memoised per thread instead of running the rule engine over every whole text (notes lines).
QString convertByRuns(ThreadTransform& tt, const icu::UnicodeString& buffer, const QString& text)
{
    constexpr qsizetype kCacheLimit = 20000;
    constexpr int32_t kMaxCachedRun = 8;
    QString out;
    out.reserve(text.size());
    const int32_t length = buffer.length();
    int32_t pos = 0;
    while (pos < length) {
        const int32_t runStart = tt.sourceSet.span(buffer, pos, USET_SPAN_NOT_CONTAINED);
        out.append(QStringView(text).mid(pos, runStart - pos));
        if (runStart >= length)
            break;
        const int32_t runEnd = tt.sourceSet.span(buffer, runStart, USET_SPAN_CONTAINED);
        const QString run = text.mid(runStart, runEnd - runStart);
        pos = runEnd;
        if (run.size() > kMaxCachedRun) {
            icu::UnicodeString converted = toIcu(run);
            tt.transliterator->transliterate(converted);
            out.append(fromIcu(converted));
            continue;
        }
        auto it = tt.runCache.constFind(run);
        if (it == tt.runCache.cend()) {
            icu::UnicodeString converted = toIcu(run);
            tt.transliterator->transliterate(converted);
            if (tt.runCache.size() >= kCacheLimit)
                tt.runCache.clear();
            it = tt.runCache.insert(run, fromIcu(converted));
        }
        out.append(*it);
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
    icu::UnicodeString buffer = toIcu(text);
    if (tt.useSourceSet && tt.sourceSet.span(buffer, 0, USET_SPAN_NOT_CONTAINED) == buffer.length())
        return text;
    if (tt.runsAreIndependent)
        return convertByRuns(tt, buffer, text);
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
    const icu::UnicodeString out = norm->normalize(toIcu(text), status);
    if (U_FAILURE(status))
        return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    return fromIcu(out);
}

} // namespace ll::icu_text
