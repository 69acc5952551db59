#include "scripts/ScriptHighlighter.h"

#include "library/ContactFields.h"
#include "library/SensitiveWords.h"

namespace ll::ui {

namespace {
// Marks on the formats so tests (and nothing else) can read back what was flagged.
constexpr int MarkProperty = QTextFormat::UserProperty + 1;
enum Mark
{
    KnownMark = 1,
    UnknownMark,
    SyntaxMark,
    SensitiveMark
};

QTextCharFormat problemFormat(Mark mark)
{
    QTextCharFormat f;
    f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    f.setUnderlineColor(QColor(0xd0, 0x30, 0x30));
    f.setForeground(QColor(0xb0, 0x20, 0x20));
    f.setProperty(MarkProperty, int(mark));
    return f;
}
} // namespace

ScriptHighlighter::ScriptHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{}

void ScriptHighlighter::setKnownPlaceholders(const QSet<QString>& known)
{
    m_known = known;
    rehighlight();
}

void ScriptHighlighter::setSensitiveWords(const QStringList& words)
{
    m_sensitive = words;
    rehighlight();
}

bool ScriptHighlighter::isUnknownPlaceholderFormat(const QTextCharFormat& format)
{
    return format.property(MarkProperty).toInt() == UnknownMark;
}

bool ScriptHighlighter::isSensitiveFormat(const QTextCharFormat& format)
{
    return format.property(MarkProperty).toInt() == SensitiveMark;
}

void ScriptHighlighter::highlightBlock(const QString& text)
{
    QTextCharFormat known;
    known.setForeground(QColor(0x1f, 0x5f, 0xbf));
    known.setFontWeight(QFont::DemiBold);
    known.setProperty(MarkProperty, int(KnownMark));

    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == u'}') {
            if (i + 1 < n && text.at(i + 1) == u'}')
                ++i; // "}}" is a literal brace
            else
                setFormat(i, 1, problemFormat(SyntaxMark));
            continue;
        }
        if (c != u'{')
            continue;
        if (i + 1 < n && text.at(i + 1) == u'{') {
            ++i; // "{{" is a literal brace
            continue;
        }
        const int close = int(text.indexOf(u'}', i + 1));
        const int open = int(text.indexOf(u'{', i + 1));
        if (close < 0 || (open >= 0 && open < close)) {
            setFormat(i, 1, problemFormat(SyntaxMark));
            continue;
        }
        const QString name = text.mid(i + 1, close - i - 1);
        if (!ContactFieldRepository::isValidName(name))
            setFormat(i, close - i + 1, problemFormat(SyntaxMark));
        else if (m_known.contains(name))
            setFormat(i, close - i + 1, known);
        else
            setFormat(i, close - i + 1, problemFormat(UnknownMark));
        i = close;
    }

    if (m_sensitive.isEmpty())
        return;
    QTextCharFormat sensitive;
    sensitive.setBackground(QColor(0xff, 0xd6, 0xd6));
    sensitive.setForeground(QColor(0x9a, 0x00, 0x00));
    sensitive.setProperty(MarkProperty, int(SensitiveMark));
    for (const SensitiveHit& hit : SensitiveWords::find(text, m_sensitive))
        setFormat(hit.position, hit.length, sensitive);
}

} // namespace ll::ui
