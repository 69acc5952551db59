#pragma once

#include "Result.h"

#include <QJsonValue>
#include <QString>

#include <compare>

namespace ll {

// Hybrid Logical Clock: physical milliseconds plus a logical counter plus the device id as the
// final tie-break, so two devices never produce equal clocks and every merge is deterministic.
class Hlc
{
public:
    static constexpr quint32 MaxCounter = 0xFFFF;

    Hlc() = default;
    static Result<Hlc> make(qint64 wallMs, quint32 counter, const QString& deviceId);
    // Parses the canonical form written by toString().
    static Result<Hlc> parse(const QString& text);

    qint64 wallMs() const { return m_wallMs; }
    quint32 counter() const { return m_counter; }
    const QString& deviceId() const { return m_deviceId; }
    bool isNull() const { return m_deviceId.isEmpty(); }

    // Next clock for a local event at physical time nowMs.
    Hlc tick(qint64 nowMs) const;
    // Next clock after seeing a remote clock, so local events order after everything observed.
    Hlc receive(const Hlc& remote, qint64 nowMs) const;

    // Fixed-width zero-padded form: plain string comparison equals clock order, so the server and
    // SQL can compare clocks as text. "000001732540000000-0000-deviceid"
    QString toString() const;

    std::strong_ordering operator<=>(const Hlc& other) const;
    bool operator==(const Hlc& other) const = default;

private:
    Hlc(qint64 wallMs, quint32 counter, QString deviceId);
    Hlc advanced(qint64 wallMs, quint32 counter) const;

    qint64 m_wallMs = 0;
    quint32 m_counter = 0;
    QString m_deviceId;
};

// Device ids are short ASCII tokens so they compare the same as bytes and as UTF-16.
bool isValidDeviceId(const QString& id);

struct FieldValue
{
    QJsonValue value;
    Hlc hlc;
};

} // namespace ll
