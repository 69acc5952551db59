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
int latestSchemaVersion();

} // namespace ll
