#pragma once

#include "engine/OutboxReader.h"

#include <QJsonArray>
#include <QJsonObject>

// What one record's outbox rows tell the server, as one upsert: each row through OutboxReader::translate,
// then merged as the server merges them (per field the newest clock, per set element the newest add and
// remove). A `create` row must say exactly what the `upsert` plus one `add` per element it replaces said.
// withClocks = false writes every clock as "<clock>", to compare rows written at different instants.
namespace merged_wire {

inline QJsonValue blankClocks(const QJsonValue& v)
{
    if (!v.isObject())
        return v;
    QJsonObject out;
    const QJsonObject in = v.toObject();
    for (auto it = in.begin(); it != in.end(); ++it) {
        const QString& k = it.key();
        const bool clock = k == QLatin1String("hlc") || k == QLatin1String("base") ||
                           k == QLatin1String("add") || k == QLatin1String("remove");
        out.insert(k, clock ? QJsonValue(QStringLiteral("<clock>")) : blankClocks(it.value()));
    }
    return out;
}

inline void keepNewer(std::optional<ll::Hlc>& into, const std::optional<ll::Hlc>& other)
{
    if (other && (!into || *other > *into))
        into = other;
}

// {"error": reason} when a row does not translate to an upsert.
inline QJsonObject of(ll::Database& db, const QString& entity, const QString& recordId,
                      bool withClocks = true)
{
    ll::sync::OutboxReader reader(db);
    auto rows = reader.read(0, 1'000'000);
    if (!rows.ok())
        return {{QStringLiteral("error"), rows.message()}};
    ll::Mutation merged;
    merged.entity = entity;
    merged.recordId = recordId;
    merged.op = QString::fromLatin1(ll::ops::Upsert);
    for (const ll::sync::OutboxRow& row : rows.value()) {
        if (row.entity != entity || row.recordId != recordId)
            continue;
        const ll::sync::Translation t = ll::sync::OutboxReader::translate(row);
        if (t.kind == ll::sync::Translation::Kind::Drop)
            continue;
        if (t.kind != ll::sync::Translation::Kind::Push || t.mutation.op != merged.op)
            return {{QStringLiteral("error"), row.op + QLatin1Char(' ') + t.reason}};
        const ll::Mutation& m = t.mutation;
        if (merged.hlc.isNull() || m.hlc > merged.hlc)
            merged.hlc = m.hlc;
        for (auto it = m.fields.constBegin(); it != m.fields.constEnd(); ++it)
            if (!merged.fields.contains(it.key()) || it->hlc > merged.fields.value(it.key()).hlc)
                merged.fields.insert(it.key(), it.value());
        for (auto it = m.bases.constBegin(); it != m.bases.constEnd(); ++it)
            merged.bases.insert(it.key(), it.value());
        for (auto set = m.sets.constBegin(); set != m.sets.constEnd(); ++set)
            for (auto e = set->constBegin(); e != set->constEnd(); ++e) {
                ll::SetElement& into = merged.sets[set.key()][e.key()];
                keepNewer(into.added, e->added);
                keepNewer(into.removed, e->removed);
            }
    }
    QJsonObject o = merged.toJson();
    o.remove(QStringLiteral("mutationId"));
    return withClocks ? o : blankClocks(o).toObject();
}

// How many of the record's outbox rows there are (one `create` for a new contact).
inline int rowCount(ll::Database& db, const QString& entity, const QString& recordId)
{
    ll::sync::OutboxReader reader(db);
    int n = 0;
    for (const ll::sync::OutboxRow& row : reader.read(0, 1'000'000).value())
        n += row.entity == entity && row.recordId == recordId;
    return n;
}

} // namespace merged_wire
