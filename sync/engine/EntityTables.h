#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVariant>

namespace ll::sync {

// How a wire field is stored in a local column (the inverse of what the core repositories write).
enum class ColumnForm
{
    Plain,       // strings, integers; null → ''
    Bool,        // true/false → 1/0
    CommaList,   // JSON array ↔ "a,b,c" (reminder rule scopes)
    NewlineList, // JSON array ↔ "a\nb" (script and material tags)
};

struct ColumnMap
{
    const char* wire;
    const char* column;
    ColumnForm form = ColumnForm::Plain;
};

// A mutable entity stored in one table with `id`, `deleted`, `clocks` and (optionally) insert defaults.
struct MutableTable
{
    const char* entity;
    const char* table;
    QList<ColumnMap> columns;
    QList<QPair<const char*, QVariant>> insertDefaults; // NOT NULL columns without a SQL default
    bool hasDeleted = true;
};

// nullptr when the entity is not stored as a plain mutable table (contact_field, append-only, …).
const MutableTable* mutableTable(const QString& entity);
QVariant columnValue(const QJsonValue& value, ColumnForm form);

// Pull order inside a page: records others refer to first (tags before contacts, contacts before children).
int applyRank(const QString& entity);

} // namespace ll::sync
