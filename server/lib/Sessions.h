#pragma once

#include "Accounts.h"
#include "LoginMessages.h"

namespace ll::server {

// Who is calling: resolved from a device token on every request (nothing cached in memory,
// so any server process can serve any request).
struct Principal
{
    QString staffId;
    QString orgId;
    QString storeId;
    QString role;
    QString deviceId;
    QString tokenHash;

    bool isAdmin() const { return role == QLatin1String(roles::Admin); }
    bool isManager() const { return role == QLatin1String(roles::Manager); }
    bool isGuide() const { return role == QLatin1String(roles::Guide); }
};

class Sessions
{
public:
    static constexpr qint64 DefaultLifetimeMs = 30LL * 24 * 3600 * 1000;

    explicit Sessions(SqlConnection& conn, qint64 lifetimeMs = DefaultLifetimeMs)
        : m_conn(conn)
        , m_lifetimeMs(lifetimeMs)
    {}

    Result<LoginResponse> issue(const Staff& staff, const QString& deviceId, const QString& deviceName);
    // Errors carry wire codes: unauthorized, token_expired, token_revoked, account_departed.
    Result<Principal> authenticate(const QString& bearerToken);
    // Replaces the caller's token with a fresh one; the old one stops working.
    Result<LoginResponse> refresh(const Principal& principal);
    Status revoke(const Principal& principal);

private:
    SqlConnection& m_conn;
    qint64 m_lifetimeMs;
};

} // namespace ll::server
