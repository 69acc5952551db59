#pragma once

#include <QtGlobal>

namespace ll::contact_listing {

// Thresholds that choose how ContactRepository::list answers a tag AND (see ContactListing.cpp).
// They change only the plan, never the rows; tests change them to run every plan on small data.
struct Tuning
{
    // A tag with fewer links drives the AND: its links are read and the other tags probed by primary key.
    qint64 smallTagLinks = 2048;
    // Links read per tag before the plan is chosen; a longer tag's size is estimated from them.
    qint64 sampleLinks = 4096;
    // One entry of a probing walk of the sort index (an index step and a primary-key probe), in link
    // reads: measured ~2 us against ~0.1 us at 200,000 contacts / 2,000,000 links.
    double walkEntryCost = 19.0;
    // A probing walk gives up and reads the link sets after max(minWalkBudget, walkBudgetFactor x the
    // entries it was expected to need): the tags are correlated less than their counts suggested.
    double walkBudgetFactor = 4.0;
    qint64 minWalkBudget = 2000;
};

Tuning& tuning();

} // namespace ll::contact_listing
