#pragma once

#include <QMap>
#include <QString>

namespace ll {

// The per-field HLCs of one record, stored in its `clocks` column as "field=clock;field=clock", fields in
// name order. Sync compares them field by field (last writer wins per field).
//
// Compact form (schema 8): an entry whose clock is the previous entry's is written "field=^". A record
// written at one instant (a new contact: 15 fields, one clock) then stores its clock once. `^` is never
// part of a clock (device ids are [A-Za-z0-9_-]). parse() reads both forms; serialize() writes the compact
// one.
class FieldClocks
{
public:
    static constexpr QChar SameAsPrevious = QLatin1Char('^');

    static FieldClocks parse(const QString& text);
    QString serialize() const;

    QString get(const QString& field) const { return m_clocks.value(field); }
    void set(const QString& field, const QString& clock) { m_clocks.insert(field, clock); }
    const QMap<QString, QString>& all() const { return m_clocks; }

private:
    QMap<QString, QString> m_clocks;
};

} // namespace ll
