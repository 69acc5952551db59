#include "DirectoryMessages.h"

#include "JsonInput.h"

#include <QJsonArray>

namespace ll {

namespace {

constexpr qsizetype MaxRows = 100'000;
constexpr qint64 MaxMs = (qint64(1) << 53) - 1;

QJsonValue optionalId(const QString& id)
{
    return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

} // namespace

QJsonObject Directory::toJson() const
{
    QJsonArray storeList;
    for (const DirectoryStore& s : stores)
        storeList.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("name"), s.name},
                                     {QStringLiteral("managerId"), optionalId(s.managerId)}});
    QJsonArray staffList;
    for (const DirectoryStaff& s : staff)
        staffList.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("name"), s.name},
                                     {QStringLiteral("role"), s.role},
                                     {QStringLiteral("storeId"), optionalId(s.storeId)},
                                     {QStringLiteral("status"), s.status}});
    return QJsonObject{{QStringLiteral("stores"), storeList}, {QStringLiteral("staff"), staffList}};
}

Result<Directory> Directory::fromJson(const QJsonObject& object)
{
    Directory d;
    ObjectReader r(object, QString());
    const QJsonArray storeList = r.array(QStringLiteral("stores"), MaxRows);
    const QJsonArray staffList = r.array(QStringLiteral("staff"), MaxRows);
    LL_TRY(r.finish());
    for (qsizetype i = 0; i < storeList.size(); ++i) {
        ObjectReader s(storeList.at(i).toObject(), QStringLiteral("stores[%1]").arg(i));
        DirectoryStore store{s.uuid(QStringLiteral("id")), s.string(QStringLiteral("name"), 200),
                             s.uuid(QStringLiteral("managerId"), false)};
        LL_TRY(s.finish());
        d.stores.append(store);
    }
    for (qsizetype i = 0; i < staffList.size(); ++i) {
        ObjectReader s(staffList.at(i).toObject(), QStringLiteral("staff[%1]").arg(i));
        DirectoryStaff staff{s.uuid(QStringLiteral("id")), s.string(QStringLiteral("name"), 200),
                             s.string(QStringLiteral("role"), 16), s.uuid(QStringLiteral("storeId"), false),
                             s.string(QStringLiteral("status"), 16)};
        LL_TRY(s.finish());
        d.staff.append(staff);
    }
    return d;
}

QJsonObject TeamOverview::toJson() const
{
    QJsonArray list;
    for (const GuideOverview& g : guides)
        list.append(QJsonObject{{QStringLiteral("staffId"), g.staffId},
                                {QStringLiteral("name"), g.name},
                                {QStringLiteral("storeId"), optionalId(g.storeId)},
                                {QStringLiteral("status"), g.status},
                                {QStringLiteral("customers"), g.customers},
                                {QStringLiteral("followUpsThisWeek"), g.followUpsThisWeek}});
    return QJsonObject{{QStringLiteral("weekStart"), weekStartMs}, {QStringLiteral("guides"), list}};
}

Result<TeamOverview> TeamOverview::fromJson(const QJsonObject& object)
{
    TeamOverview t;
    ObjectReader r(object, QString());
    t.weekStartMs = r.integer(QStringLiteral("weekStart"), 0, MaxMs);
    const QJsonArray list = r.array(QStringLiteral("guides"), MaxRows);
    LL_TRY(r.finish());
    for (qsizetype i = 0; i < list.size(); ++i) {
        ObjectReader g(list.at(i).toObject(), QStringLiteral("guides[%1]").arg(i));
        GuideOverview row;
        row.staffId = g.uuid(QStringLiteral("staffId"));
        row.name = g.string(QStringLiteral("name"), 200);
        row.storeId = g.uuid(QStringLiteral("storeId"), false);
        row.status = g.string(QStringLiteral("status"), 16);
        row.customers = static_cast<int>(g.integer(QStringLiteral("customers"), 0, MaxRows * 100));
        row.followUpsThisWeek =
            static_cast<int>(g.integer(QStringLiteral("followUpsThisWeek"), 0, MaxRows * 100));
        LL_TRY(g.finish());
        t.guides.append(row);
    }
    return t;
}

} // namespace ll
