#include "domain/TagRepository.h"

#include "domain/ContactRows.h"
#include "domain/ContactSets.h"
#include "domain/FieldChanges.h"
#include "domain/FieldChecks.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "text/TextLimits.h"
#include "util/Ids.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

namespace ll {

namespace {

// Messages of this file, filed under ll::TagRepository for lupdate and at run time alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::TagRepository)
};

const QString kDefaultGroupName = QStringLiteral("默认");

// Every device that needs the default group creates it with the same id, so two devices doing so
// offline sync into one group instead of two groups both called "默认".
QString defaultGroupId()
{
    static const QUuid ns(QStringLiteral("{6f1c1f9e-3a4b-4c1e-9a55-2f7d2b0c9e11}"));
    return QUuid::createUuidV5(ns, kDefaultGroupName).toString(QUuid::WithoutBraces);
}

TagGroup groupFromRow(const Statement& st)
{
    return TagGroup{st.int64(0), st.text(1), st.text(2), st.text(3), st.integer(4)};
}

Tag tagFromRow(const Statement& st)
{
    return Tag{st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), 0};
}

constexpr const char* kTagColumns = "t.rowid, t.id, t.group_id, g.name, t.name";

Result<std::optional<TagGroup>> findGroup(Database& db, const QString& idOrName)
{
    Statement& st = db.cached("SELECT rowid, id, name, color, sort_order FROM tag_group "
                              "WHERE (id = ? OR name = ?) AND deleted = 0 ORDER BY id = ? DESC LIMIT 1");
    st.bind(1, idOrName).bind(2, idOrName).bind(3, idOrName);
    auto found = st.step();
    if (!found.ok())
        return found.error();
    std::optional<TagGroup> group;
    if (found.value())
        group = groupFromRow(st);
    st.reset();
    return group;
}

Status checkTagName(const QString& name)
{
    LL_TRY(checkRequiredText(Text::tr("Tag name"), name, limits::kTag));
    // "group/name" is how a tag is named on the command line, so a slash in a name would be ambiguous.
    if (name.contains(QLatin1Char('/')))
        return makeError(ErrorCode::InvalidInput, Text::tr("Tag name %1 must not contain “/”").arg(name));
    return {};
}

Result<Tag> tagById(Database& db, const QString& id)
{
    static const QByteArray sql =
        QByteArray("SELECT ") + kTagColumns +
        " FROM tag t JOIN tag_group g ON g.id = t.group_id WHERE t.id = ? AND t.deleted = 0";
    Statement& st = db.cached(sql.constData());
    st.bind(1, id.trimmed().toLower());
    auto found = st.step();
    if (!found.ok())
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, Text::tr("No tag with id %1").arg(id.left(40)));
    Tag tag = tagFromRow(st);
    st.reset();
    return tag;
}

Result<QList<Tag>> tagsNamed(Database& db, const QString& name, const QString& groupIdOrName)
{
    static const QByteArray sql =
        QByteArray("SELECT ") + kTagColumns +
        " FROM tag t JOIN tag_group g ON g.id = t.group_id"
        " WHERE t.name = ?1 AND t.deleted = 0 AND g.deleted = 0 AND (?2 = '' OR g.id = ?2 OR g.name = ?2)"
        " ORDER BY g.sort_order, g.name";
    Statement& st = db.cached(sql.constData());
    st.bind(1, name).bind(2, groupIdOrName);
    QList<Tag> tags;
    while (true) {
        auto next = st.step();
        if (!next.ok())
            return next.error();
        if (!next.value())
            break;
        tags << tagFromRow(st);
    }
    return tags;
}

struct ContactRef
{
    qint64 rowId;
    QString id;
};

Result<ContactRef> liveContact(Database& db, const QString& idOrPrefix)
{
    auto rowId = contact_rows::resolve(db, idOrPrefix);
    if (!rowId.ok())
        return rowId.error();
    Statement& st = db.cached("SELECT id FROM contact WHERE rowid = ?");
    st.bind(1, rowId.value());
    auto found = st.step();
    if (!found.ok())
        return found.error();
    const QString id = st.text(0);
    st.reset();
    return ContactRef{rowId.value(), id};
}

Status touchContact(Database& db, qint64 rowId)
{
    Statement& st = db.cached("UPDATE contact SET updated_at = ? WHERE rowid = ?");
    st.bind(1, QDateTime::currentMSecsSinceEpoch()).bind(2, rowId);
    return st.exec();
}

using TagLinkChange = Result<bool> (*)(Store&, qint64, const QString&, qint64, const QString&);

// Adds or removes one contact↔tag link; the contact is touched only when the set really changed.
Status changeTagLink(Store& store, const QString& contactId, const QString& tagId, TagLinkChange change)
{
    Database& db = store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    auto contact = liveContact(db, contactId);
    if (!contact.ok())
        return contact.error();
    auto tag = tagById(db, tagId);
    if (!tag.ok())
        return tag.error();
    auto changed = change(store, contact->rowId, contact->id, tag->rowId, tag->id);
    if (!changed.ok())
        return changed.error();
    if (changed.value())
        LL_TRY(touchContact(db, contact->rowId));
    return tx.commit();
}

} // namespace

