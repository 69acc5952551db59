#pragma once

#include "store/FieldClocks.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace ll {

class Store;

// The scalar fields one local edit changes: each gets its own fresh HLC, recorded both in the
// row's `clocks` column and in the outbox payload {"fields":{"name":{"v":...,"c":"<clock>","b":"<previous
// clock>"}}}
// ("b" only when the field had a clock),
// so sync can resolve concurrent edits field by field.
class FieldChanges
{
public:
    FieldChanges(Store& store, const QString& clocksText);

    void set(const QString& field, const QJsonValue& value);
    bool isEmpty() const { return m_fields.isEmpty(); }
    bool has(const QString& field) const { return m_fields.contains(field); }

    QString clocksText() const { return m_clocks.serialize(); }
    QJsonObject payload() const;

private:
    Store& m_store;
    FieldClocks m_clocks;
    FieldClocks m_before; // the clocks as loaded, for each field's base
    QJsonObject m_fields;
};

// Outbox payload of one add-wins set element (phones, tags): {"set":..., "element":..., "c":...}.
QJsonObject setElementPayload(const QString& set, const QString& element, const QString& clock);

} // namespace ll
