#pragma once

#include <QHashSeed>
#include <QStringView>

#include <cstddef>
#include <cstdint>

namespace ll {

// A cheap hash of UTF-16 text for the text module's per-thread caches and per-document token sets. The
// distribution's Qt 6.4 hashes QString with a general-purpose keyed hash (SipHash in builds without AES),
// which was a fifth of all search-token CPU for these short keys. This is FNV-1a over UTF-16 units with a
// 64-bit finalizer. It is not collision-resistant, so only tables with a bounded number of entries use it.
inline std::size_t stringViewHash(QStringView s, std::size_t seed)
{
    std::uint64_t h = 0xcbf29ce484222325ull ^ seed;
    for (const QChar c : s) {
        h ^= c.unicode();
        h *= 0x100000001b3ull;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return std::size_t(h);
}

// For std::unordered_map<QString, V, StringViewHash, StringViewEqual>: find() then takes a QStringView as
// well, so a lookup needs no QString. Seeded per process, as QHash is.
struct StringViewHash
{
    using is_transparent = void;
    std::size_t operator()(QStringView s) const { return stringViewHash(s, QHashSeed::globalSeed()); }
};

struct StringViewEqual
{
    using is_transparent = void;
    bool operator()(QStringView a, QStringView b) const { return a == b; }
};

} // namespace ll
