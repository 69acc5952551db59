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
    AppendOnly, // inserted once, never updated (follow-ups, purchases, usage logs)
};

// Who may see and write a record; the server decides every push and pull by this class.
enum class Ownership
{
    Contact,        // owned by a staff member: guide own, manager store, admin org
    ContactChild,   // follows the contact named in its `contactId` field
    OrgWide,        // the whole org reads, managers and admins write
    TeamOrPersonal, // `ownerId` "" = team (like OrgWide), otherwise personal to that staff member
    StaffLog,       // append-only log owned by the staff member who pushed it
};

enum class FieldType
{
    String,
    Text,
    Enum,
    Int,
    Date,
    Uuid,
    Bool,
    Sha256,     // 64 lowercase hex digits (a blob id)
    StringList, // JSON array of strings; elements checked by `element`
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
    qsizetype maxLen = 0; // characters (strings) or elements (StringList)
    qint64 min = 0;
    qint64 max = 0;
    QStringList choices;
    bool required = false;   // must be present and not "" on insert (append-only) / first write
    bool serverOnly = false; // written by the server alone (transfers); a push naming it is refused
    // StringList: the type and length cap of each element (String, Uuid or Enum with `choices`).
    FieldType element = FieldType::String;
    qsizetype elementMaxLen = 0;
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
    Ownership ownership = Ownership::OrgWide;
    QList<FieldSpec> fields;
    QList<SetSpec> sets;

    const FieldSpec* field(const QString& name) const;
    const SetSpec* set(const QString& name) const;
    // Append-only contact children (follow-ups, purchases) may change their contact with op "move".
    bool movable() const { return kind == EntityKind::AppendOnly && ownership == Ownership::ContactChild; }
};

const EntitySpec* entitySpec(const QString& name);
QStringList entityNames();

// Checks one value against its spec. "" (and null) clears an optional string-typed field.
Status validateFieldValue(const FieldSpec& spec, const QJsonValue& value, const QString& where);
Status validateSetElement(const SetSpec& spec, const QString& element, const QString& where);

// The wire record id of a contact's custom field: a name-based (v5) UUID of "<contactId>/<name>"
// in a fixed namespace, lowercase, so every device derives the same id for the same field.
QString contactFieldRecordId(const QString& contactId, const QString& name);

} // namespace ll
