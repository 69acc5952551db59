#pragma once

#include <QList>

namespace ll {

// One numbered schema step. Steps are append-only: a released step is never edited, a new one is added.
struct SchemaStep
{
    int version;
    const char* sql;
};

const QList<SchemaStep>& schemaSteps();
// Steps after version 2, each defined in its own file; an empty sql means "not added yet" and is skipped.
QList<SchemaStep> laterSchemaSteps();
int latestSchemaVersion();

} // namespace ll
