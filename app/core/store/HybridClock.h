#pragma once

#include <QString>

#include <functional>

namespace ll {

// Hybrid logical clock for this device: never goes backwards even if the wall clock does,
// and orders concurrent edits from different devices by (wall ms, counter, device id).
// The canonical string form sorts lexicographically in clock order.
class HybridClock
{
public:
    explicit HybridClock(QString deviceId);

    QString tick();
    // Moves the clock past a remote timestamp so our next edit sorts after what we have seen.
    void observe(const QString& remote);
    QString last() const;

    static QString format(qint64 wallMs, int counter, const QString& deviceId);
    static qint64 wallOf(const QString& clock);

    void setWallSourceForTesting(std::function<qint64()> source) { m_wall = std::move(source); }

private:
    QString m_device;
    qint64 m_lastWall = 0;
    int m_counter = 0;
    std::function<qint64()> m_wall;
};

} // namespace ll
