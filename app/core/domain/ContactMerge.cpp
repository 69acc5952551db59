// ContactRepository::duplicatesOf and ::merge: "One ID" — the same person arriving through two
// channels becomes one customer without losing anything either record held.
#include "domain/ContactRepository.h"

#include "domain/ContactRows.h"
#include "domain/ContactSets.h"
#include "domain/ContactValidation.h"
#include "domain/FieldChanges.h"
#include "search/ContactSearchIndex.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "text/TextLimits.h"

#include <QCoreApplication>

#include <algorithm>

namespace ll {

namespace {

// Messages of this file, filed under ll::ContactRepository for lupdate and at run time alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::ContactRepository)
};

// How far along the funnel a stage is; dormant and lost are not "further", they are a different state.
int funnelRank(Stage s)
{
    switch (s) {
    case Stage::Lead:
        return 0;
    case Stage::Prospect:
        return 1;
    case Stage::Customer:
        return 2;
    case Stage::Loyal:
        return 3;
    case Stage::Dormant:
    case Stage::Lost:
        break;
    }
    return -1;
}

// The kept contact after absorbing `gone`. Merge decisions:
//  - empty text fields, unknown gender and birthday, owner and store are filled from the merged contact;
//  - notes: both are kept, the merged contact's appended after a blank line (never silently dropped);
//  - points are summed: they were earned by the same person through either record;
//  - intent and last-contacted take the higher value;
//  - stage moves forward along the funnel (a lead merged with a customer is a customer), but a
//    kept dormant or lost stage is left for the guide to judge.
Result<Contact> absorb(const Contact& keep, const Contact& gone)
{
    Contact c = keep;
    for (auto [field, from] : {std::pair{&c.name, &gone.name}, std::pair{&c.nickname, &gone.nickname},
                               std::pair{&c.wechatId, &gone.wechatId}, std::pair{&c.city, &gone.city},
                               std::pair{&c.source, &gone.source}, std::pair{&c.ownerId, &gone.ownerId},
                               std::pair{&c.storeId, &gone.storeId}}) {
        if (field->isEmpty())
            *field = *from;
    }
    if (c.gender == Gender::Unknown)
        c.gender = gone.gender;
    if (!c.birthday.isValid())
        c.birthday = gone.birthday;
    if (c.notes.isEmpty())
        c.notes = gone.notes;
    else if (!gone.notes.isEmpty() && gone.notes != c.notes)
        c.notes = c.notes + QStringLiteral("\n\n") + gone.notes;
    if (characterCount(c.notes) > ContactLimits::Notes)
        return makeError(
            ErrorCode::InvalidInput,
            Text::tr("The merged notes would be longer than %1 characters; shorten one of them first")
                .arg(ContactLimits::Notes));
    c.points = keep.points + gone.points;
    if (c.points > kMaxPoints || c.points < -kMaxPoints)
        return makeError(ErrorCode::InvalidInput, Text::tr("The merged points are out of range"));
    c.intent = std::max(keep.intent, gone.intent);
    if (gone.lastContactedAt.isValid() &&
        (!c.lastContactedAt.isValid() || gone.lastContactedAt > c.lastContactedAt))
        c.lastContactedAt = gone.lastContactedAt;
    if (funnelRank(keep.stage) >= 0 && funnelRank(gone.stage) > funnelRank(keep.stage))
        c.stage = gone.stage;
    return c;
}

Result<QList<std::pair<qint64, QString>>> pairs(Database& db, const char* sql, qint64 rowId)
{
    Statement& st = db.cached(sql);
    st.bind(1, rowId);
    QList<std::pair<qint64, QString>> out;
    while (true) {
        auto next = st.step();
        if (!next.ok())
            return next.error();
        if (!next.value())
            break;
        out.append({st.int64(0), st.text(1)});
    }
    return out;
}

// Follow-ups and purchases are append-only: their content never changes, only the contact they hang on.
Status moveChildren(Store& store, const char* entity, const char* selectSql, const char* moveSql,
                    qint64 fromRow, qint64 toRow, const QString& fromId, const QString& toId)
{
    Database& db = store.db();
    auto children = pairs(db, selectSql, fromRow);
    if (!children.ok())
        return children.error();
    for (const auto& child : children.value())
        LL_TRY(store.appendOutbox(QString::fromLatin1(entity), child.second, QStringLiteral("move"),
                                  QJsonObject{{QStringLiteral("contactId"), toId},
                                              {QStringLiteral("fromContactId"), fromId},
                                              {QStringLiteral("c"), store.tick()}}));
    Statement& move = db.cached(moveSql);
    move.bind(1, toRow).bind(2, fromRow);
    return move.exec();
}

} // namespace

