#include "CommandGroups.h"

namespace ll::cli {

QList<CommandGroup> commandGroups()
{
#define LL_CLI_LIST_GROUP(factory) factory(),
    return {LL_CLI_COMMAND_GROUPS(LL_CLI_LIST_GROUP)};
#undef LL_CLI_LIST_GROUP
}

} // namespace ll::cli
