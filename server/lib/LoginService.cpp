#include "LoginService.h"

#include "AuditLog.h"
#include "PasswordHash.h"
#include "WireError.h"

#include <QDateTime>

namespace ll::server {

Status LoginService::recordFailure(const QString& username, const QString& ip, const QString& orgId,
                                   const QString& staffId)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Failures older than the window no longer count; dropping them keeps the table small.
    LL_TRY(m_conn.run(QStringLiteral("DELETE FROM login_failures WHERE at < ?"), {now - WindowMs}));
    LL_TRY(m_conn.run(QStringLiteral("INSERT INTO login_failures (username, ip, at) VALUES (?, ?, ?)"),
                      {username, ip, now}));
    return writeAudit(m_conn,
                      AuditEntry{audit::LoginFailed, orgId, staffId, QString(), ip, wire::BadCredentials});
}

Result<bool> LoginService::belongsToOrg(const Staff& staff, const QString& org)
{
    if (org.isEmpty() || org == staff.orgId)
        return true;
    auto name = m_conn.scalar(QStringLiteral("SELECT name FROM orgs WHERE id = ?"), {staff.orgId});
    if (!name)
        return name.error();
    return name->isValid() && name->toString() == org;
}

Result<LoginResponse> LoginService::login(const LoginRequest& req, const QString& ip)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto recent =
        m_conn.scalar(QStringLiteral("SELECT COUNT(*) FROM login_failures WHERE username = ? AND ip = ? "
                                     "AND at > ?"),
                      {req.username, ip, now - WindowMs});
    if (!recent)
        return recent.error();
    Accounts accounts(m_conn);
    auto staff = accounts.findByUsername(req.username);
    if (!staff)
        return staff.error();
    const QString orgId = staff->has_value() ? (*staff)->orgId : QString();
    const QString staffId = staff->has_value() ? (*staff)->id : QString();
    if (recent->toInt() >= MaxFailures) {
        LL_TRY(
            writeAudit(m_conn, AuditEntry{audit::LoginThrottled, orgId, staffId, QString(), ip, QString()}));
        return wireError(wire::TooManyAttempts, QStringLiteral("too many failed logins; try again later"));
    }
    if (!staff->has_value()) {
        verifyAgainstDummy(req.password);
        LL_TRY(recordFailure(req.username, ip, QString(), QString()));
        return wireError(wire::BadCredentials, QStringLiteral("wrong username or password"));
    }
    const Staff& s = **staff;
    auto inOrg = belongsToOrg(s, req.org);
    if (!inOrg)
        return inOrg.error();
    // Another org's user gets the same answer as a wrong password, so the org cannot be probed.
    if (!verifyPassword(s.passwordHash, req.password) || !inOrg.value()) {
        LL_TRY(recordFailure(req.username, ip, s.orgId, s.id));
        return wireError(wire::BadCredentials, QStringLiteral("wrong username or password"));
    }
    if (!s.active())
        return wireError(wire::AccountDeparted, QStringLiteral("account disabled"));

    auto tx = Transaction::begin(m_conn);
    if (!tx)
        return tx.error();
    auto resp = Sessions(m_conn, m_tokenLifetimeMs).issue(s, req.deviceId, req.deviceName);
    if (!resp)
        return resp.error();
    LL_TRY(m_conn.run(QStringLiteral("DELETE FROM login_failures WHERE username = ? AND ip = ?"),
                      {req.username, ip}));
    LL_TRY(writeAudit(m_conn, AuditEntry{audit::LoginOk, s.orgId, s.id, req.deviceId, ip, QString()}));
    LL_TRY(tx->commit());
    return resp;
}

} // namespace ll::server
