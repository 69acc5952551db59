#include "crypto/Bootstrap.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace ll {

void hardenProcess()
{
#if defined(Q_OS_UNIX)
    // Both limits, not only the soft one, so a child or a later setrlimit cannot raise it again.
    struct rlimit none = {0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0)
        qWarning("hardenProcess: could not disable core dumps");
#endif
#if defined(Q_OS_LINUX)
    // RLIMIT_CORE is not always honoured when core_pattern pipes to a collector (systemd-coredump); a
    // non-dumpable process is skipped by it and cannot be ptrace-attached by the same user.
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        qWarning("hardenProcess: could not mark the process non-dumpable");
#endif
}

} // namespace ll
