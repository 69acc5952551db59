#pragma once

#include "BenchContext.h"

#include "util/Result.h"

namespace llbench {

// Reminder recompute at the profile's size (issue 4: full recompute ≤ 2 s and one contact's incremental
// recompute ≤ 5 ms at size L). Works on a copy of the profile in workDir (the rules, holidays and custom
// fields it adds would otherwise change every other measurement of the profile).
// incrementalOnly: one untimed full recompute, then only the incremental measurement.
ll::Status benchReminders(BenchContext& ctx, const QString& workDir, bool incrementalOnly = false);

} // namespace llbench
