#pragma once

#include <QSet>
#include <QStringList>
#include <QSyntaxHighlighter>

namespace ll::ui {

// Marks a script body while it is typed: known {placeholders} in blue, unknown ones and stray braces with
// a red wavy underline, sensitive words on a red background. The same rules as the core's
// script_template and SensitiveWords, applied per line so typing stays instant.
class ScriptHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit ScriptHighlighter(QTextDocument* document);

    void setKnownPlaceholders(const QSet<QString>& known);
    void setSensitiveWords(const QStringList& words);

    // The formats used, so tests can tell which kind of mark a span carries.
    static bool isUnknownPlaceholderFormat(const QTextCharFormat& format);
    static bool isSensitiveFormat(const QTextCharFormat& format);

protected:
    void highlightBlock(const QString& text) override;

private:
    QSet<QString> m_known;
    QStringList m_sensitive;
};

} // namespace ll::ui
