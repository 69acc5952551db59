#pragma once

#include "CliOptions.h"

namespace ll::server {

// Runs the HTTPS server until the process is terminated.
int runServe(const CliOptions& options);

} // namespace ll::server
