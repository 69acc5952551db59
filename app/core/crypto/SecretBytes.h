#pragma once

#include <cstddef>

namespace ll {

// Holds key material and passphrases. sodium_malloc puts the bytes between guard pages, locks them
// out of swap and zeroes them on free, so a secret never lingers in a reused heap block.
// Move-only: every copy of a secret must be an explicit decision (see copy()).
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(size_t n); // throws std::bad_alloc when locked memory is exhausted
    ~SecretBytes();

    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    size_t size() const { return m_size; }
    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    bool isEmpty() const { return m_size == 0; }

    SecretBytes copy() const;
    // Constant time, so comparing a secret does not leak how many leading bytes matched.
    bool equals(const SecretBytes& other) const;

private:
    void release() noexcept;

    unsigned char* m_data = nullptr;
    size_t m_size = 0;
};

} // namespace ll
