#pragma once

#include "Accounts.h"
#include "Sessions.h"

namespace ll::server {

// The permission model in one place, per ownership class (protocol/EntitySchema.h):
// - contacts and their children are decided by the contact's CURRENT owner and store
//   (guide: own contacts only; manager: everything in their store; admin: the whole org);
// - org-wide records (tags, products, holidays, sensitive words) by role;
// - team-or-personal records (rules, scripts, materials): "" owner = team (like org-wide),
//   otherwise like an owned record of that staff member;
// - staff logs belong to the staff member who pushed them.

bool canSeeOwned(const Principal& p, const QString& ownerId, const QString& storeId);
bool canWriteOwned(const Principal& p, const QString& ownerId, const QString& storeId);
bool canWriteOrgWide(const Principal& p);
// Whether `p` may make `target` the owner of a contact (create for them or reassign to them).
bool canAssignTo(const Principal& p, const Staff& target);
// Team-or-personal records: "" = team record, otherwise the owner's.
bool canWriteTeamOrPersonal(const Principal& p, const QString& ownerId, const QString& ownerStoreId);
// Whether `p` may create a personal record owned by `target`: a guide only for themself, a
// manager for themself and their store's staff, an admin for anyone active in the org.
bool canCreatePersonalFor(const Principal& p, const Staff& target);

} // namespace ll::server
