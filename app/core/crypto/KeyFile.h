#pragma once

#include "crypto/PassphraseWrap.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ll {

// <profileDir>/key.json, format 1. Stable: older and newer versions must read each other's files.
//
// {
//   "format": 1,
//   "keyId": "<uuid>",                       // also the keychain account name
//   "check": "<b64 BLAKE2b-256(key=data key, 'liuliang.keycheck.v1:' + keyId)>",
//   "passphrase": {                          // optional: the key wrapped under a passphrase
//     "kdf": "argon2id13", "opsLimit": N, "memLimit": N, "salt": "<b64 16 bytes>",
//     "aead": "xchacha20poly1305-ietf", "nonce": "<b64 24 bytes>", "ciphertext": "<b64 48 bytes>"
//   },
//   "keychain": { "service": "...", "account": "<keyId>" }   // optional: raw key in the OS keychain
// }
//
// AEAD additional data: "liuliang.key:" + format + ":" + keyId, so a wrapped key only opens in the file
// it was written for. The file never contains the unwrapped key.
struct KeychainRef
{
    QString service;
    QString account;
};

struct KeyFile
{
    static constexpr int Format = 1;

    QString keyId;
    QByteArray check;
    std::optional<WrappedKey> passphrase;
    std::optional<KeychainRef> keychain;

    QByteArray additionalData() const;
    QByteArray toJson() const;
    static Result<KeyFile> fromJson(const QByteArray& json); // Corrupt on anything unexpected
};

// NotInitialised when absent, Corrupt when unreadable as a key file, Io when it cannot be read.
Result<KeyFile> readKeyFile(const QString& path);
// Atomic replace (no reader ever sees half a file) with mode 0600 from the first byte.
Status writeKeyFile(const QString& path, const KeyFile& file);
// Best-effort overwrite before unlinking: on copy-on-write or flash storage the old blocks may survive,
// which is why the file only ever holds a wrapped key.
Status shredFile(const QString& path);

} // namespace ll
