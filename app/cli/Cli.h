#pragma once

namespace ll::cli {

// Runs one liuliang-cli command line (argv as main() received it) and returns the process exit code.
// Needs a QCoreApplication. Kept out of main.cpp so the dispatcher is part of the testable library.
int runCommandLine(int argc, char** argv);

} // namespace ll::cli
