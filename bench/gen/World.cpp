#include "World.h"

#include "store/HybridClock.h"

namespace llbench {

QString clockAt(qint64 ms, const QString& device)
{
    return ll::HybridClock::format(ms, 0, device);
}

} // namespace llbench
