#include "store/Schema.h"

namespace ll {

// Defined in SchemaV3.cpp (sync: conflicts, cursor, pending blobs) and SchemaV4.cpp (performance indexes).
extern const char kSchemaV3[];
extern const char kSchemaV4[];
extern const char kSchemaV5[]; // SchemaV5.cpp: the take-over marker on contacts
extern const char kSchemaV6[]; // SchemaV6.cpp: holiday and dormant reminders computed on read
extern const char kSchemaV7[]; // SchemaV7.cpp: covering indexes for the reminder recompute's scans
extern const char kSchemaV8[]; // SchemaV8.cpp: `create` outbox rows and compact clocks (older builds refuse)
extern const char kSchemaV9[]; // SchemaV9.cpp: the search index moves to its own file (search.db)

QList<SchemaStep> laterSchemaSteps()
{
    return {{3, kSchemaV3}, {4, kSchemaV4}, {5, kSchemaV5}, {6, kSchemaV6},
            {7, kSchemaV7}, {8, kSchemaV8}, {9, kSchemaV9}};
}

} // namespace ll
