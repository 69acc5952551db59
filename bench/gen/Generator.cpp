#include "Generator.h"

#include "ContactWriter.h"
#include "Plan.h"
#include "Prng.h"
#include "Timer.h"
#include "Vocabulary.h"
#include "World.h"

#include "profile/Profile.h"
#include "store/Database.h"
#include "store/FieldClocks.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QDateTime>

#include <algorithm>
#include <cstdio>

namespace llbench {

namespace {

// Contacts per transaction: large enough that commits are rare, small enough that FTS4's pending
// terms and the WAL stay bounded.
constexpr int kBatch = 5'000;

QString hex8(Prng& rng)
{
    return QStringLiteral("%1").arg(rng.next() & 0xffffffffULL, 8, 16, QLatin1Char('0'));
}

QString allFieldClocks(std::initializer_list<const char*> fields, const QString& clock)
{
    ll::FieldClocks c;
    for (const char* f : fields)
        c.set(QLatin1String(f), clock);
    return c.serialize();
}

ll::Status writeOrg(ll::Database& db, World& w, const Vocabulary& vocab, Prng& rng)
{
    const QString orgId = rng.uuid();
    const QString hqDevice = hex8(rng);
    const QString clock = clockAt(w.startMs, hqDevice);
    ll::Statement& org = db.cached("INSERT INTO org (id, name, clocks) VALUES (?, ?, ?)");
    org.bind(1, orgId).bind(2, QStringLiteral("留量美妆连锁")).bind(3, allFieldClocks({"name"}, clock));
    LL_TRY(org.exec());

    QStringList storeIds;
    for (int s = 0; s < w.sizes.stores; ++s) {
        const QString city = vocab.city(rng);
        storeIds << rng.uuid();
        ll::Statement& st =
            db.cached("INSERT INTO store (id, org_id, name, city, clocks) VALUES (?, ?, ?, ?, ?)");
        st.bind(1, storeIds.last())
            .bind(2, orgId)
            .bind(3, QStringLiteral("%1%2号店").arg(city).arg(s + 1))
            .bind(4, city)
            .bind(5, allFieldClocks({"name", "city", "managerId"}, clock));
        LL_TRY(st.exec());
    }
    for (int g = 0; g < w.sizes.guides; ++g) {
        StaffRef ref{rng.uuid(), storeIds[g % storeIds.size()], hex8(rng)};
        // The first staff member of each store manages it; the rest are guides.
        const bool manager = g < storeIds.size() && w.sizes.guides > 1;
        ll::Statement& st = db.cached("INSERT INTO staff (id, org_id, store_id, name, role, status, clocks) "
                                      "VALUES (?, ?, ?, ?, ?, 'active', ?)");
        st.bind(1, ref.id)
            .bind(2, orgId)
            .bind(3, ref.storeId)
            .bind(4, vocab.personName(rng))
            .bind(5, manager ? "manager" : "guide")
            .bind(6, allFieldClocks({"name", "role", "status", "storeId"}, clock));
        LL_TRY(st.exec());
        w.guides << ref;
    }
    return {};
}

ll::Status writeTags(ll::Database& db, World& w, const Vocabulary& vocab, Prng& rng)
{
    const QString clock = clockAt(w.startMs, w.guides.first().device);
    const int perGroup = w.sizes.tags / w.sizes.tagGroups;
    for (int g = 0; g < w.sizes.tagGroups; ++g) {
        const QString groupId = rng.uuid();
        ll::Statement& grp =
            db.cached("INSERT INTO tag_group (id, name, color, sort_order, clocks) VALUES (?,?,?,?,?)");
        grp.bind(1, groupId)
            .bind(2, vocab.tagGroupNames()[g])
            .bind(3, QStringLiteral("#%1").arg(rng.next() & 0xffffff, 6, 16, QLatin1Char('0')))
            .bind(4, g)
            .bind(5, allFieldClocks({"name", "color", "sortOrder"}, clock));
        LL_TRY(grp.exec());
        for (int t = 0; t < perGroup; ++t) {
            ll::Statement& tag =
                db.cached("INSERT INTO tag (id, group_id, name, clocks) VALUES (?, ?, ?, ?)");
            tag.bind(1, rng.uuid())
                .bind(2, groupId)
                .bind(3, vocab.tagName(g, t))
                .bind(4, allFieldClocks({"name", "groupId"}, clock));
            LL_TRY(tag.exec());
            w.tagRowIds << db.lastInsertRowId();
        }
    }
    // Popularity must not follow group order, or every popular tag would sit in the first group.
    for (qsizetype i = w.tagRowIds.size() - 1; i > 0; --i)
        std::swap(w.tagRowIds[i], w.tagRowIds[qsizetype(rng.below(std::uint64_t(i + 1)))]);
    return {};
}

ll::Status writeProducts(ll::Database& db, World& w, const Vocabulary& vocab, Prng& rng)
{
    const QString clock = clockAt(w.startMs, w.guides.first().device);
    const int cycles[] = {0, 30, 60, 90, 180};
    for (int p = 0; p < w.sizes.products; ++p) {
        ll::Statement& st = db.cached(
            "INSERT INTO product (id, sku, name, category, cycle_days, clocks) VALUES (?, ?, ?, ?, ?, ?)");
        st.bind(1, rng.uuid())
            .bind(2, QStringLiteral("SKU%1").arg(p + 100001))
            .bind(3, vocab.productName(rng, p))
            .bind(4, vocab.productCategory(p))
            .bind(5, cycles[rng.below(std::size(cycles))])
            .bind(6, allFieldClocks({"sku", "name", "category", "cycleDays"}, clock));
        LL_TRY(st.exec());
        w.products << ProductRef{db.lastInsertRowId(), qint64(rng.between(29, 1299)) * 100};
    }
    return {};
}

ll::Status writeContacts(ll::Database& db, const World& w, const Vocabulary& vocab, Prng& rng)
{
    const int maxTags = std::min(w.sizes.tags / 2, 60);
    const Plan plan =
        Plan::make(w.sizes.contacts, w.sizes.tagLinks, w.sizes.followUps, w.sizes.purchases, maxTags, rng);
    ContactWriter writer(db, w, vocab, plan);
    Timer timer;
    for (int first = 0; first < w.sizes.contacts; first += kBatch) {
        ll::Transaction tx(db);
        LL_TRY(tx.beginStatus());
        const int last = std::min(w.sizes.contacts, first + kBatch);
        for (int i = first; i < last; ++i)
            LL_TRY(writer.write(i));
        LL_TRY(tx.commit());
        std::fprintf(stderr, "\r  contacts %d/%d  (%.1f s)", last, w.sizes.contacts, timer.ms() / 1000.0);
        std::fflush(stderr);
    }
    std::fprintf(stderr, "\n");
    return {};
}

} // namespace

ll::Status generateProfile(const GeneratorOptions& o)
{
    ll::KeyProtection protection;
    protection.passphrase = o.passphrase;
    auto profile = ll::Profile::create(o.profileDir, protection);
    if (!profile.ok())
        return profile.error();
    ll::Store& store = profile.value()->store();
    ll::Database& db = store.db();

    // Generation only: a big cache keeps the random UUID index inserts in memory, and a crash
    // mid-generation loses nothing worth keeping, so the per-commit fsync is skipped. Neither
    // setting persists; the benchmarks open the store with the app's own settings.
    LL_TRY(db.exec("PRAGMA cache_size = -1048576"));
    LL_TRY(db.exec("PRAGMA synchronous = OFF"));

    World w;
    w.sizes = o.sizes;
    w.seed = o.seed;
    w.startMs = QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    w.nowMs = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const Vocabulary vocab;
    Prng rng(o.seed);

    {
        ll::Transaction tx(db);
        LL_TRY(tx.beginStatus());
        LL_TRY(writeOrg(db, w, vocab, rng));
        LL_TRY(writeTags(db, w, vocab, rng));
        LL_TRY(writeProducts(db, w, vocab, rng));
        LL_TRY(tx.commit());
    }
    LL_TRY(writeContacts(db, w, vocab, rng));

    // This device acts as the first guide, and its clock starts after every generated edit.
    LL_TRY(store.setActorId(w.guides.first().id));
    LL_TRY(store.setMeta(QStringLiteral("clock_last"), clockAt(w.nowMs, w.guides.first().device)));
    // A long-lived store keeps its data in the main file, not a gigabyte WAL.
    LL_TRY(db.exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    return {};
}

} // namespace llbench
