#pragma once

#include "ArgParser.h"
#include "ExitCodes.h"
#include "profile/Profile.h"

#include <QString>

#include <memory>
#include <optional>

namespace ll::cli {

// What every command needs: the global options, the unlocked profile, and uniform error reporting.
// A command reports a failure once through fail()/usage() and returns the exit code they give back.
class CliContext
{
public:
    explicit CliContext(const ParsedArgs& args);
    ~CliContext();

    QString profileDir() const { return m_profileDir; }
    bool json() const { return m_json; }
    bool reveal() const { return m_reveal; }
    bool useKeychain() const { return m_useKeychain; }

    // Unlocks the profile on first use: --keychain, else --passphrase-env, else a hidden prompt when stdin
    // is a terminal. nullptr once the failure has been reported; the command then returns exitCode().
    Profile* profile();
    // For init: the new passphrase, asked twice on a terminal. nullopt once the failure has been reported.
    std::optional<QString> newPassphrase();
    // Closes the store (and its writer connection) before the profile directory is removed.
    void closeProfile() { m_profile.reset(); }

    int fail(const Error& error);
    int fail(ExitCode code, const QString& message);
    int usage(const QString& message);
    int exitCode() const { return m_exitCode; }
    void warn(const QString& message);
    void print(const QString& text); // to stdout, as is

private:
    std::optional<QString> passphraseFromEnvironment();

    QString m_profileDir;
    QString m_passphraseEnv;
    bool m_useKeychain = false;
    bool m_json = false;
    bool m_reveal = false;
    std::unique_ptr<Profile> m_profile;
    int m_exitCode = 0;
};

// Best-effort removal of a secret from memory: overwrites the string's own buffer when it is not shared.
void wipeSecret(QString& secret);

} // namespace ll::cli
