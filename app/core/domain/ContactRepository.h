#pragma once

#include "domain/Contact.h"
#include "domain/ContactQuery.h"
#include "util/Result.h"

namespace ll {

class Store;

// Contacts in the encrypted store. Every write runs in one transaction together with its outbox
// mutation and per-field clock updates, and keeps the search index in step.
class ContactRepository
{
public:
    explicit ContactRepository(Store& store);

    Result<Contact> add(const ContactInput& input);
    // Accepts a full UUID or a unique prefix of at least 4 characters (for the CLI).
    Result<Contact> get(const QString& idOrPrefix);
    Result<Contact> update(const QString& id, const ContactInput& patch);
    Status remove(const QString& id); // tombstone; NotFound when missing or already deleted

    Result<QList<Contact>> list(const ContactQuery& query);
    Result<int> count(const ContactQuery& query);

    // Other live contacts that share a normalised mobile number or the WeChat ID ("One ID").
    Result<QList<Contact>> duplicatesOf(const QString& id);
    // Keeps `keepId`; the other becomes a tombstone with merged_into set. The kept contact gets the union of
    // phones, tags, follow-ups, purchases and notes; empty scalar fields are filled from the merged one.
    // Notes are concatenated (both kept), points summed, intent and last-contacted take the maximum, the
    // stage only moves forward along the funnel (see ContactMerge.cpp).
    Result<Contact> merge(const QString& keepId, const QString& mergedId);

    // Marks the contact contacted now (used by follow-ups).
    Status touchLastContacted(qint64 contactRowId, const QDateTime& when);

private:
    Store& m_store;
};

} // namespace ll
