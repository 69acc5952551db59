#pragma once

#include "Hlc.h"

#include <QString>

#include <functional>

namespace ll {

// This device's hybrid logical clock: the stateful side of the shared protocol `Hlc`, so the
// client stamps edits exactly as the server compares them. Never goes backwards even if the wall
// clock does; the canonical string form sorts lexicographically in clock order.
class HybridClock
{
public:
    explicit HybridClock(QString deviceId);

    QString tick();
    // Moves the clock past a remote timestamp so our next edit sorts after what we have seen.
    void observe(const QString& remote);
    QString last() const;
    const Hlc& current() const { return m_last; }

    static QString format(qint64 wallMs, int counter, const QString& deviceId);
    static qint64 wallOf(const QString& clock);

    void setWallSourceForTesting(std::function<qint64()> source) { m_wall = std::move(source); }

private:
    Hlc m_last;
    std::function<qint64()> m_wall;
};

} // namespace ll
