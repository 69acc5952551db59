#pragma once

#include "QuerySet.h"

#include "util/Result.h"

namespace ll {
class Store;
}

namespace llbench {

// Prints, for each query, the statements ContactRepository runs (bound values inlined), each
// distinct one with its best warm time and SQLite's plan: where a slow query spends its time.
ll::Status dumpQueryPlans(ll::Store& store, const QList<NamedQuery>& queries);

} // namespace llbench
