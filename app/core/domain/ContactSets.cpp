#include "domain/ContactSets.h"

#include "domain/ContactValidation.h"
#include "domain/FieldChanges.h"
#include "store/Statement.h"
#include "store/Store.h"

#include <QJsonDocument>

namespace ll::contact_sets {

namespace {

// -1: no row, 0: removed, 1: present.
Result<int> elementState(Database& db, const char* sql, qint64 a, const QVariant& b)
{
    Statement& st = db.cached(sql);
    st.bind(1, a).bind(2, b);
    auto found = st.step();
    if (!found.ok())
        return found.error();
    const int state = found.value() ? (st.int64(0) != 0 ? 1 : 0) : -1;
    st.reset();
    return state;
}

// One add-wins set stored in its own table, keyed by (contact_rowid, element column).
struct SetTable
{
    const char* stateSql;
    const char* removeSql;
    const char* name; // the set's name in outbox payloads
};

const SetTable kPhones{
    "SELECT present FROM contact_phone WHERE contact_rowid = ? AND digits = ?",
    "UPDATE contact_phone SET present = 0, removed_at = ? WHERE contact_rowid = ? AND digits = ?", "phones"};
const SetTable kTags{
    "SELECT present FROM contact_tag WHERE contact_rowid = ? AND tag_rowid = ?",
    "UPDATE contact_tag SET present = 0, removed_at = ? WHERE contact_rowid = ? AND tag_rowid = ?", "tags"};

// Marks a present element removed with a fresh clock; false when it was not present (a no-op).
Result<bool> removeElement(Store& store, const SetTable& set, qint64 contactRowId, const QString& contactId,
                           const QVariant& key, const QString& element)
{
    Database& db = store.db();
    auto state = elementState(db, set.stateSql, contactRowId, key);
    if (!state.ok())
        return state.error();
    if (state.value() != 1)
        return false;
    const QString clock = store.tick();
    Statement& st = db.cached(set.removeSql);
    st.bind(1, clock).bind(2, contactRowId).bind(3, key);
    LL_TRY(st.exec());
    LL_TRY(store.appendOutbox(QStringLiteral("contact"), contactId, QStringLiteral("remove"),
                              setElementPayload(QString::fromLatin1(set.name), element, clock)));
    return true;
}

} // namespace

QString phoneKindCode(PhoneNumber::Kind kind)
{
    switch (kind) {
    case PhoneNumber::Kind::Mobile:
        return QStringLiteral("mobile");
    case PhoneNumber::Kind::Landline:
        return QStringLiteral("landline");
    case PhoneNumber::Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

Result<bool> addPhone(Store& store, qint64 contactRowId, const QString& contactId, const PhoneNumber& phone,
                      ClockSave clockSave)
{
    Database& db = store.db();
    const QString element = phoneElement(phone);
    auto state = elementState(db, kPhones.stateSql, contactRowId, element);
    if (!state.ok())
        return state.error();
    if (state.value() == 1)
        return false;
    const QString clock = store.tick();
    Statement& st =
        state.value() < 0
            ? db.cached("INSERT INTO contact_phone (kind, added_at, contact_rowid, digits, present) "
                        "VALUES (?, ?, ?, ?, 1)")
            : db.cached("UPDATE contact_phone SET kind = ?, added_at = ?, present = 1 "
                        "WHERE contact_rowid = ? AND digits = ?");
    st.bind(1, phoneKindCode(phone.kind())).bind(2, clock).bind(3, contactRowId).bind(4, element);
    LL_TRY(st.exec());
    const QJsonObject payload = setElementPayload(QStringLiteral("phones"), element, clock);
    if (clockSave == ClockSave::ByCaller)
        LL_TRY(store.appendOutboxDeferringClock(
            QStringLiteral("contact"), contactId, QStringLiteral("add"),
            QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))));
    else
        LL_TRY(store.appendOutbox(QStringLiteral("contact"), contactId, QStringLiteral("add"), payload));
    return true;
}

Result<bool> removePhone(Store& store, qint64 contactRowId, const QString& contactId, const QString& element)
{
    return removeElement(store, kPhones, contactRowId, contactId, element, element);
}

Result<bool> addTag(Store& store, qint64 contactRowId, const QString& contactId, qint64 tagRowId,
                    const QString& tagId)
{
    Database& db = store.db();
    auto state = elementState(db, kTags.stateSql, contactRowId, tagRowId);
    if (!state.ok())
        return state.error();
    if (state.value() == 1)
        return false;
    const QString clock = store.tick();
    Statement& st = state.value() < 0
                        ? db.cached("INSERT INTO contact_tag (added_at, contact_rowid, tag_rowid, present) "
                                    "VALUES (?, ?, ?, 1)")
                        : db.cached("UPDATE contact_tag SET added_at = ?, present = 1 "
                                    "WHERE contact_rowid = ? AND tag_rowid = ?");
    st.bind(1, clock).bind(2, contactRowId).bind(3, tagRowId);
    LL_TRY(st.exec());
    LL_TRY(store.appendOutbox(QStringLiteral("contact"), contactId, QStringLiteral("add"),
                              setElementPayload(QStringLiteral("tags"), tagId, clock)));
    return true;
}

Result<bool> removeTag(Store& store, qint64 contactRowId, const QString& contactId, qint64 tagRowId,
                       const QString& tagId)
{
    return removeElement(store, kTags, contactRowId, contactId, tagRowId, tagId);
}

} // namespace ll::contact_sets
