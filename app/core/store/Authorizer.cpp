#include "store/Authorizer.h"

#include "store/Database.h"

#include <sqlite3.h>

#include <cstring>

namespace ll {

namespace {

int authorize(void* userData, int action, const char* arg1, const char* arg2, const char*, const char*)
{
    const auto* db = static_cast<const Database*>(userData);
    switch (action) {
    case SQLITE_CREATE_VTABLE:
    case SQLITE_DROP_VTABLE:
        return db->schemaChangesAllowed() ? SQLITE_OK : SQLITE_DENY;
    case SQLITE_FUNCTION:
        // arg2 is the function name; fts3_tokenizer() can install a native function pointer.
        if (arg2 && (std::strcmp(arg2, "fts3_tokenizer") == 0 || std::strcmp(arg2, "load_extension") == 0))
            return SQLITE_DENY;
        return SQLITE_OK;
    case SQLITE_ATTACH:
    case SQLITE_DETACH:
        return SQLITE_DENY;
    case SQLITE_PRAGMA:
        // Re-keying or exporting is only done by dedicated code paths, never through ad-hoc SQL.
        if (arg1 && (std::strcmp(arg1, "rekey") == 0 || std::strcmp(arg1, "key") == 0))
            return SQLITE_DENY;
        return SQLITE_OK;
    default:
        return SQLITE_OK;
    }
}

} // namespace

void installAuthorizer(Database& db)
{
    sqlite3_set_authorizer(db.handle(), &authorize, &db);
}

} // namespace ll
