#pragma once

#include "crypto/DataKey.h"
#include "crypto/KdfParams.h"
#include "crypto/SecretBytes.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace ll {

// The data key encrypted under a passphrase: Argon2id derives a wrapping key, XChaCha20-Poly1305 seals
// the data key with it. The 192-bit random nonce makes a fresh nonce per wrap safe without a counter.
struct WrappedKey
{
    KdfParams kdf;
    QByteArray salt;
    QByteArray nonce;
    QByteArray ciphertext; // data key + Poly1305 tag
};

// UTF-8 of the NFC form: the same passphrase typed through different input methods (composed or
// decomposed characters) must give the same bytes. The intermediate copies are zeroed.
SecretBytes passphraseBytes(const QString& passphrase);

// additionalData binds the wrap to its key file (format, key id), so a ciphertext cannot be moved.
Result<WrappedKey> wrapKey(const DataKey& key, const SecretBytes& passphrase, const KdfParams& kdf,
                           const QByteArray& additionalData);
// WrongPassphrase when authentication fails: a wrong passphrase and a tampered file look the same.
Result<DataKey> unwrapKey(const WrappedKey& wrapped, const SecretBytes& passphrase,
                          const QByteArray& additionalData);

} // namespace ll
