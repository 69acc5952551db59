#pragma once

#include <QString>

#include <optional>

namespace llbench {

// The default environment variable the bench tools read the profile passphrase from.
inline constexpr const char* kDefaultPassphraseEnv = "LIULIANG_BENCH_PASSPHRASE";

// The passphrase from the named environment variable; nullopt (after printing why) when unset or empty.
std::optional<QString> passphraseFromEnv(const QString& variable);

// Prints "tool: message" to stderr.
void fail(const char* tool, const QString& message);

} // namespace llbench
