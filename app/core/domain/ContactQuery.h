#pragma once

#include <QString>
#include <QStringList>

namespace ll {

struct ContactQuery
{
    enum class Sort { LastContactedDesc, LastContactedAsc, NameAsc, CreatedDesc, UpdatedDesc };
    enum class TagMode { All, Any }; // AND / OR across tagIds

    QString search;          // free text: name, nickname, notes, phone digits, pinyin, initials, 繁/简
    QStringList tagIds;
    TagMode tagMode = TagMode::All;
    QString stage;           // code, empty = any
    QString ownerId;
    QString storeId;
    Sort sort = Sort::LastContactedDesc;
    int limit = 50;          // <= 0: no limit
    int offset = 0;
    bool includeDeleted = false; // tombstones are listed, but never match `search`: they leave the index
};

} // namespace ll
