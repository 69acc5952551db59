#include "domain/FieldChanges.h"

#include "store/Store.h"

namespace ll {

FieldChanges::FieldChanges(Store& store, const QString& clocksText)
    : m_store(store)
    , m_clocks(FieldClocks::parse(clocksText))
    , m_before(m_clocks)
{}

void FieldChanges::set(const QString& field, const QJsonValue& value)
{
    const QString clock = m_store.tick();
    m_clocks.set(field, clock);
    QJsonObject entry{{QStringLiteral("v"), value}, {QStringLiteral("c"), clock}};
    // The clock the user saw before editing: keep-both fields (notes) use it to spot concurrent edits.
    const QString base = m_before.get(field);
    if (!base.isEmpty())
        entry.insert(QStringLiteral("b"), base);
    m_fields.insert(field, entry);
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
