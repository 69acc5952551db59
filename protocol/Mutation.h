#pragma once

#include "EntitySchema.h"
#include "RecordState.h"

namespace ll {

namespace ops {
inline constexpr const char* Upsert = "upsert"; // mutable entities: merge fields and sets
inline constexpr const char* Delete = "delete"; // mutable entities: tombstone, final
inline constexpr const char* Insert = "insert"; // append-only entities: create once
// Append-only contact children: hang the record on another contact (contact merge). Carries only
// `contactId`; the writer must be allowed to write both the old and the new contact.
inline constexpr const char* Move = "move";
} // namespace ops

// One local edit as pushed by a device. (deviceId, mutationId) identifies it for exactly-once.
struct Mutation
{
    qint64 mutationId = 0;
    QString entity;
    QString recordId;
    QString op;
    Hlc hlc; // clock of the edit as a whole; orders deletes and inserts
    QMap<QString, FieldValue> fields;
    // For keep-both fields: the clock of the value the user was looking at when editing.
    QMap<QString, Hlc> bases;
    QMap<QString, SetElements> sets;

    const EntitySpec& spec() const { return *entitySpec(entity); }

    QJsonObject toJson() const;
    // Strict: validates the entity schema, types, lengths, ids and clocks.
    static Result<Mutation> fromJson(const QJsonObject& object, const QString& path);
};

} // namespace ll
