#include "store/HybridClock.h"

#include <QDateTime>

#include <algorithm>

namespace ll {

HybridClock::HybridClock(QString deviceId)
    : m_device(std::move(deviceId))
    , m_wall([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

QString HybridClock::format(qint64 wallMs, int counter, const QString& deviceId)
{
    return QStringLiteral("%1-%2-%3")
        .arg(wallMs, 13, 10, QLatin1Char('0'))
        .arg(counter, 4, 16, QLatin1Char('0'))
        .arg(deviceId);
}

qint64 HybridClock::wallOf(const QString& clock) { return clock.section(QLatin1Char('-'), 0, 0).toLongLong(); }

QString HybridClock::tick()
{
    const qint64 now = m_wall();
    if (now > m_lastWall) {
        m_lastWall = now;
        m_counter = 0;
    } else {
        ++m_counter;
    }
    return format(m_lastWall, m_counter, m_device);
}

void HybridClock::observe(const QString& remote)
{
    const qint64 wall = wallOf(remote);
    const int counter = remote.section(QLatin1Char('-'), 1, 1).toInt(nullptr, 16);
    if (wall > m_lastWall) {
        m_lastWall = wall;
        m_counter = counter;
    } else if (wall == m_lastWall) {
        m_counter = std::max(m_counter, counter);
    }
}

QString HybridClock::last() const { return format(m_lastWall, m_counter, m_device); }

} // namespace ll
