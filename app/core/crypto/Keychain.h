#pragma once

#include "crypto/SecretBytes.h"

#include <QString>

#include <chrono>

namespace ll {

// Synchronous access to the OS keychain through QtKeychain. Each call spins a local QEventLoop, so it
// works from the CLI before (or without) QCoreApplication::exec(); it needs a QCoreApplication and must
// run on the main thread. While waiting, queued events other than user input are still delivered, so
// callers must tolerate re-entry. Never falls back to QtKeychain's plaintext store.
enum class KeychainStatus
{
    Ok,
    NotFound,
    Unavailable, // no backend, no D-Bus session, locked and not unlockable, or timed out
    Denied,
    Failed,
};

struct KeychainReply
{
    KeychainStatus status = KeychainStatus::Failed;
    QString detail; // backend message, for logs and error texts

    bool ok() const { return status == KeychainStatus::Ok; }
};

// Long enough for the user to answer an unlock prompt of the desktop keyring, short enough that a
// script does not hang forever on a headless machine.
inline constexpr std::chrono::milliseconds KeychainTimeout{30000};

KeychainReply keychainWrite(const QString& service, const QString& account, const SecretBytes& secret);
KeychainReply keychainRead(const QString& service, const QString& account, SecretBytes& secret);
KeychainReply keychainDelete(const QString& service, const QString& account);

} // namespace ll
