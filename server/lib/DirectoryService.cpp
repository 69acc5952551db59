#include "DirectoryService.h"

#include "TransferStore.h"
#include "WireError.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

namespace ll::server {

qint64 DirectoryService::weekStart(qint64 nowMs)
{
    QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
    if (!zone.isValid())
        zone = QTimeZone(8 * 3600); // China has had no DST since 1991: a fixed offset is the same
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    return QDateTime(monday, QTime(0, 0), zone).toMSecsSinceEpoch();
}

Result<Directory> DirectoryService::directory(const Principal& p)
{
    Directory d;
    auto stores =
        m_conn.exec(QStringLiteral("SELECT id, name, manager_id FROM stores WHERE org_id = ? ORDER BY "
                                   "name, id"),
                    {p.orgId});
    if (!stores)
        return stores.error();
    while (stores->next())
        d.stores.append(DirectoryStore{stores->value(0).toString(), stores->value(1).toString(),
                                       stores->value(2).toString()});
    auto staff = TransferStore(m_conn).staffOfOrg(p.orgId);
    if (!staff)
        return staff.error();
    for (const Staff& s : staff.value())
        d.staff.append(DirectoryStaff{s.id, s.displayName, s.role, s.storeId, s.status});
    return d;
}

Result<TeamOverview> DirectoryService::teamOverview(const Principal& p, qint64 nowMs)
{
    if (p.isGuide())
        return wireError(wire::Forbidden, QStringLiteral("team overview is for managers and admins"));
    TeamOverview t;
    t.weekStartMs = weekStart(nowMs);
    auto staff = TransferStore(m_conn).staffOfOrg(p.orgId);
    if (!staff)
        return staff.error();
    QHash<QString, qsizetype> index;
    for (const Staff& s : staff.value()) {
        if (s.role != QLatin1String(roles::Guide) || (p.isManager() && s.storeId != p.storeId))
            continue;
        index.insert(s.id, t.guides.size());
        t.guides.append(GuideOverview{s.id, s.displayName, s.storeId, s.status, 0, 0});
    }
    auto counts = m_conn.exec(QStringLiteral("SELECT owner_id, COUNT(*) FROM records WHERE org_id = ? AND "
                                             "entity = 'contact' AND deleted = 0 GROUP BY owner_id"),
                              {p.orgId});
    if (!counts)
        return counts.error();
    while (counts->next())
        if (auto it = index.constFind(counts->value(0).toString()); it != index.constEnd())
            t.guides[it.value()].customers = counts->value(1).toInt();

    // happenedAt lives in the JSON state; a follow-up reaches the server no earlier than it
    // happened (less the allowed clock skew), so updated_at narrows the scan first.
    constexpr qint64 SkewMs = 60LL * 60 * 1000;
    auto followUps = m_conn.exec(QStringLiteral("SELECT owner_id, state FROM records WHERE org_id = ? AND "
                                                "entity = 'followup' AND deleted = 0 AND updated_at >= ?"),
                                 {p.orgId, t.weekStartMs - SkewMs});
    if (!followUps)
        return followUps.error();
    while (followUps->next()) {
        const QJsonObject fields = QJsonDocument::fromJson(followUps->value(1).toString().toUtf8())
                                       .object()
                                       .value(QStringLiteral("fields"))
                                       .toObject();
        QJsonValue at = fields.value(QStringLiteral("happenedAt")).toObject().value(QStringLiteral("value"));
        if (!at.isDouble())
            at = fields.value(QStringLiteral("at")).toObject().value(QStringLiteral("value"));
        const qint64 ms = static_cast<qint64>(at.toDouble());
        if (!at.isDouble() || ms < t.weekStartMs || ms > nowMs + SkewMs)
            continue;
        // Credited to who wrote it when the record says so, else to the contact's owner.
        QString who =
            fields.value(QStringLiteral("staffId")).toObject().value(QStringLiteral("value")).toString();
        if (who.isEmpty())
            who = followUps->value(0).toString();
        if (auto it = index.constFind(who); it != index.constEnd())
            ++t.guides[it.value()].followUpsThisWeek;
    }
    return t;
}

} // namespace ll::server
