#pragma once

#include "domain/Enums.h"

#include <QString>

namespace ll {

// Who is acting, as the libraries need it for permission checks: team records (rules, scripts, materials,
// holidays, sensitive words) are maintained by managers and admins and are read-only for guides; a guide
// edits only records they own. The role comes from the signed-in account (sync/login), not from the store.
struct Actor
{
    QString staffId;
    StaffRole role = StaffRole::Guide;

    bool canEditTeam() const { return role == StaffRole::Manager || role == StaffRole::Admin; }
    // ownerId "" is a team record; anything else belongs to that staff member.
    bool canEdit(const QString& ownerId) const { return ownerId.isEmpty() ? canEditTeam() : ownerId == staffId; }
};

} // namespace ll
