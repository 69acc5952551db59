#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ll::cli {

// One long option ("--name VALUE" or "--name=VALUE", or a flag when valueName is empty).
struct OptionSpec
{
    QString name; // without the leading dashes
    QString valueName;
    QString description;
    bool repeatable = false;

    bool takesValue() const { return !valueName.isEmpty(); }
};

class ParsedArgs
{
public:
    bool isSet(const QString& name) const { return m_values.contains(name); }
    QString value(const QString& name) const;
    QStringList values(const QString& name) const { return m_values.value(name); }
    // Set → its value (possibly empty, which edit commands read as "clear"); unset → nullopt.
    std::optional<QString> optional(const QString& name) const;
    const QStringList& positional() const { return m_positional; }

private:
    friend struct ArgParser;
    QHash<QString, QStringList> m_values; // flags hold one empty string
    QStringList m_positional;
};

// A deliberately small parser: long options only, so a value such as "-5" or a name starting with "-"
// after "--" is never mistaken for a cluster of short options.
struct ArgParser
{
    struct Outcome
    {
        ParsedArgs args;
        QString error; // non-empty: a usage error, already translated
    };

    static Outcome parse(const QStringList& arguments, const QList<OptionSpec>& options);
    // Aligned "  --name VALUE   description" lines for --help.
    static QString describe(const QList<OptionSpec>& options);
};

} // namespace ll::cli
