#include "insight/InsightQueries.h"

#include "reminders/ReminderEngine.h"
#include "store/Statement.h"
#include "store/Store.h"

#include <QHash>

namespace ll {

namespace {

constexpr qint64 HourMs = 3'600'000;

const QStringList& stageOrder()
{
    static const QStringList stages{QStringLiteral("lead"),     QStringLiteral("prospect"),
                                    QStringLiteral("customer"), QStringLiteral("loyal"),
                                    QStringLiteral("dormant"),  QStringLiteral("lost")};
    return stages;
}

QString bucketOf(qint64 createdMs, qint64 firstFollowUpMs)
{
    if (firstFollowUpMs <= 0)
        return QStringLiteral("never");
    const qint64 waited = firstFollowUpMs - createdMs;
    if (waited < HourMs)
        return QStringLiteral("under1h");
    if (waited < 4 * HourMs)
        return QStringLiteral("1to4h");
    if (waited < 24 * HourMs)
        return QStringLiteral("4to24h");
    if (waited < 72 * HourMs)
        return QStringLiteral("1to3d");
    return QStringLiteral("over3d");
}

// Runs a "SELECT key, label, count" statement into counts.
Result<QList<InsightCount>> collect(Statement& st)
{
    QList<InsightCount> out;
    for (;;) {
        auto row = st.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        out.append(InsightCount{st.text(0), st.text(1), st.int64(2)});
    }
    return out;
}

Result<qint64> single(Statement& st)
{
    auto row = st.step();
    if (!row.ok())
        return row.error();
    return row.value() ? st.int64(0) : 0;
}

} // namespace

InsightQueries::InsightQueries(Store& store, const LocalCalendar& calendar)
    : m_store(store)
    , m_calendar(calendar)
{}

QStringList InsightQueries::responseBuckets()
{
    return {QStringLiteral("under1h"), QStringLiteral("1to4h"),  QStringLiteral("4to24h"),
            QStringLiteral("1to3d"),   QStringLiteral("over3d"), QStringLiteral("never")};
}

qint64 InsightQueries::startOfDayMs(const QDate& day) const
{
    return m_calendar.startOfDay(day);
}

Result<Workload> InsightQueries::workload(const InsightScope& scope, const QDate& today)
{
    Workload w;
    ReminderEngine engine(m_store, m_calendar.zone());
    auto groups = engine.due(today, scope.ownerId);
    if (!groups.ok())
        return groups.error();
    for (const ReminderGroup& group : groups.value())
        for (const Reminder& r : group.reminders)
            (r.dueOn < today ? w.overdue : w.dueToday)++;

    const qint64 weekFrom = startOfDayMs(weekStart(today));
    const qint64 weekTo = startOfDayMs(weekStart(today).addDays(7));
    Statement follow(m_store.db(),
                     "SELECT count(*) FROM followup f JOIN contact c ON c.rowid = f.contact_rowid "
                     "WHERE f.deleted = 0 AND c.deleted = 0 AND f.happened_at >= ?1 "
                     "AND f.happened_at < ?2 AND (?3 = '' OR c.owner_id = ?3)");
    follow.bind(1, weekFrom).bind(2, weekTo).bind(3, scope.ownerId);
    auto follows = single(follow);
    if (!follows.ok())
        return follows.error();
    w.followUpsThisWeek = int(follows.value());

    Statement leads(m_store.db(), "SELECT count(*) FROM contact WHERE deleted = 0 AND created_at >= ?1 "
                                  "AND created_at < ?2 AND (source <> '' OR stage = 'lead') "
                                  "AND (?3 = '' OR owner_id = ?3)");
    leads.bind(1, weekFrom).bind(2, weekTo).bind(3, scope.ownerId);
    auto newLeads = single(leads);
    if (!newLeads.ok())
        return newLeads.error();
    w.newLeadsThisWeek = int(newLeads.value());
    return w;
}

Result<QList<InsightCount>> InsightQueries::stageFunnel(const InsightScope& scope)
{
    Statement st(m_store.db(), "SELECT stage, '', count(*) FROM contact WHERE deleted = 0 "
                               "AND (?1 = '' OR owner_id = ?1) GROUP BY stage");
    st.bind(1, scope.ownerId);
    auto rows = collect(st);
    if (!rows.ok())
        return rows.error();
    QHash<QString, qint64> byStage;
    for (const InsightCount& c : rows.value())
        byStage.insert(c.key, c.value);
    QList<InsightCount> funnel;
    for (const QString& stage : stageOrder())
        funnel.append(InsightCount{stage, QString(), byStage.value(stage)});
    return funnel;
}

Result<QList<InsightCount>> InsightQueries::leadResponse(const InsightScope& scope, const QDate& since,
                                                         const QDate& until)
{
    // The first follow-up at or after creation; older follow-ups belong to a merged duplicate's past.
    Statement st(
        m_store.db(),
        "SELECT c.created_at, (SELECT min(f.happened_at) FROM followup f WHERE f.contact_rowid = c.rowid "
        "AND f.deleted = 0 AND f.happened_at >= c.created_at) FROM contact c WHERE c.deleted = 0 "
        "AND c.created_at >= ?1 AND c.created_at < ?2 AND (c.source <> '' OR c.stage = 'lead') "
        "AND (?3 = '' OR c.owner_id = ?3)");
    st.bind(1, startOfDayMs(since)).bind(2, startOfDayMs(until)).bind(3, scope.ownerId);
    QHash<QString, qint64> counts;
    for (;;) {
        auto row = st.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        counts[bucketOf(st.int64(0), st.isNull(1) ? 0 : st.int64(1))]++;
    }
    QList<InsightCount> out;
    for (const QString& bucket : responseBuckets())
        out.append(InsightCount{bucket, QString(), counts.value(bucket)});
    return out;
}

Result<QList<InsightCount>> InsightQueries::scriptRanking(const QDate& since, int limit)
{
    Statement st(m_store.db(),
                 "SELECT s.id, s.title, count(*) AS uses FROM script_usage u "
                 "JOIN script s ON s.rowid = u.script_rowid WHERE s.deleted = 0 AND u.used_at >= ?1 "
                 "GROUP BY s.rowid ORDER BY uses DESC, s.title LIMIT ?2");
    st.bind(1, startOfDayMs(since)).bind(2, limit);
    return collect(st);
}

Result<QList<InsightCount>> InsightQueries::materialRanking(const QDate& since, int limit)
{
    Statement st(m_store.db(), "SELECT m.id, m.title, count(*) AS uses FROM material_usage u "
                               "JOIN material m ON m.rowid = u.material_rowid WHERE m.deleted = 0 "
                               "AND u.used_at >= ?1 GROUP BY m.rowid ORDER BY uses DESC, m.title LIMIT ?2");
    st.bind(1, startOfDayMs(since)).bind(2, limit);
    return collect(st);
}

Result<QList<GuideActivity>> InsightQueries::guideActivity(const QDate& today)
{
    QList<GuideActivity> guides;
    QHash<QString, int> index;
    auto guideOf = [&](const QString& staffId) -> GuideActivity& {
        auto it = index.constFind(staffId);
        if (it != index.constEnd())
            return guides[it.value()];
        index.insert(staffId, int(guides.size()));
        guides.append(GuideActivity{staffId, QString(), 0, 0, 0});
        return guides.last();
    };

    Statement customers(m_store.db(), "SELECT c.owner_id, coalesce(s.name, ''), count(*) FROM contact c "
                                      "LEFT JOIN staff s ON s.id = c.owner_id WHERE c.deleted = 0 "
                                      "GROUP BY c.owner_id ORDER BY count(*) DESC");
    auto owners = collect(customers);
    if (!owners.ok())
        return owners.error();
    for (const InsightCount& c : owners.value()) {
        GuideActivity& g = guideOf(c.key);
        g.name = c.label;
        g.customers = int(c.value);
    }

    // Follow-ups count for whoever made them, so a guide's work on a customer later moved away still shows.
    Statement follows(m_store.db(), "SELECT f.staff_id, coalesce(s.name, ''), count(*) FROM followup f "
                                    "LEFT JOIN staff s ON s.id = f.staff_id WHERE f.deleted = 0 "
                                    "AND f.happened_at >= ?1 AND f.happened_at < ?2 AND f.staff_id <> '' "
                                    "GROUP BY f.staff_id");
    follows.bind(1, startOfDayMs(weekStart(today))).bind(2, startOfDayMs(weekStart(today).addDays(7)));
    auto made = collect(follows);
    if (!made.ok())
        return made.error();
    for (const InsightCount& c : made.value()) {
        GuideActivity& g = guideOf(c.key);
        if (g.name.isEmpty())
            g.name = c.label;
        g.followUpsThisWeek = int(c.value);
    }

    ReminderEngine engine(m_store, m_calendar.zone());
    auto groups = engine.due(today);
    if (!groups.ok())
        return groups.error();
    for (const ReminderGroup& group : groups.value())
        for (const Reminder& r : group.reminders)
            if (r.dueOn < today)
                guideOf(r.ownerId).overdueReminders++;
    return guides;
}

} // namespace ll
