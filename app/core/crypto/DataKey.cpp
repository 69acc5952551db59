#include "crypto/DataKey.h"

#include "crypto/Sodium.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <sodium.h>

#include <cstring>

namespace ll {

DataKey::DataKey(SecretBytes bytes)
    : m_bytes(std::move(bytes))
{}

DataKey::DataKey(const DataKey& other)
    : m_bytes(other.m_bytes.copy())
{}

DataKey& DataKey::operator=(const DataKey& other)
{
    if (this != &other)
        m_bytes = other.m_bytes.copy();
    return *this;
}

DataKey DataKey::generate()
{
    // Without a working CSPRNG there is no safe fallback; carrying on would mint a weak key.
    if (!ensureSodium())
        qFatal("libsodium could not be initialised");
    SecretBytes bytes(Size);
    randombytes_buf(bytes.data(), bytes.size());
    return DataKey(std::move(bytes));
}

Result<DataKey> DataKey::fromBytes(const unsigned char* p, size_t n)
{
    if (!p || n != Size)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("ll::KeyVault", "A data key must be exactly 32 bytes."));
    SecretBytes bytes(Size);
    std::memcpy(bytes.data(), p, Size);
    return DataKey(std::move(bytes));
}

bool DataKey::operator==(const DataKey& other) const
{
    return m_bytes.equals(other.m_bytes);
}

SecretBytes DataKey::sqlcipherRawKey() const
{
    if (!isValid())
        return {};
    // sodium_bin2hex is constant time and NUL-terminates, hence the scratch buffer one byte longer.
    SecretBytes hex(Size * 2 + 1);
    sodium_bin2hex(reinterpret_cast<char*>(hex.data()), hex.size(), m_bytes.data(), m_bytes.size());
    SecretBytes out(Size * 2 + 3);
    out.data()[0] = 'x';
    out.data()[1] = '\'';
    std::memcpy(out.data() + 2, hex.data(), Size * 2);
    out.data()[out.size() - 1] = '\'';
    return out;
}

} // namespace ll
