#include "OutboxReader.h"

#include "EntitySchema.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ll::sync {

namespace {

const QString kV = QStringLiteral("v");
const QString kC = QStringLiteral("c");
const QString kB = QStringLiteral("b");

bool serverOwned(const QString& entity)
{
    return entity == QLatin1String("org") || entity == QLatin1String("store") ||
           entity == QLatin1String("staff");
}

Translation invalid(const QString& reason)
{
    Translation t;
    t.kind = Translation::Kind::Invalid;
    t.reason = reason;
    return t;
}

std::optional<Hlc> clockOf(const QJsonValue& text)
{
    auto hlc = Hlc::parse(text.toString());
    if (!hlc.ok())
        return std::nullopt;
    return hlc.value();
}

// A field an outbox payload names that is not sent: one the protocol does not define, or a contact's
// storeId, which always follows the owner's store on the server, which sets it (sending ours could only be
// refused, store_mismatch, when the profile was used offline before login).
bool staysLocal(const EntitySpec& spec, const QString& field)
{
    return !spec.field(field) || (spec.name == QLatin1String("contact") && field == QLatin1String("storeId"));
}

// {"fields": {f: {"v","c","b"?}}} → wire fields.
Status upsertFields(const EntitySpec& spec, const QJsonObject& payload, Mutation& m)
{
    const QJsonObject fields = payload.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (staysLocal(spec, it.key()))
            continue;
        const FieldSpec* fs = spec.field(it.key());
        const QJsonObject entry = it->toObject();
        const auto clock = clockOf(entry.value(kC));
        if (!clock)
            return Error::make(ErrorCode::InvalidInput, QStringLiteral("bad clock of field ") + it.key());
        m.fields.insert(it.key(), FieldValue{entry.value(kV), *clock});
        if (fs->rule == MergeRule::KeepBoth) {
            if (const auto base = clockOf(entry.value(kB)))
                m.bases.insert(it.key(), *base);
        }
        if (m.hlc.isNull() || *clock > m.hlc)
            m.hlc = *clock;
    }
    return {};
}

// {"c", "fields": {f: plainValue}, "sets": {set: [element...]}} (a record created at one instant) → one
// upsert: every wire field and every element added at c, as the `upsert` row of its fields and one `add`
// row per element would each have said.
Status createdRecord(const EntitySpec& spec, const QJsonObject& payload, Mutation& m)
{
    const auto clock = clockOf(payload.value(kC));
    if (!clock)
        return Error::make(ErrorCode::InvalidInput, QStringLiteral("bad create clock"));
    const QJsonObject fields = payload.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (!staysLocal(spec, it.key()))
            m.fields.insert(it.key(), FieldValue{it.value(), *clock});
    }
    const QJsonObject sets = payload.value(QStringLiteral("sets")).toObject();
    for (auto it = sets.constBegin(); it != sets.constEnd(); ++it) {
        if (!spec.set(it.key()) || !it->isArray())
            return Error::make(ErrorCode::InvalidInput, QStringLiteral("bad set ") + it.key());
        SetElement added;
        added.added = *clock;
        for (const QJsonValue element : it->toArray())
            m.sets[it.key()].insert(element.toString(), added);
    }
    m.hlc = *clock;
    return {};
}

} // namespace

OutboxReader::OutboxReader(Database& db)
    : m_db(db)
{}

Result<QList<OutboxRow>> OutboxReader::read(qint64 afterId, int limit)
{
    Statement& st = m_db.cached("SELECT mutation_id, entity, record_id, op, payload FROM outbox "
                                "WHERE mutation_id > ? ORDER BY mutation_id LIMIT ?");
    st.bind(1, afterId).bind(2, limit);
    QList<OutboxRow> rows;
    while (true) {
        auto next = st.step();
        if (!next.ok())
            return next.error();
        if (!next.value())
            break;
        OutboxRow row;
        row.mutationId = st.int64(0);
        row.entity = st.text(1);
        row.recordId = st.text(2);
        row.op = st.text(3);
        row.payload = QJsonDocument::fromJson(st.text(4).toUtf8()).object();
        rows.append(row);
    }
    st.reset();
    return rows;
}

