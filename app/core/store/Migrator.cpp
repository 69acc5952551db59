#include "store/Migrator.h"

#include "store/Database.h"
#include "store/Schema.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace ll {

Result<int> Migrator::currentVersion(Database& db)
{
    Statement st(db, "PRAGMA user_version");
    auto row = st.step();
    if (!row.ok())
        return row.error();
    return st.integer(0);
}

Status Migrator::migrate(Database& db, int target)
{
    if (target < 0)
        target = latestSchemaVersion();
    auto current = currentVersion(db);
    if (!current.ok())
        return current.error();
    if (current.value() > latestSchemaVersion())
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("ll::Migrator",
                                                     "The store was written by a newer Liuliang (schema %1); "
                                                     "please update the application.")
                             .arg(current.value()));
    for (const SchemaStep& step : schemaSteps()) {
        if (step.version <= current.value() || step.version > target)
            continue;
        Transaction tx(db);
        LL_TRY(tx.beginStatus());
        db.setSchemaChangesAllowed(true);
        Status applied = db.exec(step.sql);
        if (applied.ok())
            applied = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version));
        db.setSchemaChangesAllowed(false);
        LL_TRY(applied);
        LL_TRY(tx.commit());
    }
    return {};
}

} // namespace ll
