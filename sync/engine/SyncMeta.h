#pragma once

#include <QString>

namespace ll::sync::meta_key {

// Everything about the login lives in the encrypted store's meta table (never in QSettings): written by
// SyncEngine at login, read by it and by TeamClient for every call.
inline const QString Url = QStringLiteral("sync_server_url");
inline const QString Ca = QStringLiteral("sync_ca_file");
inline const QString Pin = QStringLiteral("sync_pin");
inline const QString Token = QStringLiteral("sync_token");
inline const QString User = QStringLiteral("sync_user");
inline const QString Org = QStringLiteral("sync_org");
inline const QString StaffId = QStringLiteral("sync_staff_id");
inline const QString OrgId = QStringLiteral("sync_org_id");
inline const QString StoreId = QStringLiteral("sync_store_id");
inline const QString Role = QStringLiteral("sync_role");
inline const QString DisplayName = QStringLiteral("sync_display_name");
inline const QString LastAt = QStringLiteral("sync_last_at");
inline const QString LastError = QStringLiteral("sync_last_error");

} // namespace ll::sync::meta_key
