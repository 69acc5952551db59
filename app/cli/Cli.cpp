#include "Cli.h"

#include "ArgValues.h"
#include "CliContext.h"
#include "CliText.h"
#include "CommandGroups.h"
#include "Console.h"
#include "HelpText.h"
#include "text/Utf8.h"

#include <algorithm>

namespace ll::cli {

namespace {

int usageError(const QString& message)
{
    writeErr(QStringLiteral("liuliang-cli: ") + forTerminal(message) + QLatin1Char('\n'));
    writeErr(CliText::tr("Run 'liuliang-cli --help' for the list of commands.\n"));
    return toInt(ExitCode::Usage);
}

// Decodes argv, refusing bytes that are not UTF-8 before anything is opened: a mis-encoded name would
// otherwise be stored with U+FFFD in place of the characters the user meant.
std::optional<QStringList> decodeArguments(int argc, char** argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i) {
        const QByteArray raw(argv[i]);
        if (!isValidUtf8(raw)) {
            writeErr(
                CliText::tr("liuliang-cli: argument %1 is not valid UTF-8; nothing was changed.\n").arg(i));
            return std::nullopt;
        }
        QString arg = QString::fromLocal8Bit(raw);
        if (arg.size() > MaxArgumentChars) {
            writeErr(CliText::tr("liuliang-cli: argument %1 is too long (more than %2 characters); nothing "
                                 "was changed.\n")
                         .arg(i)
                         .arg(MaxArgumentChars));
            return std::nullopt;
        }
        args << arg;
    }
    return args;
}

bool isHelp(const QString& arg)
{
    return arg == QLatin1String("--help") || arg == QLatin1String("-h");
}

// Index of the group word, skipping the global options (and their values) in front of it; -1 when the
// command line holds only global options. Sets `error` on an option that is not global.
qsizetype findGroupWord(const QStringList& args, QString& error)
{
    const QList<OptionSpec> globals = globalOptions();
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (!arg.startsWith(QLatin1Char('-')))
            return i;
        if (isHelp(arg) || arg == QLatin1String("--version"))
            continue;
        const QString name = arg.mid(2).section(QLatin1Char('='), 0, 0);
        auto spec =
            std::find_if(globals.begin(), globals.end(), [&](const OptionSpec& o) { return o.name == name; });
        if (!arg.startsWith(QLatin1String("--")) || spec == globals.end()) {
            error = CliText::tr("Unknown option '%1' before the command.").arg(arg);
            return -1;
        }
        if (spec->takesValue() && !arg.contains(QLatin1Char('=')))
            ++i;
    }
    return -1;
}

} // namespace

int runCommandLine(int argc, char** argv)
{
    const std::optional<QStringList> decoded = decodeArguments(argc, argv);
    if (!decoded)
        return toInt(ExitCode::InvalidInput);
    QStringList args = *decoded;
    const QList<CommandGroup> groups = commandGroups();

    QString error;
    const qsizetype groupAt = findGroupWord(args, error);
    if (!error.isEmpty())
        return usageError(error);
    if (groupAt < 0) {
        if (args.contains(QStringLiteral("--version"))) {
            writeOut(QStringLiteral("liuliang-cli %1\n").arg(QCoreApplication::applicationVersion()));
            return 0;
        }
        const bool asked = std::any_of(args.begin(), args.end(), isHelp);
        (asked ? writeOut : writeErr)(HelpText::overview(groups));
        return toInt(asked ? ExitCode::Ok : ExitCode::Usage);
    }

    const QString groupName = args.takeAt(groupAt);
    auto group = std::find_if(groups.begin(), groups.end(),
                              [&](const CommandGroup& g) { return g.name == groupName; });
    if (group == groups.end())
        return usageError(CliText::tr("Unknown command '%1'.").arg(groupName));

    const Command* command = &group->commands.first();
    if (!group->isSingleCommand()) {
        if (groupAt >= args.size() || isHelp(args.at(groupAt))) {
            const bool asked = groupAt < args.size();
            (asked ? writeOut : writeErr)(HelpText::group(*group));
            return toInt(asked ? ExitCode::Ok : ExitCode::Usage);
        }
        command = group->find(args.at(groupAt));
        if (!command)
            return usageError(CliText::tr("Unknown command '%1 %2'. See 'liuliang-cli %1 --help'.")
                                  .arg(groupName, args.at(groupAt)));
        args.removeAt(groupAt);
    }

    const ArgParser::Outcome parsed = ArgParser::parse(args, globalOptions() + command->options);
    const QString fullName = (groupName + QLatin1Char(' ') + command->name).trimmed();
    if (!parsed.error.isEmpty())
        return usageError(parsed.error + QLatin1Char(' ') +
                          CliText::tr("See 'liuliang-cli %1 --help'.").arg(fullName));
    if (parsed.args.isSet(QStringLiteral("help"))) {
        writeOut(HelpText::command(groupName, *command));
        return 0;
    }
    const qsizetype count = parsed.args.positional().size();
    if (count < command->minArgs || (command->maxArgs >= 0 && count > command->maxArgs))
        return usageError(CliText::tr("Wrong number of arguments: liuliang-cli %1 %2")
                              .arg(fullName, command->arguments)
                              .trimmed());
    CliContext ctx(parsed.args);
    return command->run(ctx, parsed.args);
}

} // namespace ll::cli
