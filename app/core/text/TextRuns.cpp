#include "text/TextRuns.h"

#include "text/IcuTransliteration.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>

namespace ll {
namespace {

// Letters and digits of any non-Han script form one word class, so "José" stays one word.
enum class CharClass
{
    Han,
    Word,
    Separator
};

bool isHan(char32_t c)
{
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(UChar32(c), &status) == USCRIPT_HAN && U_SUCCESS(status);
}

CharClass classify(char32_t c)
{
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))
        return CharClass::Word;
    if (c < 0x80)
        return CharClass::Separator;
    const int8_t type = u_charType(UChar32(c));
    // Han-script symbols such as the radicals ⺀ separate; ideographs, 〇 and 々 are text.
    if (isHan(c))
        return type == U_OTHER_LETTER || type == U_LETTER_NUMBER || type == U_MODIFIER_LETTER
                   ? CharClass::Han
                   : CharClass::Separator;
    // Combining marks stay with the letter they modify ("e" + U+0301).
    if (u_isalnum(UChar32(c)) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK)
        return CharClass::Word;
    return CharClass::Separator;
}

// Collects runs as ranges of the folded text: a run's characters are contiguous there (separators end a
// run), so each run is copied out once instead of being built character by character.
class RunBuilder
{
public:
    RunBuilder(QList<TextRun>& out, QStringView text)
        : m_out(out)
        , m_text(text)
    {}

    // The code point at [from, to) of the text, of class cls.
    void add(CharClass cls, qsizetype from, qsizetype to, bool ascii)
    {
        if (cls != m_class)
            flush();
        m_class = cls;
        if (cls != CharClass::Separator) {
            if (m_start == m_end)
                m_start = from;
            m_end = to;
            m_ascii = m_ascii && ascii;
        }
    }

    void flush()
    {
        if (m_start != m_end) {
            QString current = m_text.sliced(m_start, m_end - m_start).toString();
            switch (m_class) {
            case CharClass::Han:
                m_out.append({TextRun::Kind::Han, std::move(current)});
                break;
            case CharClass::Word:
                if (m_ascii)
                    addWord(std::move(current).toLower());
                else
                    addTransliterated(current);
                break;
            case CharClass::Separator:
                break;
            }
        }
        m_start = m_end = 0;
        m_class = CharClass::Separator;
        m_ascii = true;
    }

private:
    void addWord(const QString& word) { m_out.append({TextRun::Kind::Word, word.left(kMaxWordLength)}); }

    // "José" -> "jose"; the result may contain spaces or punctuation, so split it again.
    void addTransliterated(const QString& letters)
    {
        const QString ascii = icu_text::transliterate(icu_text::Transform::AnyToAscii, letters).toLower();
        QString word;
        for (QChar ch : ascii) {
            const char16_t u = ch.unicode();
            if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) {
                word.append(ch);
            } else if (!word.isEmpty()) {
                addWord(word);
                word.clear();
            }
        }
        if (!word.isEmpty())
            addWord(word);
    }

    QList<TextRun>& m_out;
    QStringView m_text;
    qsizetype m_start = 0; // the current run, empty if m_start == m_end
    qsizetype m_end = 0;
    CharClass m_class = CharClass::Separator;
    bool m_ascii = true;
};

} // namespace

QList<TextRun> splitRuns(const QString& folded)
{
    QList<TextRun> runs;
    const qsizetype size = folded.size();
    if (size == 0)
        return runs;
    // Fields and note heads have a few runs to a few dozen: one allocation instead of several growths.
    runs.reserve(std::min<qsizetype>(size, 16));
    RunBuilder builder(runs, folded);
    for (qsizetype at = 0; at < size;) {
        // Read as QString::toUcs4 reads: an unpaired surrogate is U+FFFD (a separator).
        const char16_t unit = folded.at(at).unicode();
        char32_t c = unit;
        qsizetype length = 1;
        if (QChar::isHighSurrogate(unit) && at + 1 < size && folded.at(at + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(unit, folded.at(at + 1).unicode());
            length = 2;
        } else if (QChar::isSurrogate(unit)) {
            c = QChar::ReplacementCharacter;
        }
        builder.add(classify(c), at, at + length, c < 0x80);
        at += length;
    }
    builder.flush();
    return runs;
}

QList<QString> codePointStrings(const QString& s)
{
    QList<QString> out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const qsizetype len =
            (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) ? 2 : 1;
        out.append(s.mid(i, len));
        i += len - 1;
    }
    return out;
}

} // namespace ll
