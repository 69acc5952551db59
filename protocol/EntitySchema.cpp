#include "EntitySchema.h"

#include "JsonInput.h"
#include "WireError.h"
#include "WireLimits.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace ll {

namespace {

// Field builders. Caps are at least the client's own input limits (app/core), so anything the
// client accepts, the wire accepts.
FieldSpec str(const QString& name, qsizetype maxLen = limits::MaxShortString)
{
    FieldSpec f;
    f.name = name;
    f.type = FieldType::String;
    f.maxLen = maxLen;
    return f;
}

FieldSpec text(const QString& name, MergeRule rule = MergeRule::Lww)
{
    FieldSpec f = str(name, limits::MaxText);
    f.type = FieldType::Text;
    f.rule = rule;
    return f;
}

FieldSpec oneOf(const QString& name, QStringList choices)
{
    FieldSpec f = str(name, 32);
    f.type = FieldType::Enum;
    f.choices = std::move(choices);
    return f;
}

FieldSpec integer(const QString& name, qint64 min, qint64 max)
{
    FieldSpec f = str(name, 0);
    f.type = FieldType::Int;
    f.min = min;
    f.max = max;
    return f;
}

FieldSpec date(const QString& name)
{
    FieldSpec f = str(name, 10);
    f.type = FieldType::Date;
    return f;
}

FieldSpec uuid(const QString& name)
{
    FieldSpec f = str(name, 36);
    f.type = FieldType::Uuid;
    return f;
}

FieldSpec boolean(const QString& name)
{
    FieldSpec f = str(name, 0);
    f.type = FieldType::Bool;
    return f;
}

FieldSpec sha256(const QString& name)
{
    FieldSpec f = str(name, 64);
    f.type = FieldType::Sha256;
    return f;
}

FieldSpec list(const QString& name, qsizetype maxItems, FieldType element, qsizetype elementMaxLen,
               QStringList choices = {})
{
    FieldSpec f = str(name, maxItems);
    f.type = FieldType::StringList;
    f.element = element;
    f.elementMaxLen = elementMaxLen;
    f.choices = std::move(choices);
    return f;
}

FieldSpec required(FieldSpec spec)
{
    spec.required = true;
    return spec;
}

FieldSpec serverOnly(FieldSpec spec)
{
    spec.serverOnly = true;
    return spec;
}

QString s(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

QStringList codes(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* c : list)
        out << s(c);
    return out;
}

constexpr qint64 MaxMs = 253'402'300'799'999LL; // 9999-12-31
constexpr qint64 MaxMoney = 1'000'000'000'000LL;
constexpr qint64 MaxExact = (qint64(1) << 53) - 1;

EntitySpec entity(const char* name, EntityKind kind, Ownership ownership, QList<FieldSpec> fields,
                  QList<SetSpec> sets = {})
{
    return EntitySpec{s(name), kind, ownership, std::move(fields), std::move(sets)};
}

// The field names and value domains are the ones app/core writes into its outbox
// (docs/SYNC-MAPPING.md); change them only together with the core.
QList<EntitySpec> buildSchema()
{
    const QStringList stages = codes({"lead", "prospect", "customer", "loyal", "dormant", "lost"});
    using K = EntityKind;
    using O = Ownership;
    QList<EntitySpec> all;
    all << entity(
        "contact", K::Mutable, O::Contact,
        {str(s("name")), str(s("nickname")), str(s("wechatId"), 64),
         oneOf(s("gender"), codes({"female", "male", "other"})), date(s("birthday")), str(s("city"), 64),
         str(s("source"), 64), oneOf(s("stage"), stages), integer(s("intent"), 0, 3), uuid(s("ownerId")),
         uuid(s("storeId")), integer(s("points"), -MaxMoney, MaxMoney), text(s("notes"), MergeRule::KeepBoth),
         integer(s("lastContactedAt"), 0, MaxMs), uuid(s("mergedInto")), serverOnly(uuid(s("takenOverFrom"))),
         serverOnly(str(s("takenOverFromName"))), serverOnly(integer(s("takenOverAt"), 0, MaxMs))},
        {SetSpec{s("phones"), FieldType::String, 32}, SetSpec{s("tags"), FieldType::Uuid, 36}});
    all << entity("tag_group", K::Mutable, O::OrgWide,
                  {str(s("name")), str(s("color"), 16), integer(s("sortOrder"), 0, 1'000'000)});
    all << entity("tag", K::Mutable, O::OrgWide, {str(s("name")), uuid(s("groupId"))});
    all << entity(
        "product", K::Mutable, O::OrgWide,
        {str(s("sku"), 64), str(s("name")), str(s("category"), 64), integer(s("cycleDays"), 0, 3650)});
    all << entity("holiday", K::Mutable, O::OrgWide, {str(s("name")), date(s("day"))});
    all << entity("sensitive_word", K::Mutable, O::OrgWide, {str(s("word"))});
    all << entity("followup", K::AppendOnly, O::ContactChild,
                  {required(uuid(s("contactId"))),
                   required(oneOf(s("kind"), codes({"call", "chat", "visit", "message"}))), str(s("outcome")),
                   text(s("note")), str(s("scriptId"), 64), str(s("materialId"), 64), uuid(s("staffId")),
                   required(integer(s("happenedAt"), 0, MaxMs))});
    all << entity("purchase", K::AppendOnly, O::ContactChild,
                  {required(uuid(s("contactId"))), uuid(s("productId")),
                   required(integer(s("quantity"), 1, 1'000'000)), integer(s("amountCents"), 0, MaxMoney),
                   required(date(s("purchasedOn"))), uuid(s("staffId"))});
    all << entity("contact_field", K::Mutable, O::ContactChild,
                  {required(uuid(s("contactId"))), required(str(s("name"), 64)), str(s("value"), 1024)});
    all << entity("reminder_state", K::Mutable, O::ContactChild,
                  {uuid(s("contactId")), oneOf(s("state"), codes({"open", "done", "snoozed", "dismissed"})),
                   date(s("snoozedUntil"))});
    all << entity(
        "reminder_rule", K::Mutable, O::TeamOrPersonal,
        {uuid(s("ownerId")), str(s("name")),
         oneOf(s("kind"),
               codes({"runout", "birthday", "holiday", "dormant", "lead_sla", "custom_date", "takeover"})),
         integer(s("leadDays"), 0, 365), integer(s("threshold"), 0, 1'000'000), uuid(s("productId")),
         str(s("holidayName")), str(s("dateField"), 64), boolean(s("yearly")),
         list(s("tagIds"), 64, FieldType::Uuid, 36), list(s("stages"), 16, FieldType::Enum, 32, stages),
         list(s("storeIds"), 64, FieldType::Uuid, 36), uuid(s("scriptId")), boolean(s("enabled"))});
    all << entity("script", K::Mutable, O::TeamOrPersonal,
                  {uuid(s("ownerId")),
                   oneOf(s("category"), codes({"welcome", "product_intro", "objection", "holiday", "birthday",
                                               "runout", "custom"})),
                   str(s("title")), text(s("body")), list(s("tags"), 64, FieldType::String, 64)});
    all << entity("material", K::Mutable, O::TeamOrPersonal,
                  {uuid(s("ownerId")),
                   oneOf(s("kind"), codes({"image", "video", "link", "mini_program", "document", "poster"})),
                   str(s("title")), text(s("description")), str(s("category"), 64),
                   list(s("tags"), 64, FieldType::String, 64), str(s("url"), 4096), str(s("appId"), 64),
                   str(s("pagePath"), 1024), str(s("fileName")), str(s("mimeType"), 128), sha256(s("sha256")),
                   sha256(s("coverSha256")), integer(s("size"), 0, MaxExact)});
    all << entity("script_usage", K::AppendOnly, O::StaffLog,
                  {required(uuid(s("scriptId"))), uuid(s("contactId")), uuid(s("followUpId")),
                   uuid(s("staffId")), required(integer(s("at"), 0, MaxMs))});
    all << entity("material_usage", K::AppendOnly, O::StaffLog,
                  {required(uuid(s("materialId"))), uuid(s("contactId")),
                   required(oneOf(s("action"), codes({"copy", "save", "open", "send"}))),
                   uuid(s("followUpId")), uuid(s("staffId")), required(integer(s("at"), 0, MaxMs))});
    return all;
}

const QList<EntitySpec>& schema()
{
    static const QList<EntitySpec> all = buildSchema();
    return all;
}

// One string checked against a type: the shared rule for scalar fields and list elements.
Status validateString(FieldType type, qsizetype maxLen, const QStringList& choices, const QString& value,
                      const QString& where)
{
    if (value.size() > maxLen)
        return wireError(wire::StringTooLong, where);
    if (type == FieldType::Enum && !choices.contains(value))
        return wireError(wire::InvalidValue, where + QStringLiteral(" not one of ") + choices.join(u','));
    if (type == FieldType::Date && !QDate::fromString(value, Qt::ISODate).isValid())
        return wireError(wire::InvalidValue, where + QStringLiteral(" must be YYYY-MM-DD"));
    if (type == FieldType::Uuid && !isUuid(value))
        return wireError(wire::InvalidValue, where + QStringLiteral(" must be a lowercase UUID"));
    if (type == FieldType::Sha256 && !isSha256Hex(value))
        return wireError(wire::InvalidValue, where + QStringLiteral(" must be 64 lowercase hex digits"));
    return {};
}

Status validateList(const FieldSpec& spec, const QJsonValue& value, const QString& where)
{
    if (!value.isArray())
        return wireError(wire::WrongType, where + QStringLiteral(" must be an array of strings"));
    const QJsonArray items = value.toArray();
    if (items.size() > spec.maxLen)
        return wireError(wire::TooMany, where);
    for (const QJsonValue& item : items) {
        if (!item.isString())
            return wireError(wire::WrongType, where + QStringLiteral(" must be an array of strings"));
        if (item.toString().isEmpty())
            return wireError(wire::InvalidValue, where + QStringLiteral(" has an empty element"));
        LL_TRY(validateString(spec.element, spec.elementMaxLen, spec.choices, item.toString(), where));
    }
    return {};
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
    // "" clears an optional string-typed field (the client store keeps "" for "not set"); null
    // is accepted as a clear for any optional field.
    const bool stringTyped =
        spec.type != FieldType::Int && spec.type != FieldType::Bool && spec.type != FieldType::StringList;
    const bool cleared = value.isNull() || value.isUndefined() ||
                         (stringTyped && value.isString() && value.toString().isEmpty());
    if (cleared)
        return spec.required ? wireError(wire::MissingField, where) : Status{};
    switch (spec.type) {
    case FieldType::String:
    case FieldType::Text:
    case FieldType::Enum:
    case FieldType::Date:
    case FieldType::Uuid:
    case FieldType::Sha256:
        if (!value.isString())
            return wireError(wire::WrongType, where + QStringLiteral(" must be a string"));
        return validateString(spec.type, spec.maxLen, spec.choices, value.toString(), where);
    case FieldType::Int: {
        const std::optional<qint64> i = exactInteger(value);
        if (!i)
            return wireError(wire::WrongType, where + QStringLiteral(" must be an integer"));
        if (*i < spec.min || *i > spec.max)
            return wireError(wire::InvalidValue, where + QStringLiteral(" out of range"));
        return {};
    }
    case FieldType::Bool:
        if (!value.isBool())
            return wireError(wire::WrongType, where + QStringLiteral(" must be true or false"));
        return {};
    case FieldType::StringList:
        return validateList(spec, value, where);
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

QString contactFieldRecordId(const QString& contactId, const QString& name)
{
    // Fixed for good: changing it would give every existing custom field a new id.
    static const QUuid ns(QStringLiteral("{3d0f6c8e-52a1-4b7e-8f3c-9a6e1d2b7c40}"));
    return QUuid::createUuidV5(ns, contactId + QLatin1Char('/') + name).toString(QUuid::WithoutBraces);
}

} // namespace ll
