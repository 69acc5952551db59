#pragma once

#include "domain/Tag.h"
#include "util/Result.h"

#include <QList>

namespace ll {

class Store;

// Tag groups, manual tags, and contact↔tag links (an add-wins set per contact).
class TagRepository
{
public:
    explicit TagRepository(Store& store);

    Result<TagGroup> addGroup(const QString& name, const QString& color = {});
    Result<QList<TagGroup>> groups();

    // Group defaults to "默认" (default) when empty; names are unique within a group (Conflict otherwise).
    Result<Tag> addTag(const QString& groupIdOrName, const QString& name);
    // Finds a tag by id, by "group/name" or by a name unique across groups; creates it (in the default group) when create is true.
    Result<Tag> resolve(const QString& idOrName, bool create = false);
    Result<QList<Tag>> tags(bool withCounts = false);
    Status removeTag(const QString& tagId); // tombstone; links disappear from filters

    Status tagContact(const QString& contactId, const QString& tagId);
    Status untagContact(const QString& contactId, const QString& tagId);
    Result<QList<Tag>> tagsOf(const QString& contactId);

private:
    Store& m_store;
};

} // namespace ll
