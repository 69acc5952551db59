#pragma once

#include "Accounts.h"
#include "Sessions.h"

namespace ll::server {

// The permission model in one place. Owned records (contacts and their follow-ups/purchases)
// are decided by their CURRENT owner and store; org-wide records (tags, products) by role.
// guide: own contacts only; manager: everything in their store; admin: the whole org.

bool canSeeOwned(const Principal& p, const QString& ownerId, const QString& storeId);
bool canWriteOwned(const Principal& p, const QString& ownerId, const QString& storeId);
bool canWriteOrgWide(const Principal& p);
// Whether `p` may make `target` the owner of a contact (create for them or reassign to them).
bool canAssignTo(const Principal& p, const Staff& target);

} // namespace ll::server
