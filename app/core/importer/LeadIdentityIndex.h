#pragma once

#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QMultiHash>
#include <QString>
#include <QStringList>

namespace ll {

class Database;
struct LeadRow;

// Who a lead row is, answered from memory: every live contact's present mobiles (normalised digits, as
// stored) and WeChat ID, read once per import and kept in step with what the import writes. It answers
// exactly what the identity queries would (only mobiles identify a person, deleted contacts never match)
// at the cost of one pass over the store instead of one or two queries per row.
class LeadIdentityIndex
{
public:
    struct Contact
    {
        qint64 rowId = 0;
        QString id;
        qint64 createdAt = 0;
    };

    static Result<LeadIdentityIndex> load(Database& db);

    // The live contacts having one of the row's mobiles or its WeChat ID, oldest first (then by rowid).
    QList<Contact> find(const LeadRow& row) const;

    // A contact the import created, with its mobile elements and WeChat ID.
    void add(const Contact& contact, const QStringList& mobiles, const QString& wechatId);
    // An identity the import gave an existing contact.
    void addMobile(qint64 rowId, const QString& mobile);
    void addWechat(qint64 rowId, const QString& wechatId);
    // Reads one contact's identities again (after a merge or a rolled-back row); a deleted contact drops out.
    Status refresh(Database& db, qint64 rowId);

    qsizetype contactCount() const { return m_contacts.size(); }

private:
    // Key → rowids, for keys that nearly always name one contact: the first rowid is kept in place, any
    // further ones aside, so a key costs one hash node rather than a node and a list.
    class KeyIndex
    {
    public:
        // Links a non-empty key to rowId once, and lists it in `keysOf` (the contact's own keys) when new.
        void link(const QString& key, qint64 rowId, QStringList& keysOf);
        void unlink(const QString& key, qint64 rowId);
        template <typename F> void forEach(const QString& key, F&& f) const;

    private:
        QHash<QString, qint64> m_first;
        QMultiHash<QString, qint64> m_more;
    };
    struct Entry
    {
        Contact contact;
        QStringList mobiles;   // its keys in m_byMobile, to forget them
        QStringList wechatIds; // its keys in m_byWechat
    };

    Entry* entry(const Contact& contact); // the contact's entry, made if new
    void forget(qint64 rowId);

    QHash<qint64, Entry> m_contacts; // live contacts with at least one identity
    KeyIndex m_byMobile;             // stored digits → rowids
    KeyIndex m_byWechat;             // WeChat ID → rowids
};

} // namespace ll
