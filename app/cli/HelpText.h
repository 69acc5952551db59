#pragma once

#include "Command.h"

#include <QList>
#include <QString>

namespace ll::cli {

// --help texts, generated from the registered commands so help and grammar cannot drift apart.
struct HelpText
{
    static QString overview(const QList<CommandGroup>& groups);
    static QString group(const CommandGroup& group);
    static QString command(const QString& groupName, const Command& command);
};

} // namespace ll::cli
