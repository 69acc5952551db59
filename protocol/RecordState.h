#pragma once

#include "Hlc.h"

#include <QJsonObject>
#include <QMap>

#include <optional>

namespace ll {

// One element of an add-wins set: present when it was added at or after its last removal.
struct SetElement
{
    std::optional<Hlc> added;
    std::optional<Hlc> removed;

    bool present() const { return added && (!removed || *added >= *removed); }
    bool operator==(const SetElement&) const = default;
};

using SetElements = QMap<QString, SetElement>;

// A value that lost a concurrent edit of a keep-both field (notes); surfaced to the user.
struct Conflict
{
    QString field;
    QJsonValue value;
    Hlc hlc;
    bool operator==(const Conflict&) const = default;
};

// The mergeable content of one record: what the server stores and what a change carries.
struct RecordState
{
    QMap<QString, FieldValue> fields;
    QMap<QString, SetElements> sets;
    QList<Conflict> conflicts;

    QJsonObject fieldsJson() const;
    QJsonObject setsJson() const;
    QJsonArray conflictsJson() const;
    // {"fields":{...},"sets":{...},"conflicts":[...]}
    QJsonObject toJson() const;
    static Result<RecordState> fromJson(const QJsonObject& object);
    // The same from the three members already taken apart (a change carries them inline).
    static Result<RecordState> fromParts(const QJsonObject& fields, const QJsonObject& sets,
                                         const QJsonArray& conflicts);
};

// Shared by mutations and changes: {"<name>": {"value": v, "hlc": "..."}}.
QJsonObject fieldValueJson(const FieldValue& fv);
QJsonObject setElementJson(const SetElement& e);
Result<SetElement> parseSetElement(const QJsonObject& object, const QString& where);
Result<Hlc> parseHlcField(const QJsonValue& value, const QString& where);

} // namespace ll