TagRepository::TagRepository(Store& store)
    : m_store(store)
{}

Result<TagGroup> TagRepository::addGroup(const QString& rawName, const QString& rawColor)
{
    static const QRegularExpression colorShape(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    const QString name = rawName.trimmed();
    const QString color = rawColor.trimmed().toLower();
    LL_TRY(checkRequiredText(Text::tr("Tag group name"), name, limits::kTag));
    if (!color.isEmpty() && !colorShape.match(color).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("Colour %1 must be written #rrggbb").arg(rawColor.left(20)));

    Database& db = m_store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    auto existing = findGroup(db, name);
    if (!existing.ok())
        return existing.error();
    if (existing.value())
        return makeError(ErrorCode::Conflict, Text::tr("A tag group named %1 already exists").arg(name));

    Statement& next = db.cached("SELECT coalesce(max(sort_order), -1) + 1 FROM tag_group");
    auto row = next.step();
    if (!row.ok())
        return row.error();
    TagGroup group{0, name == kDefaultGroupName ? defaultGroupId() : newId(), name, color, next.integer(0)};
    next.reset();

    FieldChanges changes(m_store, QString());
    changes.set(QStringLiteral("name"), group.name);
    changes.set(QStringLiteral("color"), group.color);
    changes.set(QStringLiteral("sortOrder"), group.sortOrder);
    // A default group deleted earlier comes back under its fixed id.
    Statement& ins =
        db.cached("INSERT OR REPLACE INTO tag_group (id, name, color, sort_order, deleted, clocks) "
                  "VALUES (?, ?, ?, ?, 0, ?)");
    ins.bind(1, group.id)
        .bind(2, group.name)
        .bind(3, group.color)
        .bind(4, group.sortOrder)
        .bind(5, changes.clocksText());
    LL_TRY(ins.exec());
    group.rowId = db.lastInsertRowId();
    LL_TRY(m_store.appendOutbox(QStringLiteral("tag_group"), group.id, QStringLiteral("upsert"),
                                changes.payload()));
    LL_TRY(tx.commit());
    return group;
}

Result<QList<TagGroup>> TagRepository::groups()
{
    Statement& st = m_store.db().cached("SELECT rowid, id, name, color, sort_order FROM tag_group WHERE "
                                        "deleted = 0 ORDER BY sort_order, name");
    QList<TagGroup> out;
    while (true) {
        auto next = st.step();
        if (!next.ok())
            return next.error();
        if (!next.value())
            break;
        out << groupFromRow(st);
    }
    return out;
}

Result<Tag> TagRepository::addTag(const QString& groupIdOrName, const QString& rawName)
{
    const QString name = rawName.trimmed();
    LL_TRY(checkTagName(name));
    const QString groupKey = groupIdOrName.trimmed().isEmpty() ? kDefaultGroupName : groupIdOrName.trimmed();

    Database& db = m_store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    auto found = findGroup(db, groupKey);
    if (!found.ok())
        return found.error();
    TagGroup group;
    if (found.value()) {
        group = *found.value();
    } else if (isValidId(groupKey)) {
        return makeError(ErrorCode::NotFound, Text::tr("No tag group with id %1").arg(groupKey));
    } else {
        // Naming a group that does not exist yet creates it: "tag add 兴趣/瑜伽" should just work.
        auto created = addGroup(groupKey);
        if (!created.ok())
            return created.error();
        group = created.value();
    }
    auto same = tagsNamed(db, name, group.id);
    if (!same.ok())
        return same.error();
    if (!same->isEmpty())
        return makeError(ErrorCode::Conflict,
                         Text::tr("Tag %1 already exists in group %2").arg(name, group.name));

    Tag tag{0, newId(), group.id, group.name, name, 0};
    FieldChanges changes(m_store, QString());
    changes.set(QStringLiteral("name"), tag.name);
    changes.set(QStringLiteral("groupId"), tag.groupId);
    Statement& ins = db.cached("INSERT INTO tag (id, group_id, name, clocks) VALUES (?, ?, ?, ?)");
    ins.bind(1, tag.id).bind(2, tag.groupId).bind(3, tag.name).bind(4, changes.clocksText());
    LL_TRY(ins.exec());
    tag.rowId = db.lastInsertRowId();
    LL_TRY(m_store.appendOutbox(QStringLiteral("tag"), tag.id, QStringLiteral("upsert"), changes.payload()));
    LL_TRY(tx.commit());
    return tag;
}

Result<Tag> TagRepository::resolve(const QString& idOrName, bool create)
{
    const QString key = idOrName.trimmed();
    if (key.isEmpty())
        return makeError(ErrorCode::InvalidInput, Text::tr("Tag name must not be empty"));
    Database& db = m_store.db();
    if (isValidId(key))
        return tagById(db, key);

    QString group;
    QString name = key;
    const int slash = key.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        group = key.left(slash).trimmed();
        name = key.mid(slash + 1).trimmed();
    }
    auto found = tagsNamed(db, name, group);
    if (!found.ok())
        return found.error();
    if (found->size() == 1)
        return found->first();
    if (found->size() > 1) {
        QStringList names;
        for (const Tag& t : found.value())
            names << t.groupName + QLatin1Char('/') + t.name;
        return makeError(
            ErrorCode::InvalidInput,
            Text::tr("Tag %1 exists in several groups; use one of: %2").arg(name, names.join(u", ")));
    }
    if (!create)
        return makeError(ErrorCode::NotFound, Text::tr("No tag named %1").arg(key));
    return addTag(group, name);
}

