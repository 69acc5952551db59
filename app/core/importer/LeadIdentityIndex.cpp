#include "importer/LeadIdentityIndex.h"

#include "importer/LeadRow.h"
#include "store/Statement.h"

#include <algorithm>

namespace ll {

namespace {

// The identities of live contacts: what the per-row queries of the import used to ask, for every contact.
constexpr const char* kMobilesSql = "SELECT c.rowid, c.id, c.created_at, p.digits FROM contact_phone p "
                                    "JOIN contact c ON c.rowid = p.contact_rowid "
                                    "WHERE p.present = 1 AND p.kind = 'mobile' AND c.deleted = 0";
constexpr const char* kWechatsSql =
    "SELECT rowid, id, created_at, wechat_id FROM contact WHERE wechat_id <> '' AND deleted = 0";

} // namespace

void LeadIdentityIndex::KeyIndex::link(const QString& key, qint64 rowId, QStringList& keysOf)
{
    if (key.isEmpty())
        return;
    const auto first = m_first.constFind(key);
    if (first == m_first.constEnd())
        m_first.insert(key, rowId);
    else if (*first == rowId || m_more.contains(key, rowId))
        return;
    else
        m_more.insert(key, rowId);
    keysOf << key;
}

void LeadIdentityIndex::KeyIndex::unlink(const QString& key, qint64 rowId)
{
    const auto first = m_first.find(key);
    if (first == m_first.end())
        return;
    if (*first != rowId) {
        m_more.remove(key, rowId);
        return;
    }
    // The next contact with this key, if any, moves into its place.
    const auto next = m_more.find(key);
    if (next == m_more.end()) {
        m_first.erase(first);
        return;
    }
    *first = next.value();
    m_more.erase(next);
}

template <typename F> void LeadIdentityIndex::KeyIndex::forEach(const QString& key, F&& f) const
{
    const auto first = m_first.constFind(key);
    if (first == m_first.constEnd())
        return;
    f(*first);
    if (m_more.isEmpty())
        return;
    for (auto it = m_more.constFind(key); it != m_more.constEnd() && it.key() == key; ++it)
        f(it.value());
}

LeadIdentityIndex::Entry* LeadIdentityIndex::entry(const Contact& contact)
{
    auto it = m_contacts.find(contact.rowId);
    if (it == m_contacts.end())
        it = m_contacts.insert(contact.rowId, Entry{contact, {}, {}});
    return &it.value();
}

void LeadIdentityIndex::forget(qint64 rowId)
{
    const auto it = m_contacts.constFind(rowId);
    if (it == m_contacts.constEnd())
        return;
    for (const QString& mobile : it->mobiles)
        m_byMobile.unlink(mobile, rowId);
    for (const QString& wechatId : it->wechatIds)
        m_byWechat.unlink(wechatId, rowId);
    m_contacts.erase(it);
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
            auto it = index.m_contacts.find(rowId);
            if (it == index.m_contacts.end())
                it = index.m_contacts.insert(rowId, Entry{Contact{rowId, st.text(1), st.int64(2)}, {}, {}});
            if (mobiles)
                index.m_byMobile.link(st.text(3), rowId, it->mobiles);
            else
                index.m_byWechat.link(st.text(3), rowId, it->wechatIds);
        }
    }
    return index;
}

QList<LeadIdentityIndex::Contact> LeadIdentityIndex::find(const LeadRow& row) const
{
    QList<Contact> found;
    auto collect = [&](const KeyIndex& keys, const QString& key) {
        keys.forEach(key, [&](qint64 rowId) {
            const auto entry = m_contacts.constFind(rowId);
            if (entry != m_contacts.constEnd() &&
                std::none_of(found.begin(), found.end(),
                             [rowId](const Contact& c) { return c.rowId == rowId; }))
                found << entry->contact;
        });
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
    Entry* e = entry(contact);
    e->contact = contact;
    for (const QString& mobile : mobiles)
        m_byMobile.link(mobile, contact.rowId, e->mobiles);
    m_byWechat.link(wechatId, contact.rowId, e->wechatIds);
}

void LeadIdentityIndex::addMobile(qint64 rowId, const QString& mobile)
{
    const auto it = m_contacts.find(rowId);
    if (it != m_contacts.end())
        m_byMobile.link(mobile, rowId, it->mobiles);
}

void LeadIdentityIndex::addWechat(qint64 rowId, const QString& wechatId)
{
    const auto it = m_contacts.find(rowId);
    if (it != m_contacts.end())
        m_byWechat.link(wechatId, rowId, it->wechatIds);
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
