#include "Prng.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace llbench {

namespace {

std::uint64_t splitmix64(std::uint64_t& x)
{
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

Prng::Prng(std::uint64_t seed)
{
    for (std::uint64_t& s : m_s)
        s = splitmix64(seed);
}

std::uint64_t Prng::next()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

std::uint64_t Prng::below(std::uint64_t bound)
{
    if (bound <= 1)
        return 0;
    // Values below `threshold` would make the low residues more likely; redraw them (rarely needed).
    const std::uint64_t threshold = (0 - bound) % bound;
    while (true) {
        const std::uint64_t r = next();
        if (r >= threshold)
            return r % bound;
    }
}

QString Prng::uuid()
{
    std::uint64_t hi = next();
    std::uint64_t lo = next();
    hi = (hi & ~0xf000ULL) | 0x4000ULL;                        // version 4
    lo = (lo & 0x3fffffffffffffffULL) | 0x8000000000000000ULL; // RFC 4122 variant
    char buf[37];
    std::snprintf(buf, sizeof buf, "%08x-%04x-%04x-%04x-%012llx", unsigned(hi >> 32),
                  unsigned((hi >> 16) & 0xffff), unsigned(hi & 0xffff), unsigned(lo >> 48),
                  static_cast<unsigned long long>(lo & 0xffffffffffffULL));
    return QString::fromLatin1(buf, 36);
}

QString Prng::text(const char* alphabet, int n)
{
    const std::uint64_t size = std::strlen(alphabet);
    QString out;
    out.reserve(n);
    for (int i = 0; i < n; ++i)
        out.append(QLatin1Char(alphabet[below(size)]));
    return out;
}

WeightedPicker::WeightedPicker(const std::vector<double>& weights)
{
    double sum = 0;
    m_cumulative.reserve(weights.size());
    for (double w : weights) {
        sum += w;
        m_cumulative.push_back(sum);
    }
}

int WeightedPicker::pick(Prng& rng) const
{
    const double x = rng.unit() * m_cumulative.back();
    const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), x);
    return int(std::min<std::ptrdiff_t>(it - m_cumulative.begin(), std::ptrdiff_t(m_cumulative.size()) - 1));
}

std::vector<double> zipfWeights(int n, double s)
{
    std::vector<double> w(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        w[std::size_t(i)] = 1.0 / std::pow(double(i + 1), s);
    return w;
}

} // namespace llbench
