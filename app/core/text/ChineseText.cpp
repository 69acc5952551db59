#include "text/ChineseText.h"

#include "text/HanPinyin.h"
#include "text/IcuTransliteration.h"
#include "text/TextRuns.h"

#include <unicode/uscript.h>

namespace ll {

bool containsHan(const QString& s)
{
    for (char32_t c : s.toUcs4()) {
        UErrorCode status = U_ZERO_ERROR;
        if (c >= 0x2E80 && uscript_getScript(UChar32(c), &status) == USCRIPT_HAN)
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

QString foldForSearch(const QString& s)
{
    return toSimplified(icu_text::nfkcCasefold(s)).simplified();
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
