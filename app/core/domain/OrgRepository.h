#pragma once

#include "domain/Org.h"
#include "util/Result.h"

#include <QList>

namespace ll {

class Store;

// The local copy of the organisation, its stores and staff (filled by init/sync; edited by admins).
class OrgRepository
{
public:
    explicit OrgRepository(Store& store);

    Result<Org> setOrg(const QString& name);   // creates or renames the single local org
    Result<Org> org();                          // NotFound before init
    Result<StoreInfo> addStore(const QString& name, const QString& city = {}, const QString& managerId = {});
    Result<QList<StoreInfo>> stores();
    Result<Staff> addStaff(const QString& name, const QString& roleCode, const QString& storeId = {});
    Result<Staff> staff(const QString& id);
    Result<QList<Staff>> staffList();
    Status markDeparted(const QString& staffId);

private:
    Store& m_store;
};

} // namespace ll
