#include "crypto/SecretBytes.h"

#include "crypto/Sodium.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace ll {

SecretBytes::SecretBytes(size_t n)
{
    if (n == 0)
        return;
    if (!ensureSodium())
        throw std::bad_alloc();
    m_data = static_cast<unsigned char*>(sodium_malloc(n));
    if (!m_data)
        throw std::bad_alloc();
    // sodium_malloc fills with 0xdb to expose use of uninitialised memory; callers expect zeroes.
    sodium_memzero(m_data, n);
    m_size = n;
}

SecretBytes::~SecretBytes()
{
    release();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes SecretBytes::copy() const
{
    SecretBytes out(m_size);
    if (m_size)
        std::memcpy(out.m_data, m_data, m_size);
    return out;
}

bool SecretBytes::equals(const SecretBytes& other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

void SecretBytes::release() noexcept
{
    if (m_data)
        sodium_free(m_data); // zeroes before unmapping
    m_data = nullptr;
    m_size = 0;
}

} // namespace ll
