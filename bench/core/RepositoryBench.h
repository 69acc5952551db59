#pragma once

#include "BenchContext.h"
#include "QuerySet.h"

#include "util/Result.h"

namespace llbench {

// Each query of the set through the real ContactRepository::list, warm (same connection, after one
// untimed run) and cold-first (a freshly opened store, so every page is read and decrypted anew;
// the OS file cache stays warm); then count, and the search queries pooled into one distribution.
ll::Status benchRepository(BenchContext& ctx, const QList<NamedQuery>& queries);

// The in-process split of "open and list 50": Argon2id unwrap, store open, first list.
ll::Status benchOpenSplit(BenchContext& ctx);

} // namespace llbench
