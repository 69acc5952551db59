#pragma once

#include "crypto/SecretBytes.h"
#include "util/Result.h"

#include <cstddef>

namespace ll {

// The random 256-bit key of one encrypted store. It is never derived from a passphrase: the
// passphrase and the keychain only wrap it (see KeyVault), so either can change without re-encrypting.
// Copies are deep and stay in locked memory.
class DataKey
{
public:
    static constexpr size_t Size = 32;

    DataKey() = default; // invalid until assigned
    DataKey(const DataKey& other);
    DataKey& operator=(const DataKey& other);
    DataKey(DataKey&&) noexcept = default;
    DataKey& operator=(DataKey&&) noexcept = default;

    static DataKey generate();
    static Result<DataKey> fromBytes(const unsigned char* p, size_t n);

    const unsigned char* data() const { return m_bytes.data(); }
    size_t size() const { return m_bytes.size(); }
    bool isValid() const { return m_bytes.size() == Size; }
    bool operator==(const DataKey& other) const; // constant time

    // The ASCII text x'<64 lowercase hex>' (67 bytes, no NUL) for sqlite3_key(): SQLCipher then uses
    // the bytes as the raw cipher key and skips its own PBKDF2 at every open.
    SecretBytes sqlcipherRawKey() const;

private:
    explicit DataKey(SecretBytes bytes);

    SecretBytes m_bytes;
};

} // namespace ll
