#include "domain/FieldChanges.h"

#include "store/Store.h"

namespace ll {

FieldChanges::FieldChanges(Store& store, const QString& clocksText)
    : m_store(store)
    , m_clocks(FieldClocks::parse(clocksText))
{}

void FieldChanges::set(const QString& field, const QJsonValue& value)
{
    const QString clock = m_store.tick();
    m_clocks.set(field, clock);
    m_fields.insert(field, QJsonObject{{QStringLiteral("v"), value}, {QStringLiteral("c"), clock}});
}

QJsonObject FieldChanges::payload() const
{
    return QJsonObject{{QStringLiteral("fields"), m_fields}};
}

QJsonObject setElementPayload(const QString& set, const QString& element, const QString& clock)
{
    return QJsonObject{
        {QStringLiteral("set"), set}, {QStringLiteral("element"), element}, {QStringLiteral("c"), clock}};
}

} // namespace ll
