#include "store/HybridClock.h"

#include <QDateTime>

namespace ll {

HybridClock::HybridClock(QString deviceId)
    : m_wall([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    auto start = Hlc::make(0, 0, deviceId.isEmpty() ? QStringLiteral("unset") : deviceId);
    if (start.ok())
        m_last = start.value();
}

QString HybridClock::format(qint64 wallMs, int counter, const QString& deviceId)
{
    auto hlc = Hlc::make(wallMs, quint32(counter), deviceId);
    return hlc.ok() ? hlc.value().toString() : QString();
}

qint64 HybridClock::wallOf(const QString& clock)
{
    auto hlc = Hlc::parse(clock);
    return hlc.ok() ? hlc.value().wallMs() : 0;
}

QString HybridClock::tick()
{
    m_last = m_last.tick(m_wall());
    return m_last.toString();
}

void HybridClock::observe(const QString& remote)
{
    auto hlc = Hlc::parse(remote);
    if (hlc.ok())
        m_last = m_last.receive(hlc.value(), m_wall());
}

QString HybridClock::last() const { return m_last.toString(); }

} // namespace ll
