#include "PullMessages.h"

#include "EntitySchema.h"
#include "JsonInput.h"
#include "WireError.h"
#include "WireLimits.h"

#include <QJsonArray>

namespace ll {

namespace {
QJsonValue optionalId(const QString& id)
{
    return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}
} // namespace

QJsonObject Change::toJson() const
{
    return QJsonObject{{QStringLiteral("seq"), seq},
                       {QStringLiteral("entity"), entity},
                       {QStringLiteral("recordId"), recordId},
                       {QStringLiteral("ownerId"), optionalId(ownerId)},
                       {QStringLiteral("storeId"), optionalId(storeId)},
                       {QStringLiteral("parentId"), optionalId(parentId)},
                       {QStringLiteral("deleted"), deleted},
                       {QStringLiteral("fields"), state.fieldsJson()},
                       {QStringLiteral("sets"), state.setsJson()},
                       {QStringLiteral("conflicts"), state.conflictsJson()}};
}

Result<Change> Change::fromJson(const QJsonObject& object, const QString& path)
{
    Change c;
    ObjectReader r(object, path);
    c.seq = r.integer(QStringLiteral("seq"), 1, (qint64(1) << 53) - 1);
    c.entity = r.string(QStringLiteral("entity"), 32);
    c.recordId = r.uuid(QStringLiteral("recordId"));
    c.ownerId = r.uuid(QStringLiteral("ownerId"), false);
    c.storeId = r.uuid(QStringLiteral("storeId"), false);
    c.parentId = r.uuid(QStringLiteral("parentId"), false);
    c.deleted = r.boolean(QStringLiteral("deleted"));
    const QJsonObject fields = r.object(QStringLiteral("fields"));
    const QJsonObject sets = r.object(QStringLiteral("sets"));
    const QJsonArray conflicts = r.array(QStringLiteral("conflicts"), 10'000);
    LL_TRY(r.finish());
    if (!entitySpec(c.entity))
        return wireError(wire::InvalidValue, path + QStringLiteral(".entity unknown"));
    auto state = RecordState::fromParts(fields, sets, conflicts);
    if (!state)
        return state.error();
    c.state = std::move(state).value();
    return c;
}

QJsonObject PullResponse::toJson() const
{
    QJsonArray list;
    for (const auto& c : changes)
        list.append(c.toJson());
    return QJsonObject{{QStringLiteral("changes"), list},
                       {QStringLiteral("revokes"), QJsonArray::fromStringList(revokes)},
                       {QStringLiteral("nextCursor"), nextCursor},
                       {QStringLiteral("hasMore"), hasMore},
                       {QStringLiteral("wipe"), wipe}};
}

Result<PullResponse> PullResponse::fromJson(const QJsonObject& object)
{
    PullResponse resp;
    ObjectReader r(object, QString());
    const QJsonArray list = r.array(QStringLiteral("changes"), limits::MaxPullLimit);
    const QJsonArray revokes = r.array(QStringLiteral("revokes"), limits::MaxPullLimit);
    resp.nextCursor = r.integer(QStringLiteral("nextCursor"), 0, (qint64(1) << 53) - 1);
    resp.hasMore = r.boolean(QStringLiteral("hasMore"));
    resp.wipe = r.boolean(QStringLiteral("wipe"));
    LL_TRY(r.finish());
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto c = Change::fromJson(list.at(i).toObject(), QStringLiteral("changes[%1]").arg(i));
        if (!c)
            return c.error();
        resp.changes.append(std::move(c).value());
    }
    for (const QJsonValue& v : revokes) {
        if (!v.isString() || !isUuid(v.toString()))
            return wireError(wire::InvalidValue, QStringLiteral("revokes"));
        resp.revokes.append(v.toString());
    }
    return resp;
}

} // namespace ll
