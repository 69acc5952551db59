#include "text/TextRuns.h"

#include "text/IcuTransliteration.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

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

class RunBuilder
{
public:
    explicit RunBuilder(QList<TextRun>& out)
        : m_out(out)
    {}

    void add(CharClass cls, char32_t c)
    {
        if (cls != m_class)
            flush();
        m_class = cls;
        if (cls != CharClass::Separator) {
            m_current.append(QChar::fromUcs4(c));
            m_ascii = m_ascii && c < 0x80;
        }
    }

    void flush()
    {
        if (!m_current.isEmpty()) {
            switch (m_class) {
            case CharClass::Han:
                m_out.append({TextRun::Kind::Han, m_current});
                break;
            case CharClass::Word:
                if (m_ascii)
                    addWord(m_current.toLower());
                else
                    addTransliterated(m_current);
                break;
            case CharClass::Separator:
                break;
            }
        }
        m_current.clear();
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
    QString m_current;
    CharClass m_class = CharClass::Separator;
    bool m_ascii = true;
};

} // namespace

QList<TextRun> splitRuns(const QString& folded)
{
    QList<TextRun> runs;
    RunBuilder builder(runs);
    for (char32_t c : folded.toUcs4())
        builder.add(classify(c), c);
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
