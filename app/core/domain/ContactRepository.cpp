#include "domain/ContactRepository.h"

#include "domain/ContactRows.h"
#include "domain/ContactSets.h"
#include "domain/ContactValidation.h"
#include "domain/FieldChanges.h"
#include "search/ContactSearchIndex.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "util/Ids.h"
#include "util/Today.h"

#include <QCoreApplication>
#include <QSet>

namespace ll {

namespace {

// Messages of this file, filed under ll::ContactRepository for lupdate and at run time alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::ContactRepository)
};

// The phone set after an edit: `phones` replaces, then `addPhones` adds, then `removePhones` removes.
struct PhonePlan
{
    QList<PhoneNumber> add;
    QStringList remove; // elements
};

Result<PhonePlan> planPhones(const QList<PhoneNumber>& current, const ValidContactInput& v)
{
    QList<PhoneNumber> target = v.phones.value_or(current);
    auto contains = [](const QList<PhoneNumber>& list, const QString& element) {
        for (const PhoneNumber& p : list)
            if (phoneElement(p) == element)
                return true;
        return false;
    };
    for (const PhoneNumber& p : v.addPhones.value_or(QList<PhoneNumber>()))
        if (!contains(target, phoneElement(p)))
            target << p;
    for (const PhoneNumber& p : v.removePhones.value_or(QList<PhoneNumber>())) {
        const QString element = phoneElement(p);
        if (!contains(target, element) && !contains(current, element))
            return makeError(ErrorCode::NotFound,
                             Text::tr("Phone number %1 is not on this contact").arg(p.display()));
        target.removeIf([&](const PhoneNumber& q) { return phoneElement(q) == element; });
    }
    if (target.size() > ContactLimits::Phones)
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("A contact can have at most %1 phone numbers").arg(ContactLimits::Phones));
    PhonePlan plan;
    for (const PhoneNumber& p : target)
        if (!contains(current, phoneElement(p)))
            plan.add << p;
    for (const PhoneNumber& p : current)
        if (!contains(target, phoneElement(p)))
            plan.remove << phoneElement(p);
    return plan;
}

Status applyPhones(Store& store, const Contact& c, const PhonePlan& plan)
{
    for (const QString& element : plan.remove) {
        auto removed = contact_sets::removePhone(store, c.rowId, c.id, element);
        if (!removed.ok())
            return removed.error();
    }
    for (const PhoneNumber& phone : plan.add) {
        auto added = contact_sets::addPhone(store, c.rowId, c.id, phone);
        if (!added.ok())
            return added.error();
    }
    return {};
}

} // namespace

ContactRepository::ContactRepository(Store& store)
    : m_store(store)
{}

