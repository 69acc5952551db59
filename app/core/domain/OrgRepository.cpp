#include "domain/OrgRepository.h"

#include "domain/FieldChanges.h"
#include "domain/FieldChecks.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "util/Ids.h"

#include <QCoreApplication>

namespace ll {

namespace {

// Messages of this file, filed under ll::OrgRepository for lupdate and at run time alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::OrgRepository)
};

constexpr int kMaxName = 100;
constexpr int kMaxCity = 64;

StoreInfo storeFromRow(const Statement& st)
{
    return StoreInfo{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4)};
}

Staff staffFromRow(const Statement& st)
{
    Staff s;
    s.id = st.text(0);
    s.orgId = st.text(1);
    s.storeId = st.text(2);
    s.name = st.text(3);
    s.role = staffRoleFromCode(st.text(4)).value_or(StaffRole::Guide);
    s.status = staffStatusFromCode(st.text(5)).value_or(StaffStatus::Active);
    return s;
}

Status checkExists(Database& db, const char* sql, const QString& id, const QString& missing)
{
    if (id.isEmpty())
        return {};
    Statement& st = db.cached(sql);
    st.bind(1, id);
    auto found = st.step();
    if (!found.ok())
        return found.error();
    st.reset();
    return found.value() ? Status() : Status(makeError(ErrorCode::NotFound, missing));
}

} // namespace

OrgRepository::OrgRepository(Store& store)
    : m_store(store)
{}

Result<Org> OrgRepository::setOrg(const QString& rawName)
{
    const QString name = rawName.trimmed();
    LL_TRY(checkRequiredText(Text::tr("Organisation name"), name, kMaxName));
    Database& db = m_store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    Statement& current = db.cached("SELECT id, name, clocks FROM org WHERE deleted = 0 LIMIT 1");
    auto found = current.step();
    if (!found.ok())
        return found.error();
    Org org{found.value() ? current.text(0) : newId(), name};
    const bool exists = found.value();
    const QString oldName = exists ? current.text(1) : QString();
    const QString clocks = exists ? current.text(2) : QString();
    current.reset();
    if (exists && oldName == name) {
        LL_TRY(tx.commit());
        return org;
    }
    FieldChanges changes(m_store, clocks);
    changes.set(QStringLiteral("name"), name);
    Statement& write =
        db.cached("INSERT OR REPLACE INTO org (id, name, deleted, clocks) VALUES (?, ?, 0, ?)");
    write.bind(1, org.id).bind(2, name).bind(3, changes.clocksText());
    LL_TRY(write.exec());
    LL_TRY(m_store.appendOutbox(QStringLiteral("org"), org.id, QStringLiteral("upsert"), changes.payload()));
    LL_TRY(tx.commit());
    return org;
}

Result<Org> OrgRepository::org()
{
    Statement& st = m_store.db().cached("SELECT id, name FROM org WHERE deleted = 0 LIMIT 1");
    auto found = st.step();
    if (!found.ok())
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, Text::tr("No organisation has been set up yet"));
    Org o{st.text(0), st.text(1)};
    st.reset();
    return o;
}

Result<StoreInfo> OrgRepository::addStore(const QString& rawName, const QString& rawCity,
                                          const QString& rawManagerId)
{
    const QString name = rawName.trimmed();
    const QString city = rawCity.trimmed();
    const QString managerId = rawManagerId.trimmed().toLower();
    LL_TRY(checkRequiredText(Text::tr("Store name"), name, kMaxName));
    LL_TRY(checkText(Text::tr("City"), city, kMaxCity));
    LL_TRY(checkOptionalId(Text::tr("Manager"), managerId));
    auto owner = org();
    if (!owner.ok())
        return owner.error();

    Database& db = m_store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    LL_TRY(checkExists(db, "SELECT 1 FROM staff WHERE id = ? AND deleted = 0", managerId,
                       Text::tr("No staff member with id %1").arg(managerId)));
    StoreInfo s{newId(), owner->id, name, city, managerId};
    FieldChanges changes(m_store, QString());
    changes.set(QStringLiteral("orgId"), s.orgId);
    changes.set(QStringLiteral("name"), s.name);
    changes.set(QStringLiteral("city"), s.city);
    changes.set(QStringLiteral("managerId"), s.managerId);
    Statement& ins =
        db.cached("INSERT INTO store (id, org_id, name, city, manager_id, clocks) VALUES (?, ?, ?, ?, ?, ?)");
    ins.bind(1, s.id)
        .bind(2, s.orgId)
        .bind(3, s.name)
        .bind(4, s.city)
        .bind(5, s.managerId)
        .bind(6, changes.clocksText());
    LL_TRY(ins.exec());
    LL_TRY(m_store.appendOutbox(QStringLiteral("store"), s.id, QStringLiteral("upsert"), changes.payload()));
    LL_TRY(tx.commit());
    return s;
}

