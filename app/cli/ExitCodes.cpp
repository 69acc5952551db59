#include "ExitCodes.h"

#include "CliText.h"

namespace ll::cli {

ExitCode exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Ok:
        return ExitCode::Ok;
    case ErrorCode::InvalidInput:
        return ExitCode::InvalidInput;
    case ErrorCode::NotFound:
        return ExitCode::NotFound;
    case ErrorCode::Conflict:
    case ErrorCode::AlreadyExists:
        return ExitCode::AlreadyExists;
    case ErrorCode::WrongPassphrase:
        return ExitCode::WrongPassphrase;
    case ErrorCode::KeyUnavailable:
        return ExitCode::KeyUnavailable;
    case ErrorCode::NotInitialised:
        return ExitCode::NotInitialised;
    case ErrorCode::EncryptionInactive:
    case ErrorCode::Corrupt:
        return ExitCode::EncryptionProblem;
    case ErrorCode::Io:
    case ErrorCode::Database:
    case ErrorCode::PermissionDenied:
    case ErrorCode::Network:
    case ErrorCode::Tls:
    case ErrorCode::Internal:
        break;
    }
    return ExitCode::Other;
}

QString exitCodeHelp()
{
    return CliText::tr("Exit codes:\n"
                       "  0  success\n"
                       "  1  other error (I/O, database)\n"
                       "  2  usage error (unknown command or option, missing argument)\n"
                       "  3  wrong passphrase\n"
                       "  4  no profile in the directory (run init first)\n"
                       "  5  not found (unknown contact, tag or product)\n"
                       "  6  invalid input (phone, date, number, over-long or invalid UTF-8 text)\n"
                       "  7  encryption inactive or store corrupt\n"
                       "  8  already exists (profile, or a name that must be unique)\n"
                       "  9  key not available from the OS keychain\n");
}

} // namespace ll::cli
