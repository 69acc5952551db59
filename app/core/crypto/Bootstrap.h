#pragma once

namespace ll {

// Call first thing in main(), before any key is unwrapped: a core dump (or a same-user ptrace attach)
// would expose the unwrapped data key, which only ever lives in process memory.
void hardenProcess();

} // namespace ll