Result<Contact> ContactRepository::add(const ContactInput& input)
{
    auto valid = validateContactInput(input, latestToday());
    if (!valid.ok())
        return valid.error();
    const ValidContactInput& v = valid.value();
    if (v.removePhones && !v.removePhones->isEmpty())
        return makeError(ErrorCode::InvalidInput, Text::tr("A new contact has no phone numbers to remove"));

    Contact c;
    c.id = newId();
    c.ownerId = m_store.actorId();
    contact_rows::applyScalars(c, v);
    auto plan = planPhones({}, v);
    if (!plan.ok())
        return plan.error();
    if (c.name.isEmpty() && c.nickname.isEmpty() && c.wechatId.isEmpty() && plan->add.isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            Text::tr("A contact needs at least a name, a nickname, a WeChat ID or a phone number"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    c.createdAt = c.updatedAt = contact_rows::fromMs(now);

    Database& db = m_store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    LL_TRY(contact_rows::checkOwnerAndStore(db, v));

    // A new record carries every field, so the server and other devices get the whole contact.
    FieldChanges changes(m_store, QString());
    for (const QString& field : contact_rows::scalarFields())
        changes.set(field, contact_rows::fieldValue(c, field));

    Statement& ins = db.cached("INSERT INTO contact (id, created_at, updated_at) VALUES (?, ?, ?)");
    ins.bind(1, c.id).bind(2, now).bind(3, now);
    LL_TRY(ins.exec());
    c.rowId = db.lastInsertRowId();
    LL_TRY(contact_rows::update(db, c, changes.clocksText()));
    LL_TRY(
        m_store.appendOutbox(QStringLiteral("contact"), c.id, QStringLiteral("upsert"), changes.payload()));
    LL_TRY(applyPhones(m_store, c, plan.value()));
    LL_TRY(ContactSearchIndex(db).reindex(c.rowId));
    LL_TRY(tx.commit());
    auto stored = contact_rows::load(db, c.rowId);
    if (!stored.ok())
        return stored.error();
    return stored->contact;
}

Result<Contact> ContactRepository::get(const QString& idOrPrefix)
{
    Database& db = m_store.db();
    auto rowId = contact_rows::resolve(db, idOrPrefix);
    if (!rowId.ok())
        return rowId.error();
    auto record = contact_rows::load(db, rowId.value());
    if (!record.ok())
        return record.error();
    return record->contact;
}

Result<Contact> ContactRepository::update(const QString& id, const ContactInput& patch)
{
    auto valid = validateContactInput(patch, latestToday());
    if (!valid.ok())
        return valid.error();
    const ValidContactInput& v = valid.value();

    Database& db = m_store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    auto rowId = contact_rows::resolve(db, id);
    if (!rowId.ok())
        return rowId.error();
    auto record = contact_rows::load(db, rowId.value());
    if (!record.ok())
        return record.error();
    LL_TRY(contact_rows::checkOwnerAndStore(db, v));

    const Contact before = record->contact;
    Contact after = before;
    contact_rows::applyScalars(after, v);
    auto plan = planPhones(before.phones, v);
    if (!plan.ok())
        return plan.error();
    if (after.name.isEmpty() && after.nickname.isEmpty() && after.wechatId.isEmpty() &&
        before.phones.size() + plan->add.size() - plan->remove.size() == 0)
        return makeError(
            ErrorCode::InvalidInput,
            Text::tr("A contact needs at least a name, a nickname, a WeChat ID or a phone number"));

    // Only fields whose value really changes get a new clock: re-saving an unchanged form must not
    // make this device win a concurrent edit of a field the user never touched.
    FieldChanges changes(m_store, record->clocks);
    for (const QString& field : contact_rows::scalarFields()) {
        const QJsonValue value = contact_rows::fieldValue(after, field);
        if (value != contact_rows::fieldValue(before, field))
            changes.set(field, value);
    }
    if (changes.isEmpty() && plan->add.isEmpty() && plan->remove.isEmpty())
        return before;

    after.updatedAt = QDateTime::currentDateTimeUtc();
    LL_TRY(contact_rows::update(db, after, changes.clocksText()));
    if (!changes.isEmpty())
        LL_TRY(m_store.appendOutbox(QStringLiteral("contact"), after.id, QStringLiteral("upsert"),
                                    changes.payload()));
    LL_TRY(applyPhones(m_store, after, plan.value()));
    LL_TRY(ContactSearchIndex(db).reindex(after.rowId));
    LL_TRY(tx.commit());
    auto stored = contact_rows::load(db, after.rowId);
    if (!stored.ok())
        return stored.error();
    return stored->contact;
}

Status ContactRepository::remove(const QString& id)
{
    Database& db = m_store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    auto rowId = contact_rows::resolve(db, id);
    if (!rowId.ok())
        return rowId.error();
    auto record = contact_rows::load(db, rowId.value());
    if (!record.ok())
        return record.error();
    Contact c = record->contact;
    c.deleted = true;
    c.updatedAt = QDateTime::currentDateTimeUtc();
    FieldClocks clocks = FieldClocks::parse(record->clocks);
    const QString clock = m_store.tick();
    clocks.set(QStringLiteral("deleted"), clock);
    LL_TRY(contact_rows::update(db, c, clocks.serialize()));
    LL_TRY(m_store.appendOutbox(QStringLiteral("contact"), c.id, QStringLiteral("delete"),
                                QJsonObject{{QStringLiteral("c"), clock}}));
    LL_TRY(ContactSearchIndex(db).remove(c.rowId));
    return tx.commit();
}

Status ContactRepository::touchLastContacted(qint64 contactRowId, const QDateTime& when)
{
    Database& db = m_store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    auto record = contact_rows::load(db, contactRowId);
    if (!record.ok())
        return record.error();
    Contact c = record->contact;
    // Follow-ups can be entered late; the contact was last contacted at the latest of them.
    if (!when.isValid() || (c.lastContactedAt.isValid() && c.lastContactedAt >= when))
        return tx.commit();
    c.lastContactedAt = when;
    c.updatedAt = QDateTime::currentDateTimeUtc();
    FieldChanges changes(m_store, record->clocks);
    changes.set(QStringLiteral("lastContactedAt"),
                contact_rows::fieldValue(c, QStringLiteral("lastContactedAt")));
    LL_TRY(contact_rows::update(db, c, changes.clocksText()));
    LL_TRY(
        m_store.appendOutbox(QStringLiteral("contact"), c.id, QStringLiteral("upsert"), changes.payload()));
    return tx.commit();
}

} // namespace ll
