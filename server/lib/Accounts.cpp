#include "Accounts.h"

#include "AuditLog.h"
#include "LoginMessages.h"
#include "PasswordHash.h"
#include "Tokens.h"

#include <QDateTime>
#include <QRegularExpression>

namespace ll::server {

namespace {
qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool validName(const QString& s)
{
    return !s.trimmed().isEmpty() && s.size() <= 200;
}
} // namespace

Result<QString> Accounts::createOrg(const QString& name)
{
    if (!validName(name))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("org name must be 1-200 characters"));
    const QString id = newId();
    auto tx = Transaction::begin(m_conn);
    if (!tx)
        return tx.error();
    LL_TRY(m_conn.run(QStringLiteral("INSERT INTO orgs (id, name, created_at) VALUES (?, ?, ?)"),
                      {id, name, now()}));
    LL_TRY(m_conn.run(QStringLiteral("INSERT INTO org_counters (org_id, seq) VALUES (?, 0)"), {id}));
    LL_TRY(tx->commit());
    return id;
}

Result<QString> Accounts::createStore(const QString& orgId, const QString& name)
{
    if (!validName(name))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("store name must be 1-200 characters"));
    auto org = m_conn.scalar(QStringLiteral("SELECT COUNT(*) FROM orgs WHERE id = ?"), {orgId});
    if (!org)
        return org.error();
    if (org->toInt() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("no such org"));
    const QString id = newId();
    LL_TRY(m_conn.run(QStringLiteral("INSERT INTO stores (id, org_id, name, created_at) VALUES (?, ?, ?, ?)"),
                      {id, orgId, name, now()}));
    return id;
}

Result<QString> Accounts::createStaff(const QString& orgId, const QString& storeId, const QString& username,
                                      const QString& displayName, const QString& role,
                                      const QString& password)
{
    static const QRegularExpression userRe(QStringLiteral("^[A-Za-z0-9._@-]{3,64}$"));
    if (!userRe.match(username).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("username must be 3-64 of A-Z a-z 0-9 . _ @ -"));
    if (!validName(displayName))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("display name must be 1-200 characters"));
    if (role != QLatin1String(roles::Guide) && role != QLatin1String(roles::Manager) &&
        role != QLatin1String(roles::Admin))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("role must be guide, manager or admin"));
    if (storeId.isEmpty() && role != QLatin1String(roles::Admin))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("guides and managers need --store"));
    auto hash = hashPassword(password);
    if (!hash)
        return hash.error();

    auto tx = Transaction::begin(m_conn);
    if (!tx)
        return tx.error();
    if (!storeId.isEmpty()) {
        auto store = m_conn.scalar(QStringLiteral("SELECT COUNT(*) FROM stores WHERE id = ? AND org_id = ?"),
                                   {storeId, orgId});
        if (!store)
            return store.error();
        if (store->toInt() == 0)
            return makeError(ErrorCode::NotFound, QStringLiteral("no such store in this org"));
    }
    auto taken = m_conn.scalar(QStringLiteral("SELECT COUNT(*) FROM staff WHERE username = ?"), {username});
    if (!taken)
        return taken.error();
    if (taken->toInt() > 0)
        return makeError(ErrorCode::AlreadyExists, QStringLiteral("username already taken"));
    const QString id = newId();
    LL_TRY(m_conn.run(
        QStringLiteral("INSERT INTO staff (id, org_id, store_id, username, display_name, role, status, "
                       "password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, 'active', ?, ?)"),
        {id, orgId, storeId.isEmpty() ? QVariant() : QVariant(storeId), username, displayName, role,
         hash.value(), now()}));
    if (role == QLatin1String(roles::Manager))
        LL_TRY(
            m_conn.run(QStringLiteral("UPDATE stores SET manager_id = ? WHERE id = ? AND manager_id IS NULL"),
                       {id, storeId}));
    LL_TRY(writeAudit(m_conn, AuditEntry{audit::StaffCreated, orgId, id, id, QString(), role}));
    LL_TRY(tx->commit());
    return id;
}

Status Accounts::depart(const QString& staffId)
{
    auto tx = Transaction::begin(m_conn);
    if (!tx)
        return tx.error();
    auto staff = findById(staffId);
    if (!staff)
        return staff.error();
    if (!staff->has_value())
        return makeError(ErrorCode::NotFound, QStringLiteral("no such staff"));
    const qint64 t = now();
    LL_TRY(m_conn.run(QStringLiteral("UPDATE staff SET status = 'departed', departed_at = ? WHERE id = ?"),
                      {t, staffId}));
    LL_TRY(m_conn.run(
        QStringLiteral("UPDATE device_tokens SET revoked_at = ? WHERE staff_id = ? AND revoked_at IS NULL"),
        {t, staffId}));
    LL_TRY(writeAudit(m_conn,
                      AuditEntry{audit::Departed, (*staff)->orgId, staffId, staffId, QString(), QString()}));
    return tx->commit();
}

Status Accounts::resetPassword(const QString& staffId, const QString& password)
{
    auto hash = hashPassword(password);
    if (!hash)
        return hash.error();
    auto tx = Transaction::begin(m_conn);
    if (!tx)
        return tx.error();
    auto staff = findById(staffId);
    if (!staff)
        return staff.error();
    if (!staff->has_value())
        return makeError(ErrorCode::NotFound, QStringLiteral("no such staff"));
    LL_TRY(m_conn.run(QStringLiteral("UPDATE staff SET password_hash = ? WHERE id = ?"),
                      {hash.value(), staffId}));
    // A reset usually means the old password leaked: sessions opened with it end too.
    LL_TRY(m_conn.run(
        QStringLiteral("UPDATE device_tokens SET revoked_at = ? WHERE staff_id = ? AND revoked_at IS NULL"),
        {now(), staffId}));
    LL_TRY(writeAudit(
        m_conn, AuditEntry{audit::PasswordReset, (*staff)->orgId, staffId, staffId, QString(), QString()}));
    return tx->commit();
}

Result<std::optional<Staff>> Accounts::findByUsername(const QString& username)
{
    return findWhere(QStringLiteral("username"), username);
}

Result<std::optional<Staff>> Accounts::findById(const QString& staffId)
{
    return findWhere(QStringLiteral("id"), staffId);
}

Result<std::optional<Staff>> Accounts::findWhere(const QString& column, const QString& value)
{
    auto q = m_conn.exec(QStringLiteral("SELECT id, org_id, store_id, username, display_name, role, status, "
                                        "password_hash FROM staff WHERE %1 = ?")
                             .arg(column),
                         {value});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Staff>();
    return std::optional<Staff>(Staff{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                                      q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                                      q->value(6).toString(), q->value(7).toString()});
}

} // namespace ll::server
