#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ll {

// The placeholder language of scripts (话术):
//   {name}  is replaced by the value of `name`; a name is 1–40 letters (any script), digits or '_';
//   {{ and }} are a literal "{" and "}" — the only way to write a brace;
//   any other brace ("{", "}", "{ name}", "{a-b}") is a syntax error, reported with its position.
// Rendering never lets a placeholder through raw: unknown names, names without a value for this
// customer and syntax errors all make render() fail with the list, so the guide can fix the text first.
namespace script_template {

inline constexpr int kMaxPlaceholderName = 40;

// The built-in placeholders every script may use; custom contact fields add to them.
QStringList builtinPlaceholders(); // name, nickname, product, days_since_purchase, guide, store

struct SyntaxError
{
    int position = 0; // UTF-16 offset of the offending brace
    QString fragment; // the text around it, for the message
};

struct Parsed
{
    QStringList placeholders; // distinct names in order of first use
    QList<SyntaxError> syntaxErrors;
};

Parsed parse(const QString& body);

struct Rendered
{
    QString text;               // complete only when ok()
    QStringList unknown;        // placeholders that are neither built in nor a known custom field
    QStringList missing;        // known placeholders without a value for this customer
    QList<SyntaxError> syntaxErrors;

    bool ok() const { return unknown.isEmpty() && missing.isEmpty() && syntaxErrors.isEmpty(); }
    QString problemText() const; // translated, one sentence per kind of problem
};

// `known`: every placeholder name that may appear; `values`: this customer's values (empty = missing).
Rendered render(const QString& body, const QSet<QString>& known, const QHash<QString, QString>& values);

// Writes text so it renders to itself: doubles every brace.
QString escape(const QString& literal);

} // namespace script_template
} // namespace ll
