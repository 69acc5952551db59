#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace llbench {

// xoshiro256** seeded through splitmix64. Hand-written rather than <random> because the standard
// distributions are implementation-defined: the same seed must give the same data on every
// compiler and standard library, or benchmark numbers from two machines are not comparable.
class Prng
{
public:
    explicit Prng(std::uint64_t seed);

    std::uint64_t next();
    // Uniform in [0, bound) without modulo bias (rejection of the short first cycle).
    std::uint64_t below(std::uint64_t bound);
    int between(int lo, int hiInclusive) { return lo + int(below(std::uint64_t(hiInclusive - lo + 1))); }
    bool chance(double p) { return unit() < p; }
    double unit() { return double(next() >> 11) * 0x1.0p-53; }

    // A version-4 UUID in canonical lower-case form, from this generator's bits.
    QString uuid();
    // `n` characters drawn from `alphabet`.
    QString text(const char* alphabet, int n);

private:
    std::uint64_t m_s[4];
};

// Draws indices with fixed weights in O(log n) (cumulative table + binary search).
class WeightedPicker
{
public:
    explicit WeightedPicker(const std::vector<double>& weights);
    int pick(Prng& rng) const;
    int size() const { return int(m_cumulative.size()); }

private:
    std::vector<double> m_cumulative;
};

// Zipf-like weights 1/(rank+1)^s: a few popular items and a long tail, as tags and products are.
std::vector<double> zipfWeights(int n, double s);

} // namespace llbench
