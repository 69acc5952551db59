#include "domain/ContactBulkWriter.h"

#include "domain/ContactRows.h"
#include "domain/ContactSets.h"
#include "domain/ContactValidation.h"
#include "domain/Enums.h"
#include "domain/FieldChanges.h"
#include "search/ContactSearchIndex.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "util/Ids.h"
#include "util/Today.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace ll {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ll::ContactRepository", text);
}

// The phones of a new contact, planned as ContactRepository plans them for a contact without phones: the
// listed ones as given, then each added one not listed yet; a repeated element is written once by addPhone.
Result<QList<PhoneNumber>> newPhones(const ValidContactInput& v)
{
    QList<PhoneNumber> out = v.phones.value_or(QList<PhoneNumber>());
    for (const PhoneNumber& p : v.addPhones.value_or(QList<PhoneNumber>())) {
        const QString element = phoneElement(p);
        if (std::none_of(out.begin(), out.end(),
                         [&](const PhoneNumber& q) { return phoneElement(q) == element; }))
            out << p;
    }
    if (out.size() > ContactLimits::Phones)
        return makeError(ErrorCode::InvalidInput,
                         tr("A contact can have at most %1 phone numbers").arg(ContactLimits::Phones));
    return out;
}

} // namespace

ContactBulkWriter::ContactBulkWriter(Store& store)
    : m_store(store)
{}

Result<BulkAddedContact> ContactBulkWriter::add(const ContactInput& input, qint64 createdAtMs)
{
    auto valid = validateContactInput(input, latestToday());
    if (!valid.ok())
        return valid.error();
    const ValidContactInput& v = valid.value();
    if (v.removePhones && !v.removePhones->isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("A new contact has no phone numbers to remove"));

    Contact c;
    c.id = newId();
    c.ownerId = m_store.actorId();
    contact_rows::applyScalars(c, v);
    auto phones = newPhones(v);
    if (!phones.ok())
        return phones.error();
    if (c.name.isEmpty() && c.nickname.isEmpty() && c.wechatId.isEmpty() && phones->isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("A contact needs at least a name, a nickname, a WeChat ID or a phone number"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    c.createdAt = c.updatedAt = contact_rows::fromMs(now);

    Database& db = m_store.db();
    LL_TRY(contact_rows::checkOwnerAndStore(db, v));

    FieldChanges changes(m_store, QString());
    for (const QString& field : contact_rows::scalarFields())
        changes.set(field, contact_rows::fieldValue(c, field));
    // The columns ContactRepository::add writes with its INSERT and contact_rows::update, in one statement.
    Statement& ins = db.cached("INSERT INTO contact (id, created_at, updated_at, owner_id, store_id, name, "
                               "nickname, wechat_id, gender, birthday, city, source, stage, intent, points, "
                               "notes, last_contacted_at, merged_into, deleted, clocks) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, c.id)
        .bind(2, createdAtMs > 0 ? createdAtMs : now)
        .bind(3, now)
        .bind(4, c.ownerId)
        .bind(5, c.storeId)
        .bind(6, c.name)
        .bind(7, c.nickname)
        .bind(8, c.wechatId)
        .bind(9, toCode(c.gender))
        .bind(10, c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString())
        .bind(11, c.city)
        .bind(12, c.source)
        .bind(13, toCode(c.stage))
        .bind(14, c.intent)
        .bind(15, c.points)
        .bind(16, c.notes)
        .bind(17, contact_rows::toMs(c.lastContactedAt))
        .bind(18, c.mergedInto)
        .bind(19, c.deleted)
        .bind(20, changes.clocksText());
    LL_TRY(ins.exec());
    c.rowId = db.lastInsertRowId();
    LL_TRY(
        m_store.appendOutbox(QStringLiteral("contact"), c.id, QStringLiteral("upsert"), changes.payload()));
    for (const PhoneNumber& phone : phones.value()) {
        auto added = contact_sets::addPhone(m_store, c.rowId, c.id, phone);
        if (!added.ok())
            return added.error();
    }
    m_pending << c.rowId;
    return BulkAddedContact{c.rowId, c.id};
}

void ContactBulkWriter::forgetSince(qsizetype pendingCount)
{
    if (pendingCount < m_pending.size())
        m_pending.resize(pendingCount);
}

Status ContactBulkWriter::flushSearchIndex()
{
    ContactSearchIndex index(m_store.db());
    for (qint64 rowId : std::as_const(m_pending))
        LL_TRY(index.reindex(rowId));
    m_pending.clear();
    return {};
}

} // namespace ll
