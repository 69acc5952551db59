#pragma once

#include "ArgParser.h"

#include <QList>
#include <QString>

#include <functional>

namespace ll::cli {

class CliContext;

// One runnable command, e.g. "contact add". Returns the process exit code (see ExitCodes.h).
struct Command
{
    QString name;      // sub-command; empty for a group that is itself the command (init, check)
    QString arguments; // positional syntax for --help: "CONTACT_ID TAG..."
    int minArgs = 0;
    int maxArgs = 0; // -1: any number
    QString summary;
    QList<OptionSpec> options;
    std::function<int(CliContext&, const ParsedArgs&)> run;
};

// A top-level word of the command line ("contact") and its sub-commands.
struct CommandGroup
{
    QString name;
    QString summary;
    QList<Command> commands;

    bool isSingleCommand() const { return commands.size() == 1 && commands.first().name.isEmpty(); }
    const Command* find(const QString& commandName) const;
};

// Options understood by every command; the parts of a command line before the group may hold only these.
QList<OptionSpec> globalOptions();
// --json and --reveal, shared by the commands that print records.
OptionSpec jsonOption();
OptionSpec revealOption();

} // namespace ll::cli
