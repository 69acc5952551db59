#pragma once

#include <QString>

namespace ll {

struct TagGroup
{
    qint64 rowId = 0;
    QString id;
    QString name;   // e.g. 兴趣 (interest), 价值 (value), 生命周期 (lifecycle)
    QString color;  // "#rrggbb" or empty
    int sortOrder = 0;
};

struct Tag
{
    qint64 rowId = 0;
    QString id;
    QString groupId;
    QString groupName;
    QString name;
    int contactCount = 0; // filled by TagRepository::tags(withCounts = true)
};

} // namespace ll
