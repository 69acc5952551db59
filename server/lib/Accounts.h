#pragma once

#include "SqlConnection.h"

#include <optional>

namespace ll::server {

struct Staff
{
    QString id;
    QString orgId;
    QString storeId; // empty for an org-level admin
    QString username;
    QString displayName;
    QString role;
    QString status; // "active" or "departed"
    QString passwordHash;

    bool active() const { return status == QLatin1String("active"); }
};

// Orgs, stores and staff: what `liuliang-server admin` manages.
class Accounts
{
public:
    explicit Accounts(SqlConnection& conn)
        : m_conn(conn)
    {}

    Result<QString> createOrg(const QString& name);
    Result<QString> createStore(const QString& orgId, const QString& name);
    // A manager created for a store without one becomes that store's manager.
    Result<QString> createStaff(const QString& orgId, const QString& storeId, const QString& username,
                                const QString& displayName, const QString& role, const QString& password);
    // Marks the staff member departed and revokes every device token in the same transaction.
    Status depart(const QString& staffId);
    Status resetPassword(const QString& staffId, const QString& password);

    Result<std::optional<Staff>> findByUsername(const QString& username);
    Result<std::optional<Staff>> findById(const QString& staffId);

private:
    Result<std::optional<Staff>> findWhere(const QString& column, const QString& value);
    SqlConnection& m_conn;
};

} // namespace ll::server
