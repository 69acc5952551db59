#include "RecordState.h"

#include "JsonInput.h"
#include "WireError.h"

#include <QJsonArray>

namespace ll {

QJsonObject fieldValueJson(const FieldValue& fv)
{
    return QJsonObject{{QStringLiteral("value"), fv.value}, {QStringLiteral("hlc"), fv.hlc.toString()}};
}

QJsonObject setElementJson(const SetElement& e)
{
    QJsonObject o;
    if (e.added)
        o.insert(QStringLiteral("add"), e.added->toString());
    if (e.removed)
        o.insert(QStringLiteral("remove"), e.removed->toString());
    return o;
}

namespace {

// The clock of `value`, or an error whose detail the caller prefixes with where it was: the prefix is
// only built on failure, since a page of changes carries a clock per field.
Result<Hlc> parseHlcValue(const QJsonValue& value)
{
    if (!value.isString())
        return wireError(wire::WrongType, QStringLiteral(" must be an hlc string"));
    auto hlc = Hlc::parse(value.toString());
    if (!hlc)
        return wireError(wire::InvalidValue, QStringLiteral(": ") + wireDetail(hlc.error()));
    return hlc;
}

Error locatedError(const Error& e, const QString& where)
{
    return wireError(wireCode(e).toLatin1().constData(), where + wireDetail(e));
}

} // namespace

Result<Hlc> parseHlcField(const QJsonValue& value, const QString& where)
{
    auto hlc = parseHlcValue(value);
    if (!hlc)
        return locatedError(hlc.error(), where);
    return hlc;
}

Result<SetElement> parseSetElement(const QJsonObject& object, const QString& where)
{
    SetElement e;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const bool isAdd = it.key() == QLatin1String("add");
        if (!isAdd && it.key() != QLatin1String("remove"))
            return wireError(wire::UnknownField, where + QLatin1Char('.') + it.key());
        auto hlc = parseHlcField(it.value(), where + QLatin1Char('.') + it.key());
        if (!hlc)
            return hlc.error();
        (isAdd ? e.added : e.removed) = hlc.value();
    }
    if (!e.added && !e.removed)
        return wireError(wire::MissingField, where + QStringLiteral(" needs add or remove"));
    return e;
}

QJsonObject RecordState::fieldsJson() const
{
    QJsonObject o;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        o.insert(it.key(), fieldValueJson(it.value()));
    return o;
}

QJsonObject RecordState::setsJson() const
{
    QJsonObject o;
    for (auto it = sets.constBegin(); it != sets.constEnd(); ++it) {
        QJsonObject elements;
        for (auto e = it->constBegin(); e != it->constEnd(); ++e)
            elements.insert(e.key(), setElementJson(e.value()));
        o.insert(it.key(), elements);
    }
    return o;
}

QJsonArray RecordState::conflictsJson() const
{
    QJsonArray a;
    for (const auto& c : conflicts)
        a.append(QJsonObject{{QStringLiteral("field"), c.field},
                             {QStringLiteral("value"), c.value},
                             {QStringLiteral("hlc"), c.hlc.toString()}});
    return a;
}

QJsonObject RecordState::toJson() const
{
    return QJsonObject{{QStringLiteral("fields"), fieldsJson()},
                       {QStringLiteral("sets"), setsJson()},
                       {QStringLiteral("conflicts"), conflictsJson()}};
}

Result<RecordState> RecordState::fromJson(const QJsonObject& object)
{
    return fromParts(object.value(QStringLiteral("fields")).toObject(),
                     object.value(QStringLiteral("sets")).toObject(),
                     object.value(QStringLiteral("conflicts")).toArray());
}

Result<RecordState> RecordState::fromParts(const QJsonObject& fields, const QJsonObject& sets,
                                           const QJsonArray& conflicts)
{
    RecordState s;
    const QString hlcKey = QStringLiteral("hlc");
    const QString valueKey = QStringLiteral("value");
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QJsonObject fv = it->toObject();
        auto hlc = parseHlcValue(fv.value(hlcKey));
        if (!hlc)
            return locatedError(hlc.error(), QStringLiteral("fields.") + it.key());
        s.fields.insert(it.key(), FieldValue{fv.value(valueKey), std::move(hlc).value()});
    }
    for (auto it = sets.constBegin(); it != sets.constEnd(); ++it) {
        const QJsonObject elements = it->toObject();
        SetElements parsed;
        for (auto e = elements.constBegin(); e != elements.constEnd(); ++e) {
            auto el = parseSetElement(e->toObject(), QStringLiteral("sets.") + it.key());
            if (!el)
                return el.error();
            parsed.insert(e.key(), el.value());
        }
        s.sets.insert(it.key(), parsed);
    }
    for (const QJsonValue& v : conflicts) {
        const QJsonObject c = v.toObject();
        auto hlc = parseHlcField(c.value(hlcKey), QStringLiteral("conflicts.hlc"));
        if (!hlc)
            return hlc.error();
        s.conflicts.append(
            Conflict{c.value(QStringLiteral("field")).toString(), c.value(valueKey), hlc.value()});
    }
    return s;
}

} // namespace ll
