#include "ContactWriter.h"

#include "domain/ContactRows.h"
#include "domain/ContactValidation.h"
#include "domain/Enums.h"
#include "search/ContactSearchIndex.h"
#include "store/Database.h"
#include "store/FieldClocks.h"
#include "store/Statement.h"
#include "text/PhoneNumber.h"

#include <QDateTime>

#include <algorithm>
#include <vector>

namespace llbench {

namespace {

// Stage mix of a store's book: many leads and customers, few loyal or lost.
const char* const kStages[] = {"lead", "prospect", "customer", "loyal", "dormant", "lost"};
const std::vector<double> kStageWeights{30, 20, 30, 8, 10, 2};
const char* const kKinds[] = {"chat", "message", "call", "visit"};
const std::vector<double> kKindWeights{45, 25, 20, 10};
// Tag popularity: a handful of tags (会员, 女性-like) are on most contacts, most are rare.
constexpr double kTagSkew = 0.8;
constexpr double kProductSkew = 1.0;

QString isoDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
}

} // namespace

ContactWriter::ContactWriter(ll::Database& db, const World& world, const Vocabulary& vocab, const Plan& plan)
    : m_db(db)
    , m_world(world)
    , m_vocab(vocab)
    , m_plan(plan)
    , m_rng(world.seed ^ 0xc0ffee0000000001ULL)
    , m_tagPicker(zipfWeights(int(world.tagRowIds.size()), kTagSkew))
    , m_productPicker(zipfWeights(int(world.products.size()), kProductSkew))
    , m_stagePicker(kStageWeights)
    , m_kindPicker(kKindWeights)
    , m_sources(ll::knownSourceChannels())
{}

qint64 ContactWriter::after(qint64 ms)
{
    return ms + qint64(m_rng.below(std::uint64_t(std::max<qint64>(1, m_world.nowMs - ms))));
}

ContactWriter::Times ContactWriter::drawTimes(int index)
{
    Times t;
    constexpr qint64 month = 30LL * 24 * 3600 * 1000;
    t.created = m_world.startMs + qint64(m_rng.below(std::uint64_t(m_world.nowMs - month - m_world.startMs)));
    for (int i = 0; i < m_plan.followUps[std::size_t(index)]; ++i) {
        t.followUps << after(t.created);
        t.lastContacted = std::max(t.lastContacted, t.followUps.last());
    }
    return t;
}