Translation OutboxReader::translate(const OutboxRow& row)
{
    Translation t;
    if (serverOwned(row.entity)) {
        t.kind = Translation::Kind::Drop;
        return t;
    }
    const EntitySpec* spec = entitySpec(row.entity);
    if (!spec) {
        t.kind = Translation::Kind::Unsupported;
        return t;
    }
    Mutation& m = t.mutation;
    m.mutationId = row.mutationId;
    m.entity = row.entity;
    m.recordId = row.recordId;
    const QJsonObject& p = row.payload;

    if (row.op == QLatin1String("upsert")) {
        m.op = QString::fromLatin1(ops::Upsert);
        if (Status s = upsertFields(*spec, p, m); !s.ok())
            return invalid(s.message());
        if (m.fields.isEmpty()) {
            t.kind = Translation::Kind::Drop; // only local-only fields changed (e.g. mergedInto)
            return t;
        }
    } else if (row.op == QLatin1String("create")) {
        m.op = QString::fromLatin1(ops::Upsert);
        if (Status s = createdRecord(*spec, p, m); !s.ok())
            return invalid(s.message());
        if (m.fields.isEmpty() && m.sets.isEmpty()) {
            t.kind = Translation::Kind::Drop; // nothing the wire carries
            return t;
        }
    } else if (row.op == QLatin1String("add") || row.op == QLatin1String("remove")) {
        const auto clock = clockOf(p.value(kC));
        const QString set = p.value(QStringLiteral("set")).toString();
        if (!clock || !spec->set(set))
            return invalid(QStringLiteral("bad set edit"));
        SetElement element;
        (row.op == QLatin1String("add") ? element.added : element.removed) = *clock;
        m.op = QString::fromLatin1(ops::Upsert);
        m.hlc = *clock;
        m.sets[set].insert(p.value(QStringLiteral("element")).toString(), element);
    } else if (row.op == QLatin1String("delete")) {
        const auto clock = clockOf(p.value(kC));
        if (!clock)
            return invalid(QStringLiteral("bad delete clock"));
        m.op = QString::fromLatin1(ops::Delete);
        m.hlc = *clock;
    } else if (row.op == QLatin1String("insert")) {
        const auto clock = clockOf(p.value(kC));
        if (!clock)
            return invalid(QStringLiteral("bad insert clock"));
        m.op = QString::fromLatin1(ops::Insert);
        m.hlc = *clock;
        const QJsonObject fields = p.value(QStringLiteral("fields")).toObject();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            if (spec->field(it.key()))
                m.fields.insert(it.key(), FieldValue{it.value(), *clock});
    } else if (row.op == QLatin1String("move")) {
        const auto clock = clockOf(p.value(kC));
        if (!clock)
            return invalid(QStringLiteral("bad move clock"));
        m.op = QStringLiteral("move");
        m.hlc = *clock;
        m.fields.insert(QStringLiteral("contactId"),
                        FieldValue{p.value(QStringLiteral("contactId")), *clock});
    } else {
        return invalid(QStringLiteral("unknown op ") + row.op);
    }

    // The outbox names a contact's custom field "contactId/name"; the wire names it by a v5 UUID.
    if (row.entity == QLatin1String("contact_field")) {
        const qsizetype slash = row.recordId.indexOf(QLatin1Char('/'));
        if (slash <= 0)
            return invalid(QStringLiteral("bad contact_field id"));
        m.recordId = contactFieldRecordId(row.recordId.left(slash), row.recordId.mid(slash + 1));
    }

    // Validate exactly as the server will, so one bad row can never block the whole batch.
    QJsonObject wire = m.toJson();
    auto parsed = Mutation::fromJson(wire, QStringLiteral("mutation"));
    if (!parsed.ok())
        return invalid(parsed.message());
    return t;
}

} // namespace ll::sync
