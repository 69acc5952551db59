#include "Hlc.h"

#include "WireError.h"

#include <algorithm>

namespace ll {

namespace {
constexpr int WallDigits = 18;
constexpr int CounterDigits = 4;
constexpr qint64 MaxWallMs = 999'999'999'999'999'999LL;
constexpr qsizetype MaxDeviceIdChars = 64;

bool isDeviceIdChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '_' || u == '-';
}

// Hand-written rather than a regular expression: every pulled field carries a clock, so this runs
// hundreds of thousands of times per initial pull.
std::optional<qint64> decimalDigits(QStringView text)
{
    qint64 v = 0;
    for (QChar c : text) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return std::nullopt;
        v = v * 10 + (c.unicode() - '0');
    }
    return v;
}

std::optional<quint32> lowerHexDigits(QStringView text)
{
    quint32 v = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        int d = 0;
        if (u >= '0' && u <= '9')
            d = u - '0';
        else if (u >= 'a' && u <= 'f')
            d = u - 'a' + 10;
        else
            return std::nullopt;
        v = v * 16 + quint32(d);
    }
    return v;
}
} // namespace

Hlc::Hlc(qint64 wallMs, quint32 counter, QString deviceId)
    : m_wallMs(wallMs)
    , m_counter(counter)
    , m_deviceId(std::move(deviceId))
{}

bool isValidDeviceId(const QString& id)
{
    return !id.isEmpty() && id.size() <= MaxDeviceIdChars &&
           std::all_of(id.begin(), id.end(), isDeviceIdChar);
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
    // "<18 decimal digits>-<4 lowercase hex digits>-<device id>"
    constexpr qsizetype DeviceAt = WallDigits + 1 + CounterDigits + 1;
    const QStringView v(text);
    const auto wall = v.size() > DeviceAt ? decimalDigits(v.first(WallDigits)) : std::nullopt;
    const auto counter = wall ? lowerHexDigits(v.sliced(WallDigits + 1, CounterDigits)) : std::nullopt;
    if (!counter || v.at(WallDigits) != QLatin1Char('-') || v.at(DeviceAt - 1) != QLatin1Char('-'))
        return wireError(wire::InvalidValue, QStringLiteral("malformed hlc"));
    const QString deviceId = text.sliced(DeviceAt);
    if (!isValidDeviceId(deviceId))
        return wireError(wire::InvalidValue, QStringLiteral("malformed hlc"));
    return Hlc(*wall, *counter, deviceId);
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
    // Written digit by digit (not with QString::arg): the applier compares clocks as text per field.
    QString out(WallDigits + 1 + CounterDigits + 1 + m_deviceId.size(), Qt::Uninitialized);
    QChar* d = out.data();
    qint64 wall = m_wallMs;
    for (int i = WallDigits - 1; i >= 0; --i, wall /= 10)
        d[i] = QChar(char16_t('0' + wall % 10));
    d[WallDigits] = QLatin1Char('-');
    quint32 counter = m_counter;
    for (int i = WallDigits + CounterDigits; i > WallDigits; --i, counter >>= 4)
        d[i] = QLatin1Char("0123456789abcdef"[counter & 0xF]);
    d[WallDigits + 1 + CounterDigits] = QLatin1Char('-');
    std::copy(m_deviceId.cbegin(), m_deviceId.cend(), d + WallDigits + 1 + CounterDigits + 1);
    return out;
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
