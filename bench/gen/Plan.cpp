#include "Plan.h"

namespace llbench {

namespace {

void scatter(std::vector<std::uint16_t>& counts, const std::vector<int>& eligible, qint64 total, int cap,
             Prng& rng)
{
    qint64 placed = 0;
    while (placed < total) {
        std::uint16_t& c = counts[std::size_t(eligible[std::size_t(rng.below(eligible.size()))])];
        if (c >= cap)
            continue;
        ++c;
        ++placed;
    }
}

} // namespace

Plan Plan::make(int contacts, qint64 links, qint64 followUps, qint64 purchases, int maxTagsPerContact,
                Prng& rng)
{
    Plan p;
    const auto n = std::size_t(contacts);
    p.tagLinks.assign(n, 0);
    p.followUps.assign(n, 0);
    p.purchases.assign(n, 0);

    std::vector<int> everyone(n);
    std::vector<int> contacted;
    contacted.reserve(n);
    for (int i = 0; i < contacts; ++i) {
        everyone[std::size_t(i)] = i;
        if (!rng.chance(0.1))
            contacted.push_back(i);
    }
    scatter(p.tagLinks, everyone, links, maxTagsPerContact, rng);
    scatter(p.followUps, contacted, followUps, 60000, rng);
    scatter(p.purchases, contacted, purchases, 60000, rng);
    return p;
}

} // namespace llbench
