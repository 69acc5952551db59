#pragma once

#include "Plan.h"
#include "Prng.h"
#include "Vocabulary.h"
#include "World.h"

#include "util/Result.h"

namespace ll {
class Database;
}

namespace llbench {

// Writes one contact and everything hanging off it (phones, search index entry, tag links,
// follow-ups, purchases) straight through the store's cached statements: going through the
// repositories would also write an outbox row per edit, which already-synced data does not have.
class ContactWriter
{
public:
    ContactWriter(ll::Database& db, const World& world, const Vocabulary& vocab, const Plan& plan);

    ll::Status write(int index);

private:
    struct Times
    {
        qint64 created = 0;
        qint64 lastContacted = 0;
        QList<qint64> followUps;
    };

    Times drawTimes(int index);
    ll::Status writePhones(qint64 rowId, const StaffRef& owner, qint64 created);
    ll::Status writeTags(qint64 rowId, int count, const StaffRef& owner, qint64 created);
    ll::Status writeFollowUps(qint64 rowId, const Times& times, const StaffRef& owner);
    ll::Status writePurchases(qint64 rowId, int count, const StaffRef& owner, qint64 created);
    qint64 after(qint64 ms);

    ll::Database& m_db;
    const World& m_world;
    const Vocabulary& m_vocab;
    const Plan& m_plan;
    Prng m_rng;
    WeightedPicker m_tagPicker;
    WeightedPicker m_productPicker;
    WeightedPicker m_stagePicker;
    WeightedPicker m_kindPicker;
    QStringList m_sources;
};

} // namespace llbench
