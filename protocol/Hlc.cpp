#include "Hlc.h"

#include "WireError.h"

#include <QRegularExpression>

#include <algorithm>

namespace ll {

namespace {
constexpr int WallDigits = 18;
constexpr int CounterDigits = 4;
constexpr qint64 MaxWallMs = 999'999'999'999'999'999LL;
} // namespace

Hlc::Hlc(qint64 wallMs, quint32 counter, QString deviceId)
    : m_wallMs(wallMs)
    , m_counter(counter)
    , m_deviceId(std::move(deviceId))
{}

bool isValidDeviceId(const QString& id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return re.match(id).hasMatch();
}

Result<Hlc> Hlc::make(qint64 wallMs, quint32 counter, const QString& deviceId)
{
    if (wallMs < 0 || wallMs > MaxWallMs)
        return wireError(wire::InvalidValue, QStringLiteral("hlc wall time out of range"));
    if (counter > MaxCounter)
        return wireError(wire::InvalidValue, QStringLiteral("hlc counter out of range"));
    if (!isValidDeviceId(deviceId))
        return wireError(wire::InvalidValue, QStringLiteral("hlc device id invalid"));
    return Hlc(wallMs, counter, deviceId);
}

Result<Hlc> Hlc::parse(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{18})-([0-9a-f]{4})-([A-Za-z0-9_-]{1,64})$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return wireError(wire::InvalidValue, QStringLiteral("malformed hlc"));
    return make(m.captured(1).toLongLong(), m.captured(2).toUInt(nullptr, 16), m.captured(3));
}

Hlc Hlc::advanced(qint64 wallMs, quint32 counter) const
{
    // A counter overflow borrows the next millisecond instead of failing: clocks stay monotonic.
    if (counter > MaxCounter)
        return Hlc(wallMs + 1, 0, m_deviceId);
    return Hlc(wallMs, counter, m_deviceId);
}

Hlc Hlc::tick(qint64 nowMs) const
{
    if (nowMs > m_wallMs)
        return advanced(nowMs, 0);
    return advanced(m_wallMs, m_counter + 1);
}

Hlc Hlc::receive(const Hlc& remote, qint64 nowMs) const
{
    const qint64 wall = std::max({m_wallMs, remote.m_wallMs, nowMs});
    if (wall == m_wallMs && wall == remote.m_wallMs)
        return advanced(wall, std::max(m_counter, remote.m_counter) + 1);
    if (wall == m_wallMs)
        return advanced(wall, m_counter + 1);
    if (wall == remote.m_wallMs)
        return advanced(wall, remote.m_counter + 1);
    return advanced(wall, 0);
}

QString Hlc::toString() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(m_wallMs, WallDigits, 10, QLatin1Char('0'))
        .arg(m_counter, CounterDigits, 16, QLatin1Char('0'))
        .arg(m_deviceId);
}

std::strong_ordering Hlc::operator<=>(const Hlc& other) const
{
    if (auto c = m_wallMs <=> other.m_wallMs; c != 0)
        return c;
    if (auto c = m_counter <=> other.m_counter; c != 0)
        return c;
    const int d = m_deviceId.compare(other.m_deviceId);
    return d < 0 ? std::strong_ordering::less
                 : (d > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
}

} // namespace ll
