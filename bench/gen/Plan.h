#pragma once

#include "Prng.h"

#include <cstdint>
#include <vector>

namespace llbench {

// How many tag links, follow-ups and purchases each contact gets. Totals are exact (the sizes
// promise 2,000,000 links, not "about"); each is a multinomial draw over contacts, so counts are
// Poisson-like around the mean. One contact in ten is a lead nobody has contacted yet: it gets no
// follow-ups, so "last contacted" has the empty values a real list has.
struct Plan
{
    std::vector<std::uint16_t> tagLinks;
    std::vector<std::uint16_t> followUps;
    std::vector<std::uint16_t> purchases;

    static Plan make(int contacts, qint64 links, qint64 followUps, qint64 purchases, int maxTagsPerContact,
                     Prng& rng);
};

} // namespace llbench
