#pragma once

#include "BenchContext.h"

#include "util/Result.h"

namespace llbench {

// "Open L and list the first 50 contacts" as a whole process, spawned `runs` times after one
// untimed run (so the OS file cache is warm, as it is for a user who just used the app):
//  - liuliang-bench-open --noop: process + Qt start-up, the floor under any command;
//  - liuliang-bench-open: unlock with the passphrase, open, list 50, print — and the same wall time
//    minus the Argon2id phase the child measured itself (the store's share, held to 150 ms);
//  - liuliang-cli contact list --limit 50, when cliExe is given: on the profile as generated, and on a
//    copy whose key wrap has the minimum Argon2id cost (the whole process, unwrap negligible; held to 150
//    ms).
ll::Status benchProcesses(BenchContext& ctx, const QString& openExe, const QString& cliExe);

} // namespace llbench
