#pragma once

#include <QString>

#include <cstdlib>

#ifdef LIULIANG_MIMALLOC
#include <mimalloc.h>
#endif

namespace llbench {

// Which allocator malloc() reaches in this process, checked rather than assumed: a build that links
// mimalloc but loads it behind libc would still say "glibc". Header-only so the answer is the calling
// executable's (cmake/LiuliangAllocator.cmake decides per executable).
inline QString mallocInUse()
{
#ifdef LIULIANG_MIMALLOC
    void* probe = std::calloc(1, 64); // calloc: GCC takes the const void* argument as a read
    const bool redirected = mi_is_in_heap_region(probe);
    std::free(probe);
    if (redirected) {
        const int v = mi_version();
        return QStringLiteral("mimalloc %1.%2.%3").arg(v / 100).arg(v / 10 % 10).arg(v % 10);
    }
    return QStringLiteral("glibc (mimalloc linked but not in use)");
#else
    return QStringLiteral("glibc");
#endif
}

} // namespace llbench
