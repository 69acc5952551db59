#pragma once

#include "Command.h"

#include <QList>

// The registry of command groups. Adding a group = one new file defining `CommandGroup xGroup()` plus one
// X(xGroup) line here; the order here is the order of `liuliang-cli --help`.
#define LL_CLI_COMMAND_GROUPS(X)                                                                             \
    X(initGroup)                                                                                             \
    X(checkGroup)                                                                                            \
    X(contactGroup)                                                                                          \
    X(tagGroup)                                                                                              \
    X(followUpGroup)                                                                                         \
    X(productGroup)                                                                                          \
    X(purchaseGroup)                                                                                         \
    X(ruleGroup)                                                                                             \
    X(remindersGroup)                                                                                        \
    X(scriptGroup)                                                                                           \
    X(sensitiveGroup)                                                                                        \
    X(materialGroup)                                                                                         \
    X(importGroup)                                                                                           \
    X(exportGroup)                                                                                           \
    X(loginGroup)                                                                                            \
    X(syncGroup)                                                                                             \
    X(statusGroup)                                                                                           \
    X(conflictsGroup)                                                                                        \
    X(logoutGroup)                                                                                           \
    X(staffGroup)                                                                                            \
    X(transferGroup)

namespace ll::cli {

#define LL_CLI_DECLARE_GROUP(factory) CommandGroup factory();
LL_CLI_COMMAND_GROUPS(LL_CLI_DECLARE_GROUP)
#undef LL_CLI_DECLARE_GROUP

QList<CommandGroup> commandGroups();

} // namespace ll::cli
