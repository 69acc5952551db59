#include "LoginMessages.h"

#include "Hlc.h"
#include "JsonInput.h"
#include "WireError.h"
#include "WireLimits.h"

namespace ll {

QJsonObject LoginRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("username"), username},
                  {QStringLiteral("password"), password},
                  {QStringLiteral("deviceId"), deviceId}};
    if (!deviceName.isEmpty())
        o.insert(QStringLiteral("deviceName"), deviceName);
    if (!org.isEmpty())
        o.insert(QStringLiteral("org"), org);
    return o;
}

Result<LoginRequest> LoginRequest::fromJson(const QJsonObject& object)
{
    LoginRequest req;
    ObjectReader r(object, QString());
    req.username = r.string(QStringLiteral("username"), 64);
    req.password = r.string(QStringLiteral("password"), 1024);
    req.deviceId = r.string(QStringLiteral("deviceId"), 64);
    req.deviceName = r.string(QStringLiteral("deviceName"), limits::MaxShortString, false);
    req.org = r.string(QStringLiteral("org"), limits::MaxShortString, false).trimmed();
    LL_TRY(r.finish());
    if (req.username.isEmpty() || req.password.isEmpty())
        return wireError(wire::MissingField, QStringLiteral("username/password"));
    if (!isValidDeviceId(req.deviceId))
        return wireError(wire::InvalidValue, QStringLiteral("deviceId"));
    return req;
}

QJsonObject LoginResponse::toJson() const
{
    return QJsonObject{{QStringLiteral("token"), token},
                       {QStringLiteral("expiresAt"), expiresAt},
                       {QStringLiteral("staffId"), staffId},
                       {QStringLiteral("orgId"), orgId},
                       {QStringLiteral("storeId"), storeId.isEmpty() ? QJsonValue() : QJsonValue(storeId)},
                       {QStringLiteral("role"), role},
                       {QStringLiteral("displayName"), displayName}};
}

Result<LoginResponse> LoginResponse::fromJson(const QJsonObject& object)
{
    LoginResponse resp;
    ObjectReader r(object, QString());
    resp.token = r.string(QStringLiteral("token"), 128);
    resp.expiresAt = r.integer(QStringLiteral("expiresAt"), 0, (qint64(1) << 53) - 1);
    resp.staffId = r.uuid(QStringLiteral("staffId"));
    resp.orgId = r.uuid(QStringLiteral("orgId"));
    resp.storeId = r.uuid(QStringLiteral("storeId"), false);
    resp.role = r.string(QStringLiteral("role"), 16);
    resp.displayName = r.string(QStringLiteral("displayName"), limits::MaxShortString);
    LL_TRY(r.finish());
    return resp;
}

} // namespace ll
