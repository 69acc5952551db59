#pragma once

#include "Result.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace ll {

// How concurrent writes to one record combine. The kind decides the merge function.
enum class EntityKind
{
    Mutable,    // scalar fields LWW per field, sets add-wins, tombstone by delete
    AppendOnly, // inserted once, never updated (follow-ups, purchases)
};

enum class FieldType
{
    String,
    Text,
    Enum,
    Int,
    Date,
    Uuid
};

enum class MergeRule
{
    Lww,      // last writer (by HLC) wins
    KeepBoth, // LWW picks the visible value; a concurrent loser is kept as a conflict
};

struct FieldSpec
{
    QString name;
    FieldType type = FieldType::String;
    MergeRule rule = MergeRule::Lww;
    qsizetype maxLen = 0;
    qint64 min = 0;
    qint64 max = 0;
    QStringList choices;
    bool required = false; // append-only inserts must carry it
};

// Add-wins set of short string elements (phones, tag ids).
struct SetSpec
{
    QString name;
    FieldType elementType = FieldType::String;
    qsizetype maxLen = 0;
};

struct EntitySpec
{
    QString name;
    EntityKind kind = EntityKind::Mutable;
    // Owned records follow a contact's owner/store; org-wide ones (tags, products) have none.
    bool ownedByContact = false; // children: visibility follows the contact in `contactId`
    bool isContact = false;
    QList<FieldSpec> fields;
    QList<SetSpec> sets;

    const FieldSpec* field(const QString& name) const;
    const SetSpec* set(const QString& name) const;
    bool orgWide() const { return !isContact && !ownedByContact; }
};

const EntitySpec* entitySpec(const QString& name);
QStringList entityNames();

// Checks one value against its spec; null clears an optional field.
Status validateFieldValue(const FieldSpec& spec, const QJsonValue& value, const QString& where);
Status validateSetElement(const SetSpec& spec, const QString& element, const QString& where);

} // namespace ll
