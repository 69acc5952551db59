#include "Mutation.h"

#include "JsonInput.h"
#include "WireError.h"
#include "WireLimits.h"

namespace ll {

QJsonObject Mutation::toJson() const
{
    QJsonObject f;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        QJsonObject fv = fieldValueJson(it.value());
        if (bases.contains(it.key()))
            fv.insert(QStringLiteral("base"), bases.value(it.key()).toString());
        f.insert(it.key(), fv);
    }
    RecordState setsOnly;
    setsOnly.sets = sets;
    QJsonObject o{{QStringLiteral("mutationId"), mutationId},
                  {QStringLiteral("entity"), entity},
                  {QStringLiteral("recordId"), recordId},
                  {QStringLiteral("op"), op},
                  {QStringLiteral("hlc"), hlc.toString()}};
    if (!f.isEmpty())
        o.insert(QStringLiteral("fields"), f);
    if (!sets.isEmpty())
        o.insert(QStringLiteral("sets"), setsOnly.setsJson());
    return o;
}

namespace {

Status parseFields(Mutation& m, const QJsonObject& fields, const QString& path)
{
    const EntitySpec& spec = m.spec();
    if (fields.size() > limits::MaxFieldsPerMutation)
        return wireError(wire::TooMany, path);
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QString where = path + QLatin1Char('.') + it.key();
        const FieldSpec* fs = spec.field(it.key());
        if (!fs)
            return wireError(wire::UnknownField, where);
        if (!it->isObject())
            return wireError(wire::WrongType, where + QStringLiteral(" must be an object"));
        const QJsonObject fv = it->toObject();
        for (auto k = fv.constBegin(); k != fv.constEnd(); ++k) {
            const QString key = k.key();
            if (key != QLatin1String("value") && key != QLatin1String("hlc") && key != QLatin1String("base"))
                return wireError(wire::UnknownField, where + QLatin1Char('.') + key);
        }
        if (!fv.contains(QStringLiteral("value")))
            return wireError(wire::MissingField, where + QStringLiteral(".value"));
        const QJsonValue value = fv.value(QStringLiteral("value"));
        LL_TRY(validateFieldValue(*fs, value, where));
        auto hlc = parseHlcField(fv.value(QStringLiteral("hlc")), where + QStringLiteral(".hlc"));
        if (!hlc)
            return hlc.error();
        if (fv.contains(QStringLiteral("base"))) {
            if (fs->rule != MergeRule::KeepBoth)
                return wireError(wire::UnknownField, where + QStringLiteral(".base"));
            auto base = parseHlcField(fv.value(QStringLiteral("base")), where + QStringLiteral(".base"));
            if (!base)
                return base.error();
            m.bases.insert(it.key(), base.value());
        }
        m.fields.insert(it.key(), FieldValue{value, hlc.value()});
    }
    return {};
}

Status parseSets(Mutation& m, const QJsonObject& sets, const QString& path)
{
    const EntitySpec& spec = m.spec();
    qsizetype total = 0;
    for (auto it = sets.constBegin(); it != sets.constEnd(); ++it) {
        const QString where = path + QLatin1Char('.') + it.key();
        const SetSpec* ss = spec.set(it.key());
        if (!ss)
            return wireError(wire::UnknownField, where);
        if (!it->isObject())
            return wireError(wire::WrongType, where + QStringLiteral(" must be an object"));
        const QJsonObject elements = it->toObject();
        total += elements.size();
        if (total > limits::MaxSetElementsPerMutation)
            return wireError(wire::TooMany, where);
        SetElements parsed;
        for (auto e = elements.constBegin(); e != elements.constEnd(); ++e) {
            LL_TRY(validateSetElement(*ss, e.key(), where));
            if (!e->isObject())
                return wireError(wire::WrongType, where + QStringLiteral(" element must be an object"));
            auto el = parseSetElement(e->toObject(), where);
            if (!el)
                return el.error();
            parsed.insert(e.key(), el.value());
        }
        m.sets.insert(it.key(), parsed);
    }
    return {};
}

} // namespace

Result<Mutation> Mutation::fromJson(const QJsonObject& object, const QString& path)
{
    Mutation m;
    ObjectReader r(object, path);
    m.mutationId = r.integer(QStringLiteral("mutationId"), 1, (qint64(1) << 53) - 1);
    m.entity = r.string(QStringLiteral("entity"), 32);
    m.recordId = r.uuid(QStringLiteral("recordId"));
    m.op = r.string(QStringLiteral("op"), 16);
    const QString hlcText = r.string(QStringLiteral("hlc"), 100);
    const QJsonObject fields = r.object(QStringLiteral("fields"), false);
    const QJsonObject sets = r.object(QStringLiteral("sets"), false);
    LL_TRY(r.finish());

    const EntitySpec* spec = entitySpec(m.entity);
    if (!spec)
        return wireError(wire::InvalidValue, path + QStringLiteral(".entity unknown"));
    auto hlc = Hlc::parse(hlcText);
    if (!hlc)
        return wireError(wire::InvalidValue, path + QStringLiteral(".hlc malformed"));
    m.hlc = hlc.value();

    const bool appendOnly = spec->kind == EntityKind::AppendOnly;
    const bool isMove = m.op == QLatin1String(ops::Move);
    const bool opOk = appendOnly ? (m.op == QLatin1String(ops::Insert) || (isMove && spec->movable()))
                                 : (m.op == QLatin1String(ops::Upsert) || m.op == QLatin1String(ops::Delete));
    if (!opOk)
        return wireError(wire::InvalidValue, path + QStringLiteral(".op not allowed for ") + m.entity);
    if (m.op == QLatin1String(ops::Delete) && (!fields.isEmpty() || !sets.isEmpty()))
        return wireError(wire::InvalidValue, path + QStringLiteral(": delete carries no fields"));

    LL_TRY(parseFields(m, fields, path + QStringLiteral(".fields")));
    LL_TRY(parseSets(m, sets, path + QStringLiteral(".sets")));
    const QString contactId = QStringLiteral("contactId");
    if (isMove) {
        if (m.fields.size() != 1 || !m.fields.contains(contactId) || !m.sets.isEmpty())
            return wireError(wire::InvalidValue,
                             path + QStringLiteral(": move carries only fields.contactId"));
    } else if (appendOnly) {
        for (const FieldSpec& fs : spec->fields)
            if (fs.required && !m.fields.contains(fs.name))
                return wireError(wire::MissingField, path + QStringLiteral(".fields.") + fs.name);
    }
    // A custom field's id is derived from its contact and name, so two devices that set the same
    // field write the same record; an upsert must name both and match them.
    if (m.entity == QLatin1String("contact_field") && m.op == QLatin1String(ops::Upsert)) {
        const QString name = QStringLiteral("name");
        if (!m.fields.contains(contactId) || !m.fields.contains(name))
            return wireError(wire::MissingField, path + QStringLiteral(".fields.contactId/name"));
        if (m.recordId != contactFieldRecordId(m.fields.value(contactId).value.toString(),
                                               m.fields.value(name).value.toString()))
            return wireError(wire::InvalidValue,
                             path +
                                 QStringLiteral(".recordId must be contactFieldRecordId(contactId, name)"));
    }
    return m;
}

} // namespace ll
