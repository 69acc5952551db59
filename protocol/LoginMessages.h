#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QString>

namespace ll {

// POST /v1/login body.
struct LoginRequest
{
    QString username;
    QString password;
    QString deviceId;
    QString deviceName;
    // Optional: the org id or org name the user signs in to; a user of another org gets
    // bad_credentials, so a device set up for one org cannot silently sign in to another.
    QString org;

    QJsonObject toJson() const;
    static Result<LoginRequest> fromJson(const QJsonObject& object);
};

namespace roles {
inline constexpr const char* Guide = "guide";
inline constexpr const char* Manager = "manager";
inline constexpr const char* Admin = "admin";
} // namespace roles

// Answer to login and to POST /v1/token/refresh.
struct LoginResponse
{
    QString token;
    qint64 expiresAt = 0; // ms since epoch
    QString staffId;
    QString orgId;
    QString storeId;
    QString role;
    QString displayName;

    QJsonObject toJson() const;
    static Result<LoginResponse> fromJson(const QJsonObject& object);
};

} // namespace ll
