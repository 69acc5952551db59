#include "crypto/PassphraseWrap.h"

#include "crypto/Sodium.h"

#include <QCoreApplication>

#include <sodium.h>

#include <cstring>

namespace ll {

namespace {

Result<SecretBytes> deriveWrappingKey(const SecretBytes& passphrase, const QByteArray& salt,
                                      const KdfParams& kdf)
{
    SecretBytes wrappingKey(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    // An empty SecretBytes has a null data(); Argon2 needs a valid pointer even for zero length.
    static const unsigned char empty = 0;
    const auto* pass = passphrase.isEmpty() ? &empty : passphrase.data();
    if (crypto_pwhash(wrappingKey.data(), wrappingKey.size(), reinterpret_cast<const char*>(pass),
                      passphrase.size(), reinterpret_cast<const unsigned char*>(salt.constData()),
                      kdf.opsLimit, size_t(kdf.memLimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate(
                             "ll::KeyVault", "Not enough memory to derive the key from the passphrase."));
    return wrappingKey;
}

} // namespace

SecretBytes passphraseBytes(const QString& passphrase)
{
    QString normalized = passphrase.normalized(QString::NormalizationForm_C);
    QByteArray utf8 = normalized.toUtf8();
    SecretBytes out(size_t(utf8.size()));
    if (!utf8.isEmpty())
        std::memcpy(out.data(), utf8.constData(), size_t(utf8.size()));
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    sodium_memzero(normalized.data(), size_t(normalized.size()) * sizeof(QChar));
    return out;
}

Result<WrappedKey> wrapKey(const DataKey& key, const SecretBytes& passphrase, const KdfParams& kdf,
                           const QByteArray& additionalData)
{
    if (!ensureSodium() || !key.isValid() || !kdf.isWithinBounds())
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("ll::KeyVault", "Cannot wrap the data key."));
    WrappedKey out;
    out.kdf = kdf;
    out.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(out.salt.data(), size_t(out.salt.size()));
    out.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(out.nonce.data(), size_t(out.nonce.size()));

    auto wrappingKey = deriveWrappingKey(passphrase, out.salt, kdf);
    if (!wrappingKey)
        return wrappingKey.error();

    out.ciphertext.resize(qsizetype(key.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(out.ciphertext.data()), &written, key.data(), key.size(),
        reinterpret_cast<const unsigned char*>(additionalData.constData()), size_t(additionalData.size()),
        nullptr, reinterpret_cast<const unsigned char*>(out.nonce.constData()), wrappingKey->data());
    out.ciphertext.resize(qsizetype(written));
    return out;
}

Result<DataKey> unwrapKey(const WrappedKey& wrapped, const SecretBytes& passphrase,
                          const QByteArray& additionalData)
{
    if (!ensureSodium())
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("ll::KeyVault", "The crypto library is unavailable."));
    if (wrapped.salt.size() != crypto_pwhash_SALTBYTES ||
        wrapped.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
        size_t(wrapped.ciphertext.size()) != DataKey::Size + crypto_aead_xchacha20poly1305_ietf_ABYTES ||
        !wrapped.kdf.isWithinBounds())
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("ll::KeyVault", "The key file is damaged."));

    auto wrappingKey = deriveWrappingKey(passphrase, wrapped.salt, wrapped.kdf);
    if (!wrappingKey)
        return wrappingKey.error();

    SecretBytes plain(DataKey::Size);
    unsigned long long plainSize = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            plain.data(), &plainSize, nullptr,
            reinterpret_cast<const unsigned char*>(wrapped.ciphertext.constData()),
            size_t(wrapped.ciphertext.size()),
            reinterpret_cast<const unsigned char*>(additionalData.constData()), size_t(additionalData.size()),
            reinterpret_cast<const unsigned char*>(wrapped.nonce.constData()), wrappingKey->data()) != 0 ||
        plainSize != DataKey::Size)
        return makeError(
            ErrorCode::WrongPassphrase,
            QCoreApplication::translate("ll::KeyVault", "Wrong passphrase, or the key file was modified."));
    return DataKey::fromBytes(plain.data(), plain.size());
}

} // namespace ll
