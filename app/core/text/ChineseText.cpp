#include "text/ChineseText.h"

#include "text/HanPinyin.h"
#include "text/IcuTransliteration.h"
#include "text/TextRuns.h"

#include <unicode/uscript.h>

namespace ll {

bool containsHan(const QString& s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t unit = s.at(i).unicode();
        if (unit < 0x2E80)
            continue;
        char32_t c = unit;
        if (QChar::isHighSurrogate(unit) && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
            c = QChar::surrogateToUcs4(unit, s.at(++i).unicode());
        UErrorCode status = U_ZERO_ERROR;
        // An unpaired surrogate's script is Unknown, never Han.
        if (uscript_getScript(UChar32(c), &status) == USCRIPT_HAN)
            return true;
    }
    return false;
}

QString toSimplified(const QString& s)
{
    if (!containsHan(s))
        return s;
    return icu_text::transliterate(icu_text::Transform::TraditionalToSimplified, s);
}

namespace {

// Whether simplified() would return s unchanged: single ' ' between words, none at either end, no other
// whitespace. Most folded fields are, and then the copy simplified() makes can be skipped.
bool isSimplified(QStringView s)
{
    bool afterSpace = true; // so a leading space counts as a double one
    for (const QChar c : s) {
        if (!c.isSpace()) {
            afterSpace = false;
            continue;
        }
        if (c != u' ' || afterSpace)
            return false;
        afterSpace = true;
    }
    return !afterSpace || s.isEmpty();
}

} // namespace

QString foldForSearch(const QString& s)
{
    QString folded = toSimplified(icu_text::nfkcCasefold(s));
    if (isSimplified(folded))
        return folded;
    return std::move(folded).simplified();
}

QStringList pinyinSyllables(const QString& s)
{
    QStringList out;
    for (const TextRun& run : splitRuns(foldForSearch(s))) {
        if (run.kind == TextRun::Kind::Word) {
            out.append(run.text);
            continue;
        }
        for (const QString& syllable : hanRunSyllables(run.text)) {
            if (!syllable.isEmpty())
                out.append(syllable);
        }
    }
    return out;
}

QString pinyin(const QString& s)
{
    return pinyinSyllables(s).join(QString());
}

QString pinyinInitials(const QString& s)
{
    QString out;
    for (const QString& syllable : pinyinSyllables(s))
        out.append(syllable.front());
    return out;
}

void prepareChineseText()
{
    (void)pinyin(QStringLiteral("張三 José"));
}

} // namespace ll
