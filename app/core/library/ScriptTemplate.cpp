#include "library/ScriptTemplate.h"

#include <QCoreApplication>

namespace ll {
namespace script_template {

namespace {

// Messages of this file, filed under ll::ScriptTemplate for lupdate and at run time alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::ScriptTemplate)
};

bool isNameChar(QChar ch) { return ch.isLetterOrNumber() || ch == QLatin1Char('_'); }

// Walks the body once; calls onText for literal runs and onPlaceholder for names.
template <typename Text, typename Placeholder>
QList<SyntaxError> scan(const QString& body, Text onText, Placeholder onPlaceholder)
{
    QList<SyntaxError> errors;
    auto fail = [&](qsizetype at) {
        errors << SyntaxError{int(at), body.mid(qMax<qsizetype>(0, at - 5), 15)};
    };
    qsizetype i = 0;
    while (i < body.size()) {
        const QChar ch = body.at(i);
        if (ch == QLatin1Char('{')) {
            if (i + 1 < body.size() && body.at(i + 1) == QLatin1Char('{')) {
                onText(QStringLiteral("{"));
                i += 2;
                continue;
            }
            qsizetype j = i + 1;
            while (j < body.size() && isNameChar(body.at(j)) && j - i - 1 < kMaxPlaceholderName + 1)
                ++j;
            const qsizetype length = j - i - 1;
            if (j < body.size() && body.at(j) == QLatin1Char('}') && length >= 1 && length <= kMaxPlaceholderName) {
                onPlaceholder(body.mid(i + 1, length));
                i = j + 1;
                continue;
            }
            fail(i);
            onText(QString(ch));
            ++i;
            continue;
        }
        if (ch == QLatin1Char('}')) {
            if (i + 1 < body.size() && body.at(i + 1) == QLatin1Char('}')) {
                onText(QStringLiteral("}"));
                i += 2;
                continue;
            }
            fail(i);
            onText(QString(ch));
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < body.size() && body.at(j) != QLatin1Char('{') && body.at(j) != QLatin1Char('}'))
            ++j;
        onText(body.mid(i, j - i));
        i = j;
    }
    return errors;
}

} // namespace

QStringList builtinPlaceholders()
{
    return {QStringLiteral("name"),  QStringLiteral("nickname"), QStringLiteral("product"),
            QStringLiteral("days_since_purchase"), QStringLiteral("guide"), QStringLiteral("store")};
}

Parsed parse(const QString& body)
{
    Parsed parsed;
    parsed.syntaxErrors = scan(
        body, [](const QString&) {},
        [&](const QString& name) {
            if (!parsed.placeholders.contains(name))
                parsed.placeholders << name;
        });
    return parsed;
}

Rendered render(const QString& body, const QSet<QString>& known, const QHash<QString, QString>& values)
{
    Rendered out;
    QString text;
    out.syntaxErrors = scan(
        body, [&](const QString& literal) { text += literal; },
        [&](const QString& name) {
            if (!known.contains(name)) {
                if (!out.unknown.contains(name))
                    out.unknown << name;
                return;
            }
            const QString value = values.value(name);
            if (value.isEmpty()) {
                if (!out.missing.contains(name))
                    out.missing << name;
                return;
            }
            // Values are inserted verbatim, never re-parsed: a customer named "{x}" stays "{x}".
            text += value;
        });
    if (out.ok())
        out.text = text;
    return out;
}

QString escape(const QString& literal)
{
    QString out = literal;
    out.replace(QLatin1Char('{'), QLatin1String("{{"));
    out.replace(QLatin1Char('}'), QLatin1String("}}"));
    return out;
}

QString Rendered::problemText() const
{
    QStringList parts;
    auto braces = [](const QStringList& names) {
        QStringList out;
        for (const QString& n : names)
            out << QLatin1Char('{') + n + QLatin1Char('}');
        return out.join(QLatin1String(", "));
    };
    if (!unknown.isEmpty())
        parts << Text::tr("Unknown placeholders: %1.").arg(braces(unknown));
    if (!missing.isEmpty())
        parts << Text::tr("No value for this customer: %1.").arg(braces(missing));
    if (!syntaxErrors.isEmpty()) {
        QStringList where;
        for (const SyntaxError& e : syntaxErrors)
            where << Text::tr("position %1 (\"%2\")").arg(e.position + 1).arg(e.fragment);
        parts << Text::tr("Unpaired brace at %1; write {{ or }} for a literal brace.")
                     .arg(where.join(QLatin1String("; ")));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace script_template
} // namespace ll
