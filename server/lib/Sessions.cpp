#include "Sessions.h"

#include "AuditLog.h"
#include "Tokens.h"
#include "WireError.h"

#include <QDateTime>

namespace ll::server {

Result<LoginResponse> Sessions::issue(const Staff& staff, const QString& deviceId, const QString& deviceName)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString token = mintToken();
    LoginResponse resp{token,         now + m_lifetimeMs, staff.id,         staff.orgId,
                       staff.storeId, staff.role,         staff.displayName};
    LL_TRY(
        m_conn.run(QStringLiteral("INSERT INTO device_tokens (token_hash, staff_id, device_id, device_name, "
                                  "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)"),
                   {tokenHash(token), staff.id, deviceId,
                    deviceName.isEmpty() ? QVariant() : QVariant(deviceName), now, resp.expiresAt}));
    return resp;
}

Result<Principal> Sessions::authenticate(const QString& bearerToken)
{
    if (bearerToken.isEmpty() || bearerToken.size() > 128)
        return wireError(wire::Unauthorized, QStringLiteral("missing or malformed bearer token"));
    const QString hash = tokenHash(bearerToken);
    auto q =
        m_conn.exec(QStringLiteral("SELECT t.staff_id, t.device_id, t.expires_at, t.revoked_at, s.org_id, "
                                   "s.store_id, s.role, s.status FROM device_tokens t JOIN staff s ON "
                                   "s.id = t.staff_id WHERE t.token_hash = ?"),
                    {hash});
    if (!q)
        return q.error();
    if (!q->next())
        return wireError(wire::Unauthorized, QStringLiteral("unknown token"));
    // Departure is checked before revocation: departure revokes tokens, but those devices must
    // still learn that they have to wipe.
    if (q->value(7).toString() != QLatin1String("active"))
        return wireError(wire::AccountDeparted, QStringLiteral("account disabled"));
    if (!q->value(3).isNull())
        return wireError(wire::TokenRevoked, QStringLiteral("token revoked"));
    if (q->value(2).toLongLong() < QDateTime::currentMSecsSinceEpoch())
        return wireError(wire::TokenExpired, QStringLiteral("token expired; log in again"));
    return Principal{q->value(0).toString(), q->value(4).toString(), q->value(5).toString(),
                     q->value(6).toString(), q->value(1).toString(), hash};
}

Result<LoginResponse> Sessions::refresh(const Principal& p)
{
    auto tx = Transaction::begin(m_conn);
    if (!tx)
        return tx.error();
    auto staff = Accounts(m_conn).findById(p.staffId);
    if (!staff)
        return staff.error();
    if (!staff->has_value())
        return wireError(wire::Unauthorized, QStringLiteral("unknown staff"));
    auto device = m_conn.scalar(QStringLiteral("SELECT device_name FROM device_tokens WHERE token_hash = ?"),
                                {p.tokenHash});
    if (!device)
        return device.error();
    LL_TRY(revoke(p));
    auto resp = issue(**staff, p.deviceId, device->toString());
    if (!resp)
        return resp.error();
    LL_TRY(writeAudit(
        m_conn, AuditEntry{audit::TokenRefreshed, p.orgId, p.staffId, p.deviceId, QString(), QString()}));
    LL_TRY(tx->commit());
    return resp;
}

Status Sessions::revoke(const Principal& p)
{
    return m_conn.run(QStringLiteral("UPDATE device_tokens SET revoked_at = ? WHERE token_hash = ?"),
                      {QDateTime::currentMSecsSinceEpoch(), p.tokenHash});
}

} // namespace ll::server
