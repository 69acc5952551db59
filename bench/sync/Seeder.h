#pragma once

#include "util/Result.h"

namespace ll {
class Store;
}

namespace llbench {

// What one seeded contact carries: the history the initial pull has to bring down with it.
struct SeedShape
{
    int contacts = 50'000;
    int followUpsPerContact = 2;
    int purchasesPerContact = 1;
    int tagsPerContact = 2;
    int tagCount = 40; // in 4 groups
    int productCount = 100;
};

// Writes the contacts and their history through the core's own writers, so every record gets its outbox
// row exactly as the app would write it; 500 contacts per transaction. Deterministic (no randomness).
ll::Status seedStore(ll::Store& store, const SeedShape& shape);

} // namespace llbench
