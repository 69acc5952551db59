#include "RepositoryBench.h"

#include "Timer.h"

#include "crypto/KeyVault.h"
#include "domain/ContactRepository.h"
#include "store/Store.h"

#include <memory>

namespace llbench {

namespace {

constexpr double kSearchTargetMs = 20;
constexpr double kTagAndTargetMs = 20;

ll::Result<std::unique_ptr<ll::Store>> openStore(const BenchContext& ctx)
{
    return ll::Store::open(ctx.profileDir, ctx.key, false);
}

// Times one list() call; the result is checked so a failing query cannot pass as a fast one.
ll::Result<double> timeList(ll::Store& store, const ll::ContactQuery& q)
{
    Timer t;
    auto rows = ll::ContactRepository(store).list(q);
    const double ms = t.ms();
    if (!rows.ok())
        return rows.error();
    return ms;
}

std::optional<double> targetFor(const NamedQuery& q)
{
    if (q.isSearch)
        return kSearchTargetMs;
    if (q.isTagAnd)
        return kTagAndTargetMs;
    return std::nullopt;
}

} // namespace

ll::Status benchRepository(BenchContext& ctx, const QList<NamedQuery>& queries)
{
    auto warmStore = openStore(ctx);
    if (!warmStore.ok())
        return warmStore.error();
    ll::Store& store = *warmStore.value();
    ll::ContactRepository repo(store);

    Measurement searchWarm{QStringLiteral("search.all.warm"),
                           QStringLiteral("ms"),
                           {},
                           kSearchTargetMs,
                           QStringLiteral("every search query's warm runs pooled")};
    Measurement searchCold{QStringLiteral("search.all.cold_first"),
                           QStringLiteral("ms"),
                           {},
                           std::nullopt,
                           QStringLiteral("every search query's cold-first runs pooled")};
    for (const NamedQuery& q : queries) {
        auto matches = repo.count(q.query);
        if (!matches.ok())
            return matches.error();
        const QString note = QStringLiteral("%1, %2 matches").arg(describe(q)).arg(matches.value());

        Measurement warm{q.name + QStringLiteral(".warm"), QStringLiteral("ms"), {}, targetFor(q), note};
        auto first = timeList(store, q.query); // untimed warm-up
        if (!first.ok())
            return first.error();
        for (int r = 0; r < ctx.runs; ++r) {
            auto ms = timeList(store, q.query);
            if (!ms.ok())
                return ms.error();
            warm.samples << ms.value();
        }

        Measurement cold{
            q.name + QStringLiteral(".cold_first"), QStringLiteral("ms"), {}, std::nullopt, note};
        for (int r = 0; r < (ctx.skipCold ? 0 : ctx.runs); ++r) {
            auto fresh = openStore(ctx);
            if (!fresh.ok())
                return fresh.error();
            auto ms = timeList(*fresh.value(), q.query);
            if (!ms.ok())
                return ms.error();
            cold.samples << ms.value();
        }
        if (q.isSearch) {
            searchWarm.samples << warm.samples;
            searchCold.samples << cold.samples;
        }
        ctx.add(warm);
        ctx.add(cold);
    }
    ctx.add(searchWarm);
    ctx.add(searchCold);

    Measurement count{QStringLiteral("count.all.warm"),
                      QStringLiteral("ms"),
                      {},
                      std::nullopt,
                      QStringLiteral("count of live contacts, no filter")};
    for (int r = 0; r <= ctx.runs; ++r) {
        Timer t;
        auto n = repo.count({});
        const double ms = t.ms();
        if (!n.ok())
            return n.error();
        if (r > 0) // the first run warms the cache
            count.samples << ms;
    }
    ctx.add(count);

    // The CLI and the contact list show "1-50 of N", so a fresh process pays for this count too.
    Measurement countCold{QStringLiteral("count.all.cold_first"),
                          QStringLiteral("ms"),
                          {},
                          std::nullopt,
                          QStringLiteral("count of live contacts on a freshly opened store")};
    for (int r = 0; r < (ctx.skipCold ? 0 : ctx.runs); ++r) {
        auto fresh = openStore(ctx);
        if (!fresh.ok())
            return fresh.error();
        Timer t;
        auto n = ll::ContactRepository(*fresh.value()).count({});
        const double ms = t.ms();
        if (!n.ok())
            return n.error();
        countCold.samples << ms;
    }
    ctx.add(countCold);
    return {};
}

ll::Status benchOpenSplit(BenchContext& ctx)
{
    Measurement unlock{QStringLiteral("open.unlock_argon2id"),
                       QStringLiteral("ms"),
                       {},
                       std::nullopt,
                       QStringLiteral("KeyVault::unlockWithPassphrase: deliberate KDF cost")};
    Measurement open{
        QStringLiteral("open.store"),
        QStringLiteral("ms"),
        {},
        std::nullopt,
        QStringLiteral("Store::open with the key unwrapped: key, cipher checks, WAL, migrations check")};
    Measurement openList{QStringLiteral("open.store_and_list50"),
                         QStringLiteral("ms"),
                         {},
                         std::nullopt,
                         QStringLiteral("Store::open + first list of 50, in process, key unwrapped")};
    for (int r = 0; r < ctx.runs; ++r) {
        Timer t;
        auto key = ll::KeyVault(ctx.profileDir).unlockWithPassphrase(ctx.passphrase);
        unlock.samples << t.ms();
        if (!key.ok())
            return key.error();

        t.restart();
        auto store = ll::Store::open(ctx.profileDir, key.value(), false);
        const double openMs = t.ms();
        if (!store.ok())
            return store.error();
        ll::ContactQuery first50;
        auto listed = ll::ContactRepository(*store.value()).list(first50);
        const double totalMs = t.ms();
        if (!listed.ok())
            return listed.error();
        open.samples << openMs;
        openList.samples << totalMs;
    }
    ctx.add(unlock);
    ctx.add(open);
    ctx.add(openList);
    return {};
}

} // namespace llbench
