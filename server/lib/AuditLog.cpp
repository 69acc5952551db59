#include "AuditLog.h"

#include "Tokens.h"

#include <QDateTime>

namespace ll::server {

namespace {
QVariant orNull(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
} // namespace

Status writeAudit(SqlConnection& conn, const AuditEntry& e)
{
    return conn.run(
        QStringLiteral("INSERT INTO audit_log (id, at, org_id, staff_id, event, target, ip, detail) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {newId(), QDateTime::currentMSecsSinceEpoch(), orNull(e.orgId), orNull(e.staffId), e.event,
         orNull(e.target), orNull(e.ip), orNull(e.detail)});
}

Result<QList<QJsonObject>> readAudit(SqlConnection& conn, const QString& orgId, int limit)
{
    const QString where = orgId.isEmpty() ? QString() : QStringLiteral(" WHERE org_id = ?");
    QVariantList binds;
    if (!orgId.isEmpty())
        binds << orgId;
    binds << limit;
    auto q =
        conn.exec(QStringLiteral("SELECT at, event, org_id, staff_id, target, ip, detail FROM audit_log%1 "
                                 "ORDER BY at DESC LIMIT ?")
                      .arg(where),
                  binds);
    if (!q)
        return q.error();
    QList<QJsonObject> rows;
    while (q->next()) {
        QJsonObject row{{QStringLiteral("at"), q->value(0).toLongLong()},
                        {QStringLiteral("event"), q->value(1).toString()}};
        const char* optional[] = {"orgId", "staffId", "target", "ip", "detail"};
        for (int i = 0; i < 5; ++i)
            if (!q->value(i + 2).isNull())
                row.insert(QString::fromLatin1(optional[i]), q->value(i + 2).toString());
        rows.append(row);
    }
    return rows;
}

} // namespace ll::server
