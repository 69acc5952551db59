#pragma once

#include "reminders/ReminderDates.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ll {

class Store;

// One bar of a chart: a stable key (a stage code, a bucket code, a record id), a display label the
// core can give (titles, names; empty where the UI translates the key) and the number.
struct InsightCount
{
    QString key;
    QString label;
    qint64 value = 0;
};

// A guide's day at a glance.
struct Workload
{
    int dueToday = 0;
    int overdue = 0;
    int followUpsThisWeek = 0;
    int newLeadsThisWeek = 0;
};

// One guide's line in the team view.
struct GuideActivity
{
    QString staffId;
    QString name;
    int customers = 0;
    int followUpsThisWeek = 0;
    int overdueReminders = 0;
};

// Which customers a number is about: one guide's (ownerId) or everything this device can see (empty) —
// for a manager that is the store, for an admin the org, because the server only syncs what they may read.
struct InsightScope
{
    QString ownerId;
};

// The numbers behind the dashboards, read from the local encrypted store. Weeks start on Monday in the
// calendar's time zone (Asia/Shanghai by default), like the guides' own week.
class InsightQueries
{
public:
    explicit InsightQueries(Store& store, const LocalCalendar& calendar = LocalCalendar());

    Result<Workload> workload(const InsightScope& scope, const QDate& today);
    // Live contacts per stage, in funnel order (lead → lost); every stage present, zeros included.
    Result<QList<InsightCount>> stageFunnel(const InsightScope& scope);
    // Time from a lead's creation to its first follow-up, bucketed: under1h, 1to4h, 4to24h, 1to3d, over3d,
    // never. Only leads created in [since, until) count.
    Result<QList<InsightCount>> leadResponse(const InsightScope& scope, const QDate& since,
                                             const QDate& until);
    // Most-used scripts / materials since `since` (uses by anyone visible on this device), at most `limit`.
    Result<QList<InsightCount>> scriptRanking(const QDate& since, int limit = 10);
    Result<QList<InsightCount>> materialRanking(const QDate& since, int limit = 10);
    // Per owner of visible contacts: customers, follow-ups this week, overdue open reminders.
    Result<QList<GuideActivity>> guideActivity(const QDate& today);

    static QStringList responseBuckets();
    QDate weekStart(const QDate& day) const { return day.addDays(1 - day.dayOfWeek()); }

private:
    qint64 startOfDayMs(const QDate& day) const;

    Store& m_store;
    LocalCalendar m_calendar;
};

} // namespace ll