Result<QList<Contact>> ContactRepository::duplicatesOf(const QString& id)
{
    Database& db = m_store.db();
    auto rowId = contact_rows::resolve(db, id);
    if (!rowId.ok())
        return rowId.error();
    auto record = contact_rows::load(db, rowId.value());
    if (!record.ok())
        return record.error();
    const Contact& c = record->contact;

    // Only mobiles identify a person: a landline is shared by a household or an office.
    static const QByteArray sql =
        QByteArray("SELECT ") + contact_rows::kColumns +
        " FROM contact c WHERE c.deleted = 0 AND c.rowid != ?1 AND ("
        " c.rowid IN (SELECT other.contact_rowid FROM contact_phone mine"
        "   JOIN contact_phone other ON other.digits = mine.digits"
        "   WHERE mine.contact_rowid = ?1 AND mine.present = 1 AND mine.kind = 'mobile'"
        "     AND other.present = 1 AND other.kind = 'mobile')"
        " OR (?2 != '' AND c.wechat_id = ?2))"
        " ORDER BY c.created_at, c.rowid";
    Statement& st = db.cached(sql.constData());
    st.bind(1, c.rowId).bind(2, c.wechatId);
    QList<Contact> out;
    while (true) {
        auto next = st.step();
        if (!next.ok())
            return next.error();
        if (!next.value())
            break;
        out << contact_rows::fromRow(st).contact;
    }
    for (Contact& d : out) {
        auto phones = contact_rows::phonesOf(db, d.rowId);
        if (!phones.ok())
            return phones.error();
        d.phones = phones.value();
    }
    return out;
}

Result<Contact> ContactRepository::merge(const QString& keepId, const QString& mergedId)
{
    Database& db = m_store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    auto keepRow = contact_rows::resolve(db, keepId);
    if (!keepRow.ok())
        return keepRow.error();
    auto goneRow = contact_rows::resolve(db, mergedId);
    if (!goneRow.ok())
        return goneRow.error();
    if (keepRow.value() == goneRow.value())
        return makeError(ErrorCode::InvalidInput, Text::tr("A contact cannot be merged into itself"));
    auto keepRecord = contact_rows::load(db, keepRow.value());
    if (!keepRecord.ok())
        return keepRecord.error();
    auto goneRecord = contact_rows::load(db, goneRow.value());
    if (!goneRecord.ok())
        return goneRecord.error();
    const Contact& keep = keepRecord->contact;
    const Contact& gone = goneRecord->contact;

    auto merged = absorb(keep, gone);
    if (!merged.ok())
        return merged.error();
    Contact after = merged.value();
    after.updatedAt = QDateTime::currentDateTimeUtc();
    FieldChanges changes(m_store, keepRecord->clocks);
    for (const QString& field : contact_rows::scalarFields()) {
        const QJsonValue value = contact_rows::fieldValue(after, field);
        if (value != contact_rows::fieldValue(keep, field))
            changes.set(field, value);
    }
    LL_TRY(contact_rows::update(db, after, changes.clocksText()));
    if (!changes.isEmpty())
        LL_TRY(m_store.appendOutbox(QStringLiteral("contact"), keep.id, QStringLiteral("upsert"),
                                    changes.payload()));

    // The union may exceed the phone cap for typed input: dropping a number here would lose data.
    for (const PhoneNumber& phone : gone.phones) {
        auto added = contact_sets::addPhone(m_store, keep.rowId, keep.id, phone);
        if (!added.ok())
            return added.error();
    }
    auto tags = pairs(db,
                      "SELECT t.rowid, t.id FROM contact_tag ct JOIN tag t ON t.rowid = ct.tag_rowid "
                      "WHERE ct.contact_rowid = ? AND ct.present = 1 AND t.deleted = 0",
                      gone.rowId);
    if (!tags.ok())
        return tags.error();
    for (const auto& [tagRow, tagId] : tags.value()) {
        auto added = contact_sets::addTag(m_store, keep.rowId, keep.id, tagRow, tagId);
        if (!added.ok())
            return added.error();
    }
    LL_TRY(moveChildren(m_store, "followup", "SELECT rowid, id FROM followup WHERE contact_rowid = ?",
                        "UPDATE followup SET contact_rowid = ? WHERE contact_rowid = ?", gone.rowId,
                        keep.rowId, gone.id, keep.id));
    LL_TRY(moveChildren(m_store, "purchase", "SELECT rowid, id FROM purchase WHERE contact_rowid = ?",
                        "UPDATE purchase SET contact_rowid = ? WHERE contact_rowid = ?", gone.rowId,
                        keep.rowId, gone.id, keep.id));

    // The merged record stays as a tombstone pointing at the kept one, so a device that still holds
    // it (or an edit of it arriving later) can be redirected instead of resurrecting a duplicate.
    Contact tomb = gone;
    tomb.mergedInto = keep.id;
    tomb.deleted = true;
    tomb.updatedAt = after.updatedAt;
    FieldChanges tombChanges(m_store, goneRecord->clocks);
    tombChanges.set(QStringLiteral("mergedInto"), keep.id);
    const QString deleteClock = m_store.tick();
    FieldClocks tombClocks = FieldClocks::parse(tombChanges.clocksText());
    tombClocks.set(QStringLiteral("deleted"), deleteClock);
    LL_TRY(contact_rows::update(db, tomb, tombClocks.serialize()));
    LL_TRY(m_store.appendOutbox(QStringLiteral("contact"), gone.id, QStringLiteral("upsert"),
                                tombChanges.payload()));
    LL_TRY(m_store.appendOutbox(QStringLiteral("contact"), gone.id, QStringLiteral("delete"),
                                QJsonObject{{QStringLiteral("c"), deleteClock}}));

    ContactSearchIndex index(db);
    LL_TRY(index.reindex(keep.rowId));
    LL_TRY(index.remove(gone.rowId));
    LL_TRY(tx.commit());
    auto stored = contact_rows::load(db, keep.rowId);
    if (!stored.ok())
        return stored.error();
    return stored->contact;
}

} // namespace ll
