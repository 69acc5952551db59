#include "Authorizer.h"

namespace ll::server {

bool canSeeOwned(const Principal& p, const QString& ownerId, const QString& storeId)
{
    if (p.isAdmin())
        return true;
    if (p.isManager())
        return !storeId.isEmpty() && storeId == p.storeId;
    return !ownerId.isEmpty() && ownerId == p.staffId;
}

bool canWriteOwned(const Principal& p, const QString& ownerId, const QString& storeId)
{
    return canSeeOwned(p, ownerId, storeId);
}

bool canWriteOrgWide(const Principal& p)
{
    return p.isAdmin() || p.isManager();
}

bool canAssignTo(const Principal& p, const Staff& target)
{
    if (target.orgId != p.orgId || !target.active() || target.storeId.isEmpty())
        return false;
    if (p.isAdmin())
        return true;
    if (p.isManager())
        return target.storeId == p.storeId;
    return target.id == p.staffId;
}

bool canWriteTeamOrPersonal(const Principal& p, const QString& ownerId, const QString& ownerStoreId)
{
    return ownerId.isEmpty() ? canWriteOrgWide(p) : canWriteOwned(p, ownerId, ownerStoreId);
}

bool canCreatePersonalFor(const Principal& p, const Staff& target)
{
    if (target.orgId != p.orgId || !target.active())
        return false;
    if (target.id == p.staffId || p.isAdmin())
        return true;
    return p.isManager() && !target.storeId.isEmpty() && target.storeId == p.storeId;
}

} // namespace ll::server