Result<QList<StoreInfo>> OrgRepository::stores()
{
    Statement& st = m_store.db().cached(
        "SELECT id, org_id, name, city, manager_id FROM store WHERE deleted = 0 ORDER BY name, id");
    QList<StoreInfo> out;
    while (true) {
        auto next = st.step();
        if (!next.ok())
            return next.error();
        if (!next.value())
            break;
        out << storeFromRow(st);
    }
    return out;
}

Result<Staff> OrgRepository::addStaff(const QString& rawName, const QString& roleCode,
                                      const QString& rawStoreId)
{
    const QString name = rawName.trimmed();
    const QString storeId = rawStoreId.trimmed().toLower();
    LL_TRY(checkRequiredText(Text::tr("Staff name"), name, kMaxName));
    const auto role = staffRoleFromCode(roleCode);
    if (!role)
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("Unknown role %1 (use guide, manager or admin)").arg(roleCode.left(20)));
    LL_TRY(checkOptionalId(Text::tr("Store"), storeId));
    auto owner = org();
    if (!owner.ok())
        return owner.error();

    Database& db = m_store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    LL_TRY(checkExists(db, "SELECT 1 FROM store WHERE id = ? AND deleted = 0", storeId,
                       Text::tr("No store with id %1").arg(storeId)));
    Staff s;
    s.id = newId();
    s.orgId = owner->id;
    s.storeId = storeId;
    s.name = name;
    s.role = *role;
    FieldChanges changes(m_store, QString());
    changes.set(QStringLiteral("orgId"), s.orgId);
    changes.set(QStringLiteral("storeId"), s.storeId);
    changes.set(QStringLiteral("name"), s.name);
    changes.set(QStringLiteral("role"), toCode(s.role));
    changes.set(QStringLiteral("status"), toCode(s.status));
    Statement& ins = db.cached(
        "INSERT INTO staff (id, org_id, store_id, name, role, status, clocks) VALUES (?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, s.id)
        .bind(2, s.orgId)
        .bind(3, s.storeId)
        .bind(4, s.name)
        .bind(5, toCode(s.role))
        .bind(6, toCode(s.status))
        .bind(7, changes.clocksText());
    LL_TRY(ins.exec());
    LL_TRY(m_store.appendOutbox(QStringLiteral("staff"), s.id, QStringLiteral("upsert"), changes.payload()));
    LL_TRY(tx.commit());
    return s;
}

Result<Staff> OrgRepository::staff(const QString& id)
{
    Statement& st = m_store.db().cached(
        "SELECT id, org_id, store_id, name, role, status FROM staff WHERE id = ? AND deleted = 0");
    st.bind(1, id.trimmed().toLower());
    auto found = st.step();
    if (!found.ok())
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, Text::tr("No staff member with id %1").arg(id.left(40)));
    Staff s = staffFromRow(st);
    st.reset();
    return s;
}

Result<QList<Staff>> OrgRepository::staffList()
{
    Statement& st = m_store.db().cached(
        "SELECT id, org_id, store_id, name, role, status FROM staff WHERE deleted = 0 ORDER BY name, id");
    QList<Staff> out;
    while (true) {
        auto next = st.step();
        if (!next.ok())
            return next.error();
        if (!next.value())
            break;
        out << staffFromRow(st);
    }
    return out;
}

Status OrgRepository::markDeparted(const QString& staffId)
{
    Database& db = m_store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    auto member = staff(staffId);
    if (!member.ok())
        return member.error();
    if (member->status == StaffStatus::Departed)
        return tx.commit();
    Statement& clocksOf = db.cached("SELECT clocks FROM staff WHERE id = ?");
    clocksOf.bind(1, member->id);
    auto row = clocksOf.step();
    if (!row.ok())
        return row.error();
    FieldChanges changes(m_store, clocksOf.text(0));
    clocksOf.reset();
    changes.set(QStringLiteral("status"), toCode(StaffStatus::Departed));
    Statement& upd = db.cached("UPDATE staff SET status = 'departed', clocks = ? WHERE id = ?");
    upd.bind(1, changes.clocksText()).bind(2, member->id);
    LL_TRY(upd.exec());
    LL_TRY(m_store.appendOutbox(QStringLiteral("staff"), member->id, QStringLiteral("upsert"),
                                changes.payload()));
    return tx.commit();
}

} // namespace ll
