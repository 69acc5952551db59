#pragma once

#include "BenchContext.h"
#include "QuerySet.h"

#include "util/Result.h"

namespace llbench {

// SQLCipher against plain SQLite on the same schema, data and SQL: the repository's statements
// for each query are captured on the encrypted store, then replayed on a raw encrypted handle and
// on a plaintext copy, interleaved run by run so machine load hits both sides alike; each sample is
// the best of three executions.
// Reports per-query ratios (informational) and the pooled ratios held to the 1.3x target.
ll::Status benchCipherVsPlain(BenchContext& ctx, const QList<NamedQuery>& queries, const QString& plainPath);

} // namespace llbench
