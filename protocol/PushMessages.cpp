#include "PushMessages.h"

#include "JsonInput.h"
#include "WireError.h"
#include "WireLimits.h"

#include <QJsonArray>

namespace ll {

QJsonObject PushRequest::toJson() const
{
    QJsonArray list;
    for (const auto& m : mutations)
        list.append(m.toJson());
    return QJsonObject{{QStringLiteral("deviceId"), deviceId}, {QStringLiteral("mutations"), list}};
}

Result<PushRequest> PushRequest::fromJson(const QJsonObject& object)
{
    PushRequest req;
    ObjectReader r(object, QString());
    req.deviceId = r.string(QStringLiteral("deviceId"), 64);
    const QJsonArray list = r.array(QStringLiteral("mutations"), limits::MaxMutationsPerPush);
    LL_TRY(r.finish());
    if (!isValidDeviceId(req.deviceId))
        return wireError(wire::InvalidValue, QStringLiteral("deviceId"));
    req.mutations.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("mutations[%1]").arg(i);
        if (!list.at(i).isObject())
            return wireError(wire::WrongType, path + QStringLiteral(" must be an object"));
        auto m = Mutation::fromJson(list.at(i).toObject(), path);
        if (!m)
            return m.error();
        req.mutations.append(std::move(m).value());
    }
    return req;
}

QJsonObject PushResponse::toJson() const
{
    QJsonArray list;
    for (const auto& r : results) {
        QJsonObject o{{QStringLiteral("mutationId"), r.mutationId}, {QStringLiteral("status"), r.status}};
        if (!r.code.isEmpty())
            o.insert(QStringLiteral("code"), r.code);
        list.append(o);
    }
    return QJsonObject{{QStringLiteral("results"), list}};
}

Result<PushResponse> PushResponse::fromJson(const QJsonObject& object)
{
    PushResponse resp;
    ObjectReader r(object, QString());
    const QJsonArray list = r.array(QStringLiteral("results"), limits::MaxMutationsPerPush);
    LL_TRY(r.finish());
    for (qsizetype i = 0; i < list.size(); ++i) {
        ObjectReader item(list.at(i).toObject(), QStringLiteral("results[%1]").arg(i));
        PushResult res;
        res.mutationId = item.integer(QStringLiteral("mutationId"), 1, (qint64(1) << 53) - 1);
        res.status = item.string(QStringLiteral("status"), 16);
        res.code = item.string(QStringLiteral("code"), 64, false);
        LL_TRY(item.finish());
        if (res.status != QLatin1String(pushStatus::Applied) &&
            res.status != QLatin1String(pushStatus::Duplicate) &&
            res.status != QLatin1String(pushStatus::Rejected))
            return wireError(wire::InvalidValue, QStringLiteral("results[%1].status").arg(i));
        resp.results.append(res);
    }
    return resp;
}

} // namespace ll
