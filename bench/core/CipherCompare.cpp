#include "CipherCompare.h"

#include "RawConnection.h"
#include "SqlCapture.h"
#include "Timer.h"

#include "domain/ContactRepository.h"
#include "search/SearchFile.h"
#include "store/Store.h"

#include <QDir>

#include <functional>

namespace llbench {

namespace {

constexpr double kRatioTarget = 1.3;
constexpr int kTriesPerSample = 3;

struct Operation
{
    QString name;
    QList<CapturedStatement> statements;
};

ll::Result<QList<Operation>> captureOperations(BenchContext& ctx, const QList<NamedQuery>& queries)
{
    auto store = ll::Store::open(ctx.profileDir, ctx.key, false);
    if (!store.ok())
        return store.error();
    ll::ContactRepository repo(*store.value());
    QList<Operation> ops;
    for (const NamedQuery& q : queries) {
        SqlCapture capture(store.value()->db().handle());
        auto rows = repo.list(q.query);
        if (!rows.ok())
            return rows.error();
        ops << Operation{q.name, capture.statements()};
    }
    SqlCapture capture(store.value()->db().handle());
    auto n = repo.count({});
    if (!n.ok())
        return n.error();
    ops << Operation{QStringLiteral("count.all"), capture.statements()};
    return ops;
}

ll::Result<double> timeRun(RawConnection& conn, const QList<CapturedStatement>& statements)
{
    Timer t;
    LL_TRY(conn.runAll(statements));
    return t.ms();
}

// Times both sides in an order that alternates with `run`, so neither always goes first. A sample
// is the best of kTriesPerSample executions: the comparison is about the cipher's cost, and on a
// shared machine one preemption (several ms) would otherwise decide the ratio of two sub-millisecond
// runs. (The repository latencies keep every run: there the tail is what users feel.)
ll::Status timePair(int run, const std::function<ll::Result<double>(bool cipher)>& once,
                    QList<double>& cipher, QList<double>& plain)
{
    for (int side = 0; side < 2; ++side) {
        const bool isCipher = (side == 0) == (run % 2 == 0);
        double best = -1;
        for (int i = 0; i < kTriesPerSample; ++i) {
            auto ms = once(isCipher);
            if (!ms.ok())
                return ms.error();
            if (best < 0 || ms.value() < best)
                best = ms.value();
        }
        (isCipher ? cipher : plain) << best;
    }
    return {};
}

Measurement ratio(const QString& name, const QList<double>& cipher, const QList<double>& plain,
                  std::optional<double> target, const QString& what)
{
    Measurement m{name, QStringLiteral("x"), {}, target, {}};
    for (qsizetype i = 0; i < cipher.size(); ++i)
        m.samples << (plain[i] > 0 ? cipher[i] / plain[i] : 1.0);
    Measurement c{{}, {}, cipher, {}, {}};
    Measurement p{{}, {}, plain, {}, {}};
    m.note = QStringLiteral("%1; median sqlcipher %2 ms vs sqlite %3 ms")
                 .arg(what)
                 .arg(c.median(), 0, 'f', 3)
                 .arg(p.median(), 0, 'f', 3);
    return m;
}

} // namespace

ll::Status benchCipherVsPlain(BenchContext& ctx, const QList<NamedQuery>& queries, const QString& plainPath)
{
    const QString encPath = QDir(ctx.profileDir).filePath(QLatin1String(ll::Store::FileName));
    const QString encSearchPath = ll::search_file::pathIn(ctx.profileDir);
    const QString plainSearchPath = plainPath + QStringLiteral("-search");
    auto ops = captureOperations(ctx, queries); // opens the store: its search file is there and in step
    if (!ops.ok())
        return ops.error();
    LL_TRY(exportPlaintext(encPath, ctx.key, plainPath));
    LL_TRY(exportPlaintext(encSearchPath, ctx.key, plainSearchPath));

    auto openSide = [&](bool cipher) -> ll::Result<RawConnection> {
        auto opened = RawConnection::open(cipher ? encPath : plainPath, cipher ? &ctx.key : nullptr);
        if (!opened.ok())
            return opened.error();
        LL_TRY(opened->attachSearch(cipher ? encSearchPath : plainSearchPath, cipher ? &ctx.key : nullptr));
        return opened;
    };
    auto encWarm = openSide(true);
    auto plainWarm = openSide(false);
    if (!encWarm.ok())
        return encWarm.error();
    if (!plainWarm.ok())
        return plainWarm.error();

    QList<double> warmCipherTotal(ctx.runs, 0.0), warmPlainTotal(ctx.runs, 0.0);
    QList<double> coldCipherTotal(ctx.runs, 0.0), coldPlainTotal(ctx.runs, 0.0);
    for (const Operation& op : ops.value()) {
        LL_TRY(encWarm->runAll(op.statements));
        LL_TRY(plainWarm->runAll(op.statements));
        QList<double> wc, wp, cc, cp;
        for (int r = 0; r < ctx.runs; ++r) {
            LL_TRY(timePair(
                r, [&](bool cipher) { return timeRun(cipher ? *encWarm : *plainWarm, op.statements); }, wc,
                wp));
            LL_TRY(timePair(
                r,
                [&](bool cipher) -> ll::Result<double> {
                    auto fresh = openSide(cipher);
                    if (!fresh.ok())
                        return fresh.error();
                    return timeRun(fresh.value(), op.statements);
                },
                cc, cp));
            warmCipherTotal[r] += wc[r];
            warmPlainTotal[r] += wp[r];
            coldCipherTotal[r] += cc[r];
            coldPlainTotal[r] += cp[r];
        }
        ctx.add(ratio(QStringLiteral("cipher_vs_plain.%1.warm").arg(op.name), wc, wp, std::nullopt,
                      QStringLiteral("%1 statements").arg(op.statements.size())));
        ctx.add(ratio(QStringLiteral("cipher_vs_plain.%1.cold_first").arg(op.name), cc, cp, std::nullopt,
                      QStringLiteral("fresh connection")));
    }

    QList<double> openCipher, openPlain;
    for (int r = 0; r < ctx.runs; ++r) {
        LL_TRY(timePair(
            r,
            [&](bool cipher) -> ll::Result<double> {
                Timer t;
                auto conn = openSide(cipher);
                if (!conn.ok())
                    return conn.error();
                return t.ms();
            },
            openCipher, openPlain));
    }
    ctx.add(ratio(QStringLiteral("cipher_vs_plain.open"), openCipher, openPlain, std::nullopt,
                  QStringLiteral("open + key + settings + schema read")));
    ctx.add(ratio(QStringLiteral("cipher_vs_plain.all.warm"), warmCipherTotal, warmPlainTotal, kRatioTarget,
                  QStringLiteral("sum over every query, warm cache")));
    ctx.add(ratio(QStringLiteral("cipher_vs_plain.all.cold_first"), coldCipherTotal, coldPlainTotal,
                  kRatioTarget, QStringLiteral("sum over every query, each on a fresh connection")));
    return {};
}

} // namespace llbench
