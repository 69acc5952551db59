#pragma once

#include "Command.h"

namespace ll::cli {

// The `contact` sub-commands that live in their own files; ContactCommands.cpp assembles the group.
Command contactListCommand();
Command contactShowCommand();

} // namespace ll::cli
