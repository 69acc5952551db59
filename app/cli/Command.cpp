#include "Command.h"

#include "CliText.h"

namespace ll::cli {

const Command* CommandGroup::find(const QString& commandName) const
{
    for (const Command& command : commands) {
        if (command.name == commandName)
            return &command;
    }
    return nullptr;
}

QList<OptionSpec> globalOptions()
{
    return {
        {QStringLiteral("profile"), QStringLiteral("DIR"),
         CliText::tr("Profile directory (default: the per-user application data directory)."), false},
        {QStringLiteral("passphrase-env"), QStringLiteral("VAR"),
         CliText::tr("Read the passphrase from environment variable VAR (for scripts and CI)."), false},
        {QStringLiteral("keychain"), QString(), CliText::tr("Unlock with the key stored in the OS keychain."),
         false},
        {QStringLiteral("help"), QString(), CliText::tr("Show help and exit."), false},
    };
}

OptionSpec jsonOption()
{
    return {QStringLiteral("json"), QString(), CliText::tr("Print JSON (stable snake_case field names)."),
            false};
}

OptionSpec revealOption()
{
    return {QStringLiteral("reveal"), QString(),
            CliText::tr("Show full phone numbers instead of masked ones."), false};
}

} // namespace ll::cli
