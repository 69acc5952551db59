#pragma once

#include "Result.h"

#include <QString>

namespace ll::server {

// Argon2id via libsodium's crypto_pwhash_str: the encoded string carries salt and parameters,
// so they can be raised later without breaking old hashes.
Result<QString> hashPassword(const QString& password);
bool verifyPassword(const QString& encodedHash, const QString& password);
// Spends the same time as a real verification so unknown usernames cannot be told apart.
void verifyAgainstDummy(const QString& password);

} // namespace ll::server
