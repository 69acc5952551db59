#include "ReminderBench.h"

#include "Prng.h"
#include "Timer.h"

#include "domain/FollowUpRepository.h"
#include "domain/ProductRepository.h"
#include "reminders/HolidayCalendar.h"
#include "reminders/ReminderEngine.h"
#include "reminders/RuleRepository.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFile>
#include <QTimeZone>

#include <cstring>

namespace llbench {

namespace {

constexpr double kFullTargetMs = 2000;
constexpr double kIncrementalTargetMs = 5;
constexpr int kIncrementalContacts = 200;
// The generated data's "now" is 2026-11-01: five days later the 7-day horizon reaches 双11.
const QDate kReference(2026, 11, 6);

ll::Status copyProfile(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    // With the search file, which the store would otherwise rebuild on opening the copy.
    for (const char* name : {"store.db", "search.db", "key.json"}) {
        const QString target = to + QLatin1Char('/') + QLatin1String(name);
        QFile::remove(target);
        const QString source = from + QLatin1Char('/') + QLatin1String(name);
        if (!QFile::exists(source) && std::strcmp(name, "search.db") == 0)
            continue; // a profile made before the search file had one: the store builds it on opening
        if (!QFile::copy(source, target))
            return ll::makeError(ll::ErrorCode::Io, QStringLiteral("cannot copy %1 to %2").arg(name, to));
    }
    return {};
}

ll::Result<QString> firstId(ll::Store& store, const char* sql)
{
    ll::Statement st(store.db(), sql);
    auto row = st.step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return ll::makeError(ll::ErrorCode::NotFound,
                             QStringLiteral("no row for %1").arg(QLatin1String(sql)));
    return st.text(0);
}

ll::Status addRule(ll::RuleRepository& rules, const char* kind, int leadDays, int threshold,
                   const QString& dateField = {}, bool yearly = true)
{
    ll::RuleInput in;
    in.name = QStringLiteral("bench %1").arg(QLatin1String(kind));
    in.kind = QLatin1String(kind);
    in.leadDays = leadDays;
    in.threshold = threshold;
    if (!dateField.isEmpty()) {
        in.dateField = dateField;
        in.yearly = yearly;
    }
    auto added = rules.add(in, true);
    return added.ok() ? ll::Status() : ll::Status(added.error());
}

// One rule of every kind, the holiday list of the reference year, and custom date fields on every tenth
// contact (the generator writes none).
ll::Status addRulesAndData(ll::Store& store)
{
    auto manager =
        firstId(store, "SELECT id FROM staff WHERE role IN ('manager', 'admin') ORDER BY id LIMIT 1");
    if (!manager.ok())
        return manager.error();
    LL_TRY(store.setActorId(manager.value()));
    const ll::Actor actor{manager.value(), ll::StaffRole::Manager};
    auto holidays = ll::HolidayCalendar(store, actor).addDefaults(kReference.year());
    if (!holidays.ok())
        return holidays.error();
    ll::RuleRepository rules(store, actor);
    LL_TRY(addRule(rules, "runout", 5, 0));
    LL_TRY(addRule(rules, "birthday", 7, 0));
    LL_TRY(addRule(rules, "holiday", 3, 0));
    LL_TRY(addRule(rules, "dormant", 0, 60));
    LL_TRY(addRule(rules, "lead_sla", 0, 24));
    LL_TRY(addRule(rules, "custom_date", 3, 0, QStringLiteral("纪念日"), true));
    LL_TRY(addRule(rules, "custom_date", 1, 0, QStringLiteral("到期日"), false));
    ll::Transaction tx(store.db());
    LL_TRY(tx.beginStatus());
    LL_TRY(store.db().exec("INSERT INTO contact_field (contact_rowid, name, value) "
                           "SELECT rowid, '纪念日', date('2010-01-01', '+' || (rowid % 5000) || ' days') "
                           "FROM contact WHERE rowid % 10 = 0"));
    LL_TRY(store.db().exec("INSERT INTO contact_field (contact_rowid, name, value) "
                           "SELECT rowid, '到期日', date('2026-10-01', '+' || (rowid % 60) || ' days') "
                           "FROM contact WHERE rowid % 10 = 5"));
    return tx.commit();
}

ll::Result<QStringList> sampleContacts(ll::Store& store, int count)
{
    ll::Statement st(store.db(), "SELECT id FROM contact WHERE deleted = 0 ORDER BY rowid");
    QStringList all;
    while (true) {
        auto row = st.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        all << st.text(0);
    }
    Prng rng(7);
    QStringList picked;
    while (picked.size() < count && !all.isEmpty())
        picked << all.at(qsizetype(rng.below(std::uint64_t(all.size()))));
    return picked;
}

} // namespace

ll::Status benchReminders(BenchContext& ctx, const QString& workDir, bool incrementalOnly)
{
    LL_TRY(copyProfile(ctx.profileDir, workDir));
    auto opened = ll::Store::open(workDir, ctx.key, false);
    if (!opened.ok())
        return opened.error();
    ll::Store& store = *opened.value();
    LL_TRY(addRulesAndData(store));
    ll::ReminderEngine engine(store, QTimeZone("Asia/Shanghai"));

    auto first = engine.fullRecompute(kReference); // untimed: warms the page cache
    if (!first.ok())
        return first.error();
    Measurement full{QStringLiteral("reminders.full_recompute"),
                     QStringLiteral("ms"),
                     {},
                     kFullTargetMs,
                     QStringLiteral("7 rules (every kind), reference %1, %2 reminders")
                         .arg(kReference.toString(Qt::ISODate))
                         .arg(first.value())};
    Measurement fullCpu{
        QStringLiteral("reminders.full_recompute.cpu"),
        QStringLiteral("ms"),
        {},
        std::nullopt,
        QStringLiteral("CPU time of the same runs (the wall time includes waiting for a core)")};
    for (int i = 0; i < (incrementalOnly ? 0 : ctx.runs); ++i) {
        const double cpu0 = cpuMs();
        Timer t;
        auto n = engine.fullRecompute(kReference);
        const double ms = t.ms();
        if (!n.ok())
            return n.error();
        if (n.value() != first.value())
            return ll::makeError(ll::ErrorCode::Internal,
                                 QStringLiteral("recompute %1 gave %2 reminders, not %3")
                                     .arg(i)
                                     .arg(n.value())
                                     .arg(first.value()));
        full.samples << ms;
        fullCpu.samples << cpuMs() - cpu0;
    }
    if (!incrementalOnly) {
        ctx.add(full);
        ctx.add(fullCpu);
    }

    // The first recompute of a new day: every reminder is compared, and those whose window moved change.
    Measurement nextDay{QStringLiteral("reminders.full_recompute.next_day"),
                        QStringLiteral("ms"),
                        {},
                        kFullTargetMs,
                        QStringLiteral("alternating reference days, so each run recomputes for another day")};
    for (int i = 0; i < (incrementalOnly ? 0 : ctx.runs); ++i) {
        Timer t;
        auto n = engine.fullRecompute(kReference.addDays(i % 2 == 0 ? 1 : 0));
        const double ms = t.ms();
        if (!n.ok())
            return n.error();
        nextDay.samples << ms;
    }
    if (!incrementalOnly)
        ctx.add(nextDay);

    // A purchase or a follow-up, then that contact's recompute (what the app does after saving either).
    auto contacts = sampleContacts(store, kIncrementalContacts);
    if (!contacts.ok())
        return contacts.error();
    auto product = firstId(store, "SELECT id FROM product WHERE cycle_days > 0 ORDER BY rowid LIMIT 1");
    if (!product.ok())
        return product.error();
    Measurement inc{QStringLiteral("reminders.incremental"),
                    QStringLiteral("ms"),
                    {},
                    kIncrementalTargetMs,
                    QStringLiteral("recomputeContact after a purchase or follow-up; %1 contacts per run, "
                                   "each sample the median of one run")
                        .arg(kIncrementalContacts)};
    Measurement incCpu{QStringLiteral("reminders.incremental.cpu"),
                       QStringLiteral("ms"),
                       {},
                       std::nullopt,
                       QStringLiteral("CPU time of the same calls")};
    for (int run = 0; run < ctx.runs; ++run) {
        Measurement one;
        Measurement oneCpu;
        for (qsizetype i = 0; i < contacts->size(); ++i) {
            const QString& contactId = contacts->at(i);
            if (i % 2 == 0) {
                ll::PurchaseInput p;
                p.contactId = contactId;
                p.product = product.value();
                p.quantity = 1;
                p.purchasedOn = kReference.addDays(-run).toString(Qt::ISODate);
                auto added = ll::PurchaseRepository(store).add(p);
                if (!added.ok())
                    return added.error();
            } else {
                ll::FollowUpInput f;
                f.contactId = contactId;
                f.kind = QStringLiteral("call");
                f.happenedAt = QDateTime(kReference, QTime(10, run), QTimeZone("Asia/Shanghai"));
                auto added = ll::FollowUpRepository(store).add(f);
                if (!added.ok())
                    return added.error();
            }
            const double cpu0 = cpuMs();
            Timer t;
            const ll::Status s = engine.recomputeContact(contactId);
            const double ms = t.ms();
            LL_TRY(s);
            one.samples << ms;
            oneCpu.samples << cpuMs() - cpu0;
        }
        inc.samples << one.median();
        incCpu.samples << oneCpu.median();
    }
    ctx.add(inc);
    ctx.add(incCpu);
    return {};
}

} // namespace llbench
