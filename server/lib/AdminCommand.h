#pragma once

#include "CliOptions.h"

namespace ll::server {

// `liuliang-server admin --data DIR [--database URL] <command> ...`: account management.
// Passwords are read from the first line of stdin so they never appear in `ps` or history.
int runAdmin(const CliOptions& options);

} // namespace ll::server