ll::Status ContactWriter::write(int index)
{
    Prng& r = m_rng;
    const StaffRef& owner = m_world.guides[qsizetype(r.below(std::uint64_t(m_world.guides.size())))];
    const QString name = m_vocab.personName(r);
    const QString nickname = m_vocab.nickname(r, name);
    const QString wechat = m_vocab.wechatId(r);
    const auto genderRoll = r.below(100);
    const QString gender = genderRoll < 75   ? QStringLiteral("female")
                           : genderRoll < 95 ? QStringLiteral("male")
                                             : QString();
    QString birthday;
    if (r.chance(0.6))
        birthday = QDate(1960, 1, 1).addDays(qint64(r.below(16'800))).toString(Qt::ISODate);
    const QString city = m_vocab.city(r);
    const QString source = m_sources[qsizetype(r.below(std::uint64_t(m_sources.size())))];
    const int stage = m_stagePicker.pick(r);
    const int intent = int(r.below(4));
    const qint64 points = stage == 2 || stage == 3 ? qint64(r.below(20'000)) : 0;
    const QString notes = r.chance(0.6) ? m_vocab.contactNote(r) : QString();
    const Times times = drawTimes(index);
    const qint64 updated = std::max(times.created, times.lastContacted);

    // Synced data carries one clock per field, as the server sent it; the last-contacted clock moves with it.
    ll::FieldClocks clocks;
    const QString createdClock = clockAt(times.created, owner.device);
    for (const QString& field : ll::contact_rows::scalarFields())
        clocks.set(field, createdClock);
    if (times.lastContacted > 0)
        clocks.set(QStringLiteral("lastContactedAt"), clockAt(times.lastContacted, owner.device));

    ll::Statement& ins =
        m_db.cached("INSERT INTO contact (id, owner_id, store_id, name, nickname, wechat_id, gender, "
                    "birthday, city, source, "
                    "stage, intent, points, notes, created_at, updated_at, last_contacted_at, clocks) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    ins.bind(1, r.uuid())
        .bind(2, owner.id)
        .bind(3, owner.storeId)
        .bind(4, name)
        .bind(5, nickname)
        .bind(6, wechat)
        .bind(7, gender)
        .bind(8, birthday)
        .bind(9, city)
        .bind(10, source)
        .bind(11, kStages[stage])
        .bind(12, intent)
        .bind(13, points)
        .bind(14, notes)
        .bind(15, times.created)
        .bind(16, updated)
        .bind(17, times.lastContacted)
        .bind(18, clocks.serialize());
    LL_TRY(ins.exec());
    const qint64 rowId = m_db.lastInsertRowId();

    LL_TRY(writePhones(rowId, owner, times.created));
    // The repository's own index writer, so generated tokens are exactly what the app would store.
    LL_TRY(ll::ContactSearchIndex(m_db).reindex(rowId));
    LL_TRY(writeTags(rowId, m_plan.tagLinks[std::size_t(index)], owner, times.created));
    LL_TRY(writeFollowUps(rowId, times, owner));
    return writePurchases(rowId, m_plan.purchases[std::size_t(index)], owner, times.created);
}

ll::Status ContactWriter::writePhones(qint64 rowId, const StaffRef& owner, qint64 created)
{
    const int count = m_rng.chance(0.1) ? 2 : (m_rng.chance(0.97) ? 1 : 0);
    for (int i = 0; i < count; ++i) {
        const auto phone = ll::PhoneNumber::parse(m_vocab.mobile(m_rng));
        if (!phone.ok())
            return phone.error();
        ll::Statement& st =
            m_db.cached("INSERT OR IGNORE INTO contact_phone (contact_rowid, digits, kind, present, "
                        "added_at) VALUES (?, ?, 'mobile', 1, ?)");
        st.bind(1, rowId).bind(2, ll::phoneElement(phone.value())).bind(3, clockAt(created, owner.device));
        LL_TRY(st.exec());
    }
    return {};
}

ll::Status ContactWriter::writeTags(qint64 rowId, int count, const StaffRef& owner, qint64 created)
{
    std::vector<int> chosen;
    while (int(chosen.size()) < count) {
        const int t = m_tagPicker.pick(m_rng);
        if (std::find(chosen.begin(), chosen.end(), t) == chosen.end())
            chosen.push_back(t);
    }
    for (int t : chosen) {
        ll::Statement& st = m_db.cached(
            "INSERT INTO contact_tag (tag_rowid, contact_rowid, present, added_at) VALUES (?, ?, 1, ?)");
        st.bind(1, m_world.tagRowIds[t]).bind(2, rowId).bind(3, clockAt(after(created), owner.device));
        LL_TRY(st.exec());
    }
    return {};
}

ll::Status ContactWriter::writeFollowUps(qint64 rowId, const Times& times, const StaffRef& owner)
{
    for (qint64 at : times.followUps) {
        ll::Statement& st = m_db.cached("INSERT INTO followup (id, contact_rowid, kind, outcome, note, "
                                        "staff_id, happened_at, created_clock) "
                                        "VALUES (?,?,?,?,?,?,?,?)");
        st.bind(1, m_rng.uuid())
            .bind(2, rowId)
            .bind(3, kKinds[m_kindPicker.pick(m_rng)])
            .bind(4, m_vocab.followUpOutcome(m_rng))
            .bind(5, m_vocab.followUpNote(m_rng))
            .bind(6, owner.id)
            .bind(7, at)
            .bind(8, clockAt(at, owner.device));
        LL_TRY(st.exec());
    }
    return {};
}

ll::Status ContactWriter::writePurchases(qint64 rowId, int count, const StaffRef& owner, qint64 created)
{
    for (int i = 0; i < count; ++i) {
        const ProductRef& product = m_world.products[m_productPicker.pick(m_rng)];
        const int quantity = m_rng.between(1, 3);
        const qint64 at = after(created);
        ll::Statement& st = m_db.cached("INSERT INTO purchase (id, contact_rowid, product_rowid, quantity, "
                                        "amount_cents, purchased_on, staff_id, "
                                        "created_clock) VALUES (?,?,?,?,?,?,?,?)");
        st.bind(1, m_rng.uuid())
            .bind(2, rowId)
            .bind(3, product.rowId)
            .bind(4, quantity)
            .bind(5, product.priceCents * quantity)
            .bind(6, isoDate(at))
            .bind(7, owner.id)
            .bind(8, clockAt(at, owner.device));
        LL_TRY(st.exec());
    }
    return {};
}

} // namespace llbench
