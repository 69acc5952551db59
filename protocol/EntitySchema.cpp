#include "EntitySchema.h"

#include "JsonInput.h"
#include "WireError.h"
#include "WireLimits.h"

#include <QDate>
#include <QRegularExpression>

namespace ll {

namespace {

FieldSpec str(const QString& name, qsizetype maxLen = limits::MaxShortString)
{
    return FieldSpec{name, FieldType::String, MergeRule::Lww, maxLen, 0, 0, {}, false};
}

FieldSpec text(const QString& name, MergeRule rule = MergeRule::Lww)
{
    return FieldSpec{name, FieldType::Text, rule, limits::MaxText, 0, 0, {}, false};
}

FieldSpec oneOf(const QString& name, QStringList choices)
{
    return FieldSpec{name, FieldType::Enum, MergeRule::Lww, 32, 0, 0, std::move(choices), false};
}

FieldSpec integer(const QString& name, qint64 min, qint64 max)
{
    return FieldSpec{name, FieldType::Int, MergeRule::Lww, 0, min, max, {}, false};
}

FieldSpec date(const QString& name)
{
    return FieldSpec{name, FieldType::Date, MergeRule::Lww, 10, 0, 0, {}, false};
}

FieldSpec uuid(const QString& name)
{
    return FieldSpec{name, FieldType::Uuid, MergeRule::Lww, 36, 0, 0, {}, false};
}

FieldSpec required(FieldSpec spec)
{
    spec.required = true;
    return spec;
}

constexpr qint64 MaxMs = 253'402'300'799'999LL; // 9999-12-31
constexpr qint64 MaxMoney = 1'000'000'000'000LL;

QList<EntitySpec> buildSchema()
{
    const QStringList stages{QStringLiteral("lead"),  QStringLiteral("prospect"), QStringLiteral("customer"),
                             QStringLiteral("loyal"), QStringLiteral("dormant"),  QStringLiteral("lost")};
    const QStringList genders{QStringLiteral("male"), QStringLiteral("female"), QStringLiteral("unknown")};
    const QStringList followupKinds{QStringLiteral("call"), QStringLiteral("chat"), QStringLiteral("visit"),
                                    QStringLiteral("message"), QStringLiteral("other")};
    QList<EntitySpec> s;
    s.append(
        EntitySpec{QStringLiteral("contact"),
                   EntityKind::Mutable,
                   false,
                   true,
                   {str(QStringLiteral("name")), str(QStringLiteral("nickname")),
                    str(QStringLiteral("wechatId"), 64), oneOf(QStringLiteral("gender"), genders),
                    date(QStringLiteral("birthday")), str(QStringLiteral("city"), 64),
                    str(QStringLiteral("source"), 64), oneOf(QStringLiteral("stage"), stages),
                    integer(QStringLiteral("intent"), 0, 5), uuid(QStringLiteral("ownerId")),
                    uuid(QStringLiteral("storeId")), integer(QStringLiteral("points"), -MaxMoney, MaxMoney),
                    text(QStringLiteral("notes"), MergeRule::KeepBoth),
                    integer(QStringLiteral("lastContactedAt"), 0, MaxMs)},
                   {SetSpec{QStringLiteral("phones"), FieldType::String, 32},
                    SetSpec{QStringLiteral("tags"), FieldType::Uuid, 36}}});
    s.append(EntitySpec{QStringLiteral("tag_group"),
                        EntityKind::Mutable,
                        false,
                        false,
                        {str(QStringLiteral("name")), integer(QStringLiteral("sortOrder"), 0, 1'000'000)},
                        {}});
    s.append(EntitySpec{
        QStringLiteral("tag"),
        EntityKind::Mutable,
        false,
        false,
        {str(QStringLiteral("name")), uuid(QStringLiteral("groupId")), str(QStringLiteral("color"), 16)},
        {}});
    s.append(EntitySpec{QStringLiteral("product"),
                        EntityKind::Mutable,
                        false,
                        false,
                        {str(QStringLiteral("name")), str(QStringLiteral("sku"), 64),
                         integer(QStringLiteral("cycleDays"), 0, 3650),
                         integer(QStringLiteral("priceCents"), 0, MaxMoney)},
                        {}});
    s.append(EntitySpec{
        QStringLiteral("followup"),
        EntityKind::AppendOnly,
        true,
        false,
        {required(uuid(QStringLiteral("contactId"))), required(oneOf(QStringLiteral("kind"), followupKinds)),
         text(QStringLiteral("content")), uuid(QStringLiteral("scriptId")),
         str(QStringLiteral("materialId"), 64), required(integer(QStringLiteral("at"), 0, MaxMs))},
        {}});
    s.append(EntitySpec{QStringLiteral("purchase"),
                        EntityKind::AppendOnly,
                        true,
                        false,
                        {required(uuid(QStringLiteral("contactId"))), uuid(QStringLiteral("productId")),
                         required(integer(QStringLiteral("quantity"), 1, 1'000'000)),
                         integer(QStringLiteral("amountCents"), 0, MaxMoney),
                         required(integer(QStringLiteral("purchasedAt"), 0, MaxMs))},
                        {}});
    return s;
}

const QList<EntitySpec>& schema()
{
    static const QList<EntitySpec> s = buildSchema();
    return s;
}

} // namespace

const FieldSpec* EntitySpec::field(const QString& fieldName) const
{
    for (const auto& f : fields)
        if (f.name == fieldName)
            return &f;
    return nullptr;
}

const SetSpec* EntitySpec::set(const QString& setName) const
{
    for (const auto& f : sets)
        if (f.name == setName)
            return &f;
    return nullptr;
}

const EntitySpec* entitySpec(const QString& name)
{
    for (const auto& e : schema())
        if (e.name == name)
            return &e;
    return nullptr;
}

QStringList entityNames()
{
    QStringList names;
    for (const auto& e : schema())
        names << e.name;
    return names;
}

Status validateFieldValue(const FieldSpec& spec, const QJsonValue& value, const QString& where)
{
    if (value.isNull() || value.isUndefined()) {
        if (spec.required)
            return wireError(wire::MissingField, where);
        return {};
    }
    switch (spec.type) {
    case FieldType::String:
    case FieldType::Text:
    case FieldType::Enum:
    case FieldType::Date:
    case FieldType::Uuid: {
        if (!value.isString())
            return wireError(wire::WrongType, where + QStringLiteral(" must be a string"));
        const QString s = value.toString();
        if (s.size() > spec.maxLen)
            return wireError(wire::StringTooLong, where);
        if (spec.type == FieldType::Enum && !spec.choices.contains(s))
            return wireError(wire::InvalidValue,
                             where + QStringLiteral(" not one of ") + spec.choices.join(u','));
        if (spec.type == FieldType::Date && !QDate::fromString(s, Qt::ISODate).isValid())
            return wireError(wire::InvalidValue, where + QStringLiteral(" must be YYYY-MM-DD"));
        if (spec.type == FieldType::Uuid && !isUuid(s))
            return wireError(wire::InvalidValue, where + QStringLiteral(" must be a lowercase UUID"));
        return {};
    }
    case FieldType::Int: {
        const std::optional<qint64> i = exactInteger(value);
        if (!i)
            return wireError(wire::WrongType, where + QStringLiteral(" must be an integer"));
        if (*i < spec.min || *i > spec.max)
            return wireError(wire::InvalidValue, where + QStringLiteral(" out of range"));
        return {};
    }
    }
    return wireError(wire::Internal, where);
}

Status validateSetElement(const SetSpec& spec, const QString& element, const QString& where)
{
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9]{3,31}$"));
    if (element.isEmpty() || element.size() > spec.maxLen)
        return wireError(wire::InvalidValue, where);
    if (spec.elementType == FieldType::Uuid && !isUuid(element))
        return wireError(wire::InvalidValue, where + QStringLiteral(" must be a lowercase UUID"));
    if (spec.name == QLatin1String("phones") && !phone.match(element).hasMatch())
        return wireError(wire::InvalidValue, where + QStringLiteral(" must be digits with optional +"));
    return {};
}

} // namespace ll
