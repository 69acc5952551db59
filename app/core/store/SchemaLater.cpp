#include "store/Schema.h"

namespace ll {

// Defined in SchemaV3.cpp (sync: conflicts, cursor, pending blobs) and SchemaV4.cpp (performance indexes).
extern const char kSchemaV3[];
extern const char kSchemaV4[];

QList<SchemaStep> laterSchemaSteps()
{
    return {{3, kSchemaV3}, {4, kSchemaV4}};
}

} // namespace ll
