#include "HelpText.h"

#include "CliText.h"
#include "ExitCodes.h"

namespace ll::cli {

namespace {

QString usageLine(const QString& groupName, const Command& command)
{
    QStringList parts{QStringLiteral("liuliang-cli"), groupName};
    if (!command.name.isEmpty())
        parts << command.name;
    if (!command.arguments.isEmpty())
        parts << command.arguments;
    if (!command.options.isEmpty())
        parts << CliText::tr("[options]");
    return parts.join(QLatin1Char(' '));
}

QString globalSection()
{
    return CliText::tr("Global options (accepted before or after the command):\n") +
           ArgParser::describe(globalOptions());
}

QString passphraseNote()
{
    return CliText::tr(
        "Unlocking: --keychain, else --passphrase-env VAR, else a hidden prompt when standard\n"
        "input is a terminal; otherwise the command fails with exit code 2.\n");
}

} // namespace

QString HelpText::overview(const QList<CommandGroup>& groups)
{
    QString text = CliText::tr("liuliang-cli: the headless face of Liuliang (留量), for admins, scripts and "
                               "tests.\n\nUsage: liuliang-cli [global options] COMMAND [arguments] "
                               "[options]\n\nCommands:\n");
    for (const CommandGroup& group : groups) {
        for (const Command& command : group.commands) {
            const QString head = QStringLiteral("  ") + usageLine(group.name, command).mid(13);
            const QString summary = group.isSingleCommand() ? group.summary : command.summary;
            text += head.leftJustified(44) + QLatin1Char(' ') + summary + QLatin1Char('\n');
        }
    }
    text += QLatin1Char('\n') + globalSection() + QLatin1Char('\n') + passphraseNote() + QLatin1Char('\n') +
            exitCodeHelp() +
            CliText::tr("\nRun 'liuliang-cli COMMAND --help' for the options of one command.\n");
    return text;
}

QString HelpText::group(const CommandGroup& group)
{
    QString text = group.summary + QLatin1String("\n\n");
    for (const Command& command : group.commands) {
        text += usageLine(group.name, command) + QLatin1Char('\n') + QStringLiteral("  ") + command.summary +
                QLatin1Char('\n');
        if (!command.options.isEmpty())
            text += ArgParser::describe(command.options);
        text += QLatin1Char('\n');
    }
    return text + globalSection() + QLatin1Char('\n') + exitCodeHelp();
}

QString HelpText::command(const QString& groupName, const Command& command)
{
    QString text = CliText::tr("Usage: %1\n\n%2\n").arg(usageLine(groupName, command), command.summary);
    if (!command.options.isEmpty())
        text += CliText::tr("\nOptions:\n") + ArgParser::describe(command.options);
    return text + QLatin1Char('\n') + globalSection() + QLatin1Char('\n') + passphraseNote() +
           QLatin1Char('\n') + exitCodeHelp();
}

} // namespace ll::cli
