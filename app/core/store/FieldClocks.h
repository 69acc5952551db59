#pragma once

#include <QMap>
#include <QString>

namespace ll {

// The per-field HLCs of one record, stored in its `clocks` column as "field=clock;field=clock".
// Sync compares them field by field (last writer wins per field).
class FieldClocks
{
public:
    static FieldClocks parse(const QString& text);
    QString serialize() const;

    QString get(const QString& field) const { return m_clocks.value(field); }
    void set(const QString& field, const QString& clock) { m_clocks.insert(field, clock); }
    const QMap<QString, QString>& all() const { return m_clocks; }

private:
    QMap<QString, QString> m_clocks;
};

} // namespace ll
