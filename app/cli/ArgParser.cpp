#include "ArgParser.h"

#include "CliText.h"

namespace ll::cli {

QString ParsedArgs::value(const QString& name) const
{
    const QStringList all = m_values.value(name);
    return all.isEmpty() ? QString() : all.last();
}

std::optional<QString> ParsedArgs::optional(const QString& name) const
{
    if (!isSet(name))
        return std::nullopt;
    return value(name);
}

namespace {

const OptionSpec* findOption(const QList<OptionSpec>& options, const QString& name)
{
    for (const OptionSpec& option : options) {
        if (option.name == name)
            return &option;
    }
    return nullptr;
}

} // namespace

ArgParser::Outcome ArgParser::parse(const QStringList& arguments, const QList<OptionSpec>& options)
{
    Outcome outcome;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (optionsEnded || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
            outcome.args.m_positional << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (arg == QLatin1String("-h")) {
            outcome.args.m_values[QStringLiteral("help")] << QString();
            continue;
        }
        if (!arg.startsWith(QLatin1String("--"))) {
            outcome.error = CliText::tr("Unknown option '%1'. Options are long (--name); use -- before an "
                                        "argument that starts with '-'.")
                                .arg(arg);
            return outcome;
        }
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        const QString name = arg.mid(2, eq < 0 ? -1 : eq - 2);
        const OptionSpec* spec = findOption(options, name);
        if (!spec) {
            outcome.error = CliText::tr("Unknown option '--%1'.").arg(name);
            return outcome;
        }
        if (!spec->repeatable && outcome.args.isSet(name)) {
            outcome.error = CliText::tr("Option '--%1' given more than once.").arg(name);
            return outcome;
        }
        if (!spec->takesValue()) {
            if (eq >= 0) {
                outcome.error = CliText::tr("Option '--%1' takes no value.").arg(name);
                return outcome;
            }
            outcome.args.m_values[name] << QString();
            continue;
        }
        if (eq >= 0) {
            outcome.args.m_values[name] << arg.mid(eq + 1);
            continue;
        }
        if (i + 1 >= arguments.size()) {
            outcome.error = CliText::tr("Option '--%1' needs a value (%2).").arg(name, spec->valueName);
            return outcome;
        }
        outcome.args.m_values[name] << arguments.at(++i);
    }
    return outcome;
}

QString ArgParser::describe(const QList<OptionSpec>& options)
{
    QStringList heads;
    qsizetype width = 0;
    for (const OptionSpec& option : options) {
        QString head = QStringLiteral("  --") + option.name;
        if (option.takesValue())
            head += QLatin1Char(' ') + option.valueName;
        if (option.repeatable)
            head += QStringLiteral(" ...");
        width = std::max(width, head.size());
        heads << head;
    }
    QString text;
    for (qsizetype i = 0; i < options.size(); ++i)
        text += heads.at(i).leftJustified(width + 2) + options.at(i).description + QLatin1Char('\n');
    return text;
}

} // namespace ll::cli
