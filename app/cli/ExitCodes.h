#pragma once

#include "util/Result.h"

#include <QString>

namespace ll::cli {

// Process exit codes of liuliang-cli. Scripts branch on them, so they are part of the interface:
// never renumber, only append.
enum class ExitCode : int
{
    Ok = 0,
    Other = 1,             // I/O, database or any error without its own code
    Usage = 2,             // unknown command or option, missing or extra argument
    WrongPassphrase = 3,   // the passphrase does not unwrap the data key
    NotInitialised = 4,    // no profile in the directory: run init first
    NotFound = 5,          // unknown contact, tag, product... id
    InvalidInput = 6,      // bad phone, date, number, over-long text, invalid UTF-8
    EncryptionProblem = 7, // encryption inactive, plaintext file or integrity check failed
    AlreadyExists = 8,     // profile already initialised, or a name that must be unique is taken
    KeyUnavailable = 9,    // --keychain: no keychain entry or no keychain service reachable
};

ExitCode exitCodeFor(ErrorCode code);
inline int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

// The "Exit codes" section of --help.
QString exitCodeHelp();

} // namespace ll::cli