Result<QList<Tag>> TagRepository::tags(bool withCounts)
{
    Database& db = m_store.db();
    static const QByteArray sql =
        QByteArray("SELECT ") + kTagColumns +
        " FROM tag t JOIN tag_group g ON g.id = t.group_id"
        " WHERE t.deleted = 0 AND g.deleted = 0 ORDER BY g.sort_order, g.name, t.name";
    Statement& st = db.cached(sql.constData());
    QList<Tag> out;
    QHash<qint64, qsizetype> byRow;
    while (true) {
        auto next = st.step();
        if (!next.ok())
            return next.error();
        if (!next.value())
            break;
        byRow.insert(st.int64(0), out.size());
        out << tagFromRow(st);
    }
    if (!withCounts)
        return out;
    // Joining 2,000,000 links to their contacts reads every contact row (~50 s encrypted); instead count
    // the present links in one pass over the link table, then take off the links of the few tombstones
    // (CROSS JOIN keeps SQLite from driving that from the 2,000,000 links).
    Statement& counts =
        db.cached("SELECT tag_rowid, count(*) FROM contact_tag WHERE present = 1 GROUP BY tag_rowid");
    while (true) {
        auto next = counts.step();
        if (!next.ok())
            return next.error();
        if (!next.value())
            break;
        const auto it = byRow.constFind(counts.int64(0));
        if (it != byRow.constEnd())
            out[*it].contactCount = counts.integer(1);
    }
    Statement& tombstoned = db.cached("SELECT ct.tag_rowid FROM contact c CROSS JOIN contact_tag ct "
                                      "ON ct.contact_rowid = c.rowid AND ct.present = 1 WHERE c.deleted = 1");
    while (true) {
        auto next = tombstoned.step();
        if (!next.ok())
            return next.error();
        if (!next.value())
            break;
        const auto it = byRow.constFind(tombstoned.int64(0));
        if (it != byRow.constEnd())
            --out[*it].contactCount;
    }
    return out;
}

Status TagRepository::removeTag(const QString& tagId)
{
    Database& db = m_store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    auto tag = tagById(db, tagId);
    if (!tag.ok())
        return tag.error();
    Statement& clocksOf = db.cached("SELECT clocks FROM tag WHERE rowid = ?");
    clocksOf.bind(1, tag->rowId);
    auto row = clocksOf.step();
    if (!row.ok())
        return row.error();
    FieldClocks clocks = FieldClocks::parse(clocksOf.text(0));
    clocksOf.reset();
    const QString clock = m_store.tick();
    clocks.set(QStringLiteral("deleted"), clock);
    Statement& del = db.cached("UPDATE tag SET deleted = 1, clocks = ? WHERE rowid = ?");
    del.bind(1, clocks.serialize()).bind(2, tag->rowId);
    LL_TRY(del.exec());
    LL_TRY(m_store.appendOutbox(QStringLiteral("tag"), tag->id, QStringLiteral("delete"),
                                QJsonObject{{QStringLiteral("c"), clock}}));
    return tx.commit();
}

Status TagRepository::tagContact(const QString& contactId, const QString& tagId)
{
    return changeTagLink(m_store, contactId, tagId, &contact_sets::addTag);
}

Status TagRepository::untagContact(const QString& contactId, const QString& tagId)
{
    // Removing a tag the contact does not have is a no-op, like tagging twice: both leave the set as asked.
    return changeTagLink(m_store, contactId, tagId, &contact_sets::removeTag);
}

Result<QList<Tag>> TagRepository::tagsOf(const QString& contactId)
{
    Database& db = m_store.db();
    auto contact = liveContact(db, contactId);
    if (!contact.ok())
        return contact.error();
    static const QByteArray sql = QByteArray("SELECT ") + kTagColumns +
                                  " FROM contact_tag ct JOIN tag t ON t.rowid = ct.tag_rowid"
                                  " JOIN tag_group g ON g.id = t.group_id"
                                  " WHERE ct.contact_rowid = ? AND ct.present = 1 AND t.deleted = 0"
                                  " ORDER BY g.sort_order, g.name, t.name";
    Statement& st = db.cached(sql.constData());
    st.bind(1, contact->rowId);
    QList<Tag> out;
    while (true) {
        auto next = st.step();
        if (!next.ok())
            return next.error();
        if (!next.value())
            break;
        out << tagFromRow(st);
    }
    return out;
}

} // namespace ll
