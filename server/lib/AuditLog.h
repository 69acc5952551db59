#pragma once

#include "SqlConnection.h"

#include <QJsonObject>

namespace ll::server {

// Security-relevant events, stored in the database with ids only: no customer data.
namespace audit {
inline constexpr const char* LoginOk = "login_ok";
inline constexpr const char* LoginFailed = "login_failed";
inline constexpr const char* LoginThrottled = "login_throttled";
inline constexpr const char* PermissionDenied = "permission_denied";
inline constexpr const char* Departed = "staff_departed";
inline constexpr const char* Reassigned = "contact_reassigned";
inline constexpr const char* PasswordReset = "password_reset";
inline constexpr const char* StaffCreated = "staff_created";
inline constexpr const char* TokenRefreshed = "token_refreshed";
} // namespace audit

struct AuditEntry
{
    QString event;
    QString orgId;
    QString staffId;
    QString target; // record or staff id the event is about
    QString ip;
    QString detail; // a machine code, never free text from a client
};

Status writeAudit(SqlConnection& conn, const AuditEntry& entry);
// Newest first; `orgId` empty reads every org. For `liuliang-server admin audit`.
Result<QList<QJsonObject>> readAudit(SqlConnection& conn, const QString& orgId, int limit);

} // namespace ll::server
