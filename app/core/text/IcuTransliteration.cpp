#include "text/IcuTransliteration.h"

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
    bool tried = false;
};

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
        }
    }
    return tt;
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
    tt.transliterator->transliterate(buffer);
    return fromIcu(buffer);
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
