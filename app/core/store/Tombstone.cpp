#include "store/Tombstone.h"

#include "store/Statement.h"
#include "store/Store.h"

#include <QByteArray>
#include <QJsonObject>

namespace ll {

Status queueTombstone(Store& store, const QString& entity, const QString& id)
{
    return store.appendOutbox(entity, id, QStringLiteral("delete"),
                              QJsonObject{{QStringLiteral("c"), store.tick()}});
}

Status markDeleted(Store& store, const char* table, qint64 rowId, const QString& id)
{
    const QByteArray sql = QByteArray("UPDATE ") + table + " SET deleted = 1 WHERE rowid = ?";
    Statement& del = store.db().cached(sql.constData());
    del.bind(1, rowId);
    LL_TRY(del.exec());
    return queueTombstone(store, QString::fromLatin1(table), id);
}

} // namespace ll
