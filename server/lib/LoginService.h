#pragma once

#include "Sessions.h"

namespace ll::server {

// POST /v1/login: password check with throttling per (username, client IP), kept in the
// database so every server process sees the same failure count.
class LoginService
{
public:
    static constexpr int MaxFailures = 5;
    static constexpr qint64 WindowMs = 15LL * 60 * 1000;

    LoginService(SqlConnection& conn, qint64 tokenLifetimeMs)
        : m_conn(conn)
        , m_tokenLifetimeMs(tokenLifetimeMs)
    {}

    // Errors: bad_credentials (also when `org` is given and is neither the user's org id nor its
    // name), too_many_attempts, account_departed (+ validation codes).
    Result<LoginResponse> login(const LoginRequest& request, const QString& clientIp);

private:
    Result<bool> belongsToOrg(const Staff& staff, const QString& org);
    Status recordFailure(const QString& username, const QString& ip, const QString& orgId,
                         const QString& staffId);
    SqlConnection& m_conn;
    qint64 m_tokenLifetimeMs;
};

} // namespace ll::server
