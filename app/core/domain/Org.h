#pragma once

#include "domain/Enums.h"

#include <QString>

namespace ll {

struct Org
{
    QString id;
    QString name;
};

struct StoreInfo
{
    QString id;
    QString orgId;
    QString name;
    QString city;
    QString managerId;
};

struct Staff
{
    QString id;
    QString orgId;
    QString storeId;
    QString name;
    StaffRole role = StaffRole::Guide;
    StaffStatus status = StaffStatus::Active;
};

} // namespace ll
