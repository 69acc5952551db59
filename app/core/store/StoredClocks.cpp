#include "store/StoredClocks.h"

#include "store/Database.h"
#include "store/Statement.h"

#include <QByteArray>

namespace ll {

Result<QString> storedClocks(Database& db, const char* table, qint64 rowId)
{
    const QByteArray sql = QByteArray("SELECT clocks FROM ") + table + " WHERE rowid = ?";
    Statement& clocks = db.cached(sql.constData());
    clocks.bind(1, rowId);
    auto row = clocks.step();
    if (!row.ok())
        return row.error();
    const QString text = row.value() ? clocks.text(0) : QString();
    clocks.reset();
    return text;
}

} // namespace ll
