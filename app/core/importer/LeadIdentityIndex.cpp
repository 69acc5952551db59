#include "importer/LeadIdentityIndex.h"

#include "importer/LeadRow.h"
#include "store/Statement.h"

#include <algorithm>

namespace ll {

namespace {

const QString kMobileTag = QStringLiteral("m:");
const QString kWechatTag = QStringLiteral("w:");

// The identities of live contacts: what the per-row queries of the import used to ask, for every contact.
constexpr const char* kMobilesSql = "SELECT c.rowid, c.id, c.created_at, p.digits FROM contact_phone p "
                                    "JOIN contact c ON c.rowid = p.contact_rowid "
                                    "WHERE p.present = 1 AND p.kind = 'mobile' AND c.deleted = 0";
constexpr const char* kWechatsSql =
    "SELECT rowid, id, created_at, wechat_id FROM contact WHERE wechat_id <> '' AND deleted = 0";

} // namespace

void LeadIdentityIndex::link(QHash<QString, QList<qint64>>& map, const QString& key, qint64 rowId,
                             const QString& tag)
{
    if (key.isEmpty())
        return;
    QList<qint64>& rows = map[key];
    if (rows.contains(rowId))
        return;
    rows << rowId;
    m_keysOf[rowId] << tag + key;
}

void LeadIdentityIndex::forget(qint64 rowId)
{
    for (const QString& key : m_keysOf.take(rowId)) {
        auto& map = key.startsWith(kMobileTag) ? m_byMobile : m_byWechat;
        const QString bare = key.mid(2);
        auto it = map.find(bare);
        if (it == map.end())
            continue;
        it->removeAll(rowId);
        if (it->isEmpty())
            map.erase(it);
    }
    m_contacts.remove(rowId);
}

Result<LeadIdentityIndex> LeadIdentityIndex::load(Database& db)
{
    LeadIdentityIndex index;
    for (const char* sql : {kMobilesSql, kWechatsSql}) {
        const bool mobiles = sql == kMobilesSql;
        Statement st(db, sql);
        while (true) {
            auto next = st.step();
            if (!next.ok())
                return next.error();
            if (!next.value())
                break;
            const qint64 rowId = st.int64(0);
            if (!index.m_contacts.contains(rowId))
                index.m_contacts.insert(rowId, Contact{rowId, st.text(1), st.int64(2)});
            if (mobiles)
                index.link(index.m_byMobile, st.text(3), rowId, kMobileTag);
            else
                index.link(index.m_byWechat, st.text(3), rowId, kWechatTag);
        }
    }
    return index;
}

QList<LeadIdentityIndex::Contact> LeadIdentityIndex::find(const LeadRow& row) const
{
    QList<Contact> found;
    auto collect = [&](const QHash<QString, QList<qint64>>& map, const QString& key) {
        const auto it = map.constFind(key);
        if (it == map.constEnd())
            return;
        for (qint64 rowId : *it) {
            const auto contact = m_contacts.constFind(rowId);
            if (contact != m_contacts.constEnd() &&
                std::none_of(found.begin(), found.end(),
                             [rowId](const Contact& c) { return c.rowId == rowId; }))
                found << *contact;
        }
    };
    for (const PhoneNumber& mobile : row.mobiles)
        collect(m_byMobile, mobile.digits());
    if (!row.wechatId.isEmpty())
        collect(m_byWechat, row.wechatId);
    std::sort(found.begin(), found.end(), [](const Contact& a, const Contact& b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.rowId < b.rowId;
    });
    return found;
}

void LeadIdentityIndex::add(const Contact& contact, const QStringList& mobiles, const QString& wechatId)
{
    m_contacts.insert(contact.rowId, contact);
    for (const QString& mobile : mobiles)
        link(m_byMobile, mobile, contact.rowId, kMobileTag);
    link(m_byWechat, wechatId, contact.rowId, kWechatTag);
}

void LeadIdentityIndex::addMobile(qint64 rowId, const QString& mobile)
{
    if (m_contacts.contains(rowId))
        link(m_byMobile, mobile, rowId, kMobileTag);
}

void LeadIdentityIndex::addWechat(qint64 rowId, const QString& wechatId)
{
    if (m_contacts.contains(rowId))
        link(m_byWechat, wechatId, rowId, kWechatTag);
}

Status LeadIdentityIndex::refresh(Database& db, qint64 rowId)
{
    forget(rowId);
    Statement contact(db, "SELECT id, created_at, wechat_id FROM contact WHERE rowid = ? AND deleted = 0");
    contact.bind(1, rowId);
    auto found = contact.step();
    if (!found.ok())
        return found.error();
    if (!found.value())
        return {};
    const Contact c{rowId, contact.text(0), contact.int64(1)};
    const QString wechatId = contact.text(2);
    contact.reset();
    QStringList mobiles;
    Statement phones(db, "SELECT digits FROM contact_phone WHERE contact_rowid = ? AND present = 1 "
                         "AND kind = 'mobile'");
    phones.bind(1, rowId);
    while (true) {
        auto next = phones.step();
        if (!next.ok())
            return next.error();
        if (!next.value())
            break;
        mobiles << phones.text(0);
    }
    if (!mobiles.isEmpty() || !wechatId.isEmpty())
        add(c, mobiles, wechatId);
    return {};
}

} // namespace ll
