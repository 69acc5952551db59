#include "reminders/ReminderEngine.h"

#include "domain/ContactRows.h"
#include "reminders/NativeRules.h"
#include "reminders/ReminderCandidates.h"
#include "reminders/RuleRepository.h"
#include "store/FieldClocks.h"
#include "store/LargerPageCache.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>

namespace ll {

namespace {

// Messages of this file, filed under ll::ReminderEngine for lupdate and at run time alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::ReminderEngine)
};

const char kReferenceKey[] = "reminders.reference_date";

// Namespace of reminder ids; fixed forever, since every device must derive the same id.
const QUuid kReminderNamespace(QStringLiteral("{3b0c8f3e-5d2a-4f7e-a1c4-9e6b2d7f0a51}"));
constexpr qint64 kHourMs = 3'600'000;
// Page cache of a full recompute. Its rules and the difference step read the same contact, purchase,
// follow-up and reminder pages one after the other; in the connection's usual 32 MiB most of them would be
// read and decrypted again for each rule (at size L, 200k contacts: 5.4 s CPU, 4.55 s with this; 256 MiB
// was still too small to help). Only pages actually read take memory (~400 MiB at L), and the usual size
// returns afterwards, which hands them back.
constexpr int kFullRecomputeCacheKiB = 512 * 1024;

QString isoDate(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

// The calendar the time-zone functions of one connection use. Registered once per connection and then only
// updated: redefining a function fails with SQLITE_BUSY while any statement of the connection is active.
struct CalendarSlot
{
    sqlite3* db = nullptr;
    LocalCalendar calendar;
};

// --- SQL functions: the calendar arithmetic of reminder_dates and LocalCalendar, callable from the
// set-based generation queries so a full recompute never loops over contacts in C++.

QString textArg(sqlite3_value* v)
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_value_text(v));
    return p ? QString::fromUtf8(p, sqlite3_value_bytes(v)) : QString();
}

void resultText(sqlite3_context* ctx, const QString& s)
{
    const QByteArray utf8 = s.toUtf8();
    sqlite3_result_text(ctx, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void sqlLocalDate(sqlite3_context* ctx, int, sqlite3_value** argv)
{
    const auto* slot = static_cast<const CalendarSlot*>(sqlite3_user_data(ctx));
    resultText(ctx, isoDate(slot->calendar.dateOf(sqlite3_value_int64(argv[0]))));
}

void sqlDayStart(sqlite3_context* ctx, int, sqlite3_value** argv)
{
    const auto* slot = static_cast<const CalendarSlot*>(sqlite3_user_data(ctx));
    const QDate d = QDate::fromString(textArg(argv[0]), Qt::ISODate);
    if (!d.isValid())
        sqlite3_result_null(ctx);
    else
        sqlite3_result_int64(ctx, slot->calendar.startOfDay(d));
}

void sqlNextYearly(sqlite3_context* ctx, int, sqlite3_value** argv)
{
    const QString original = textArg(argv[0]);
    const QDate from = QDate::fromString(textArg(argv[1]), Qt::ISODate);
    const QDate d = original.size() == 10 ? QDate::fromString(original, Qt::ISODate) : QDate();
    const QDate next = reminder_dates::nextOccurrence(d, from);
    if (!next.isValid())
        sqlite3_result_null(ctx);
    else
        resultText(ctx, isoDate(next));
}

void sqlReminderId(sqlite3_context* ctx, int, sqlite3_value** argv)
{
    resultText(ctx, ReminderEngine::reminderId(textArg(argv[0]), textArg(argv[1]),
                                               QDate::fromString(textArg(argv[2]), Qt::ISODate),
                                               textArg(argv[3])));
}

// ll_latest_quantity(day, quantity), an aggregate: the quantities bought on the group's latest day added
// up, in the same pass that finds that day with max() (a run-out is counted from its latest purchase day).
// Days compare as their bytes, like max() on text.
struct LatestQuantity
{
    char* day;
    int dayBytes;
    sqlite3_int64 quantity;
};

void sqlLatestQuantityStep(sqlite3_context* ctx, int, sqlite3_value** argv)
{
    auto* acc = static_cast<LatestQuantity*>(sqlite3_aggregate_context(ctx, sizeof(LatestQuantity)));
    if (!acc || sqlite3_value_type(argv[0]) == SQLITE_NULL)
        return;
    const auto* day = static_cast<const char*>(static_cast<const void*>(sqlite3_value_text(argv[0])));
    const int bytes = sqlite3_value_bytes(argv[0]);
    const sqlite3_int64 quantity = sqlite3_value_int64(argv[1]);
    int order = 1;
    if (acc->day) {
        order = std::memcmp(day, acc->day, size_t(std::min(bytes, acc->dayBytes)));
        if (order == 0)
            order = bytes - acc->dayBytes;
    }
    if (order < 0)
        return;
    if (order == 0) {
        acc->quantity += quantity;
        return;
    }
    auto* copy = static_cast<char*>(sqlite3_realloc(acc->day, bytes > 0 ? bytes : 1));
    if (!copy) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    std::memcpy(copy, day, size_t(bytes));
    acc->day = copy;
    acc->dayBytes = bytes;
    acc->quantity = quantity;
}

void sqlLatestQuantityFinal(sqlite3_context* ctx)
{
    auto* acc = static_cast<LatestQuantity*>(sqlite3_aggregate_context(ctx, 0));
    if (!acc || !acc->day) {
        sqlite3_result_null(ctx);
        return;
    }
    sqlite3_result_int64(ctx, acc->quantity);
    sqlite3_free(acc->day);
}

QMutex& slotsMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<sqlite3*, CalendarSlot*>& calendarSlots()
{
    static QHash<sqlite3*, CalendarSlot*> registry;
    return registry;
}

void releaseSlot(void* p)
{
    auto* slot = static_cast<CalendarSlot*>(p);
    QMutexLocker lock(&slotsMutex());
    calendarSlots().remove(slot->db);
    delete slot;
}

Status registerFunctions(Database& db, const LocalCalendar& calendar)
{
    QMutexLocker lock(&slotsMutex());
    if (CalendarSlot* existing = calendarSlots().value(db.handle())) {
        existing->calendar = calendar;
        return {};
    }
    auto* slot = new CalendarSlot{db.handle(), calendar};
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    // ll_local_date owns the slot (freed with the connection); ll_day_start shares it.
    int rc = sqlite3_create_function_v2(db.handle(), "ll_local_date", 1, flags, slot, sqlLocalDate, nullptr,
                                        nullptr, releaseSlot);
    if (rc != SQLITE_OK) {
        delete slot;
        return db.lastError(ErrorCode::Internal);
    }
    calendarSlots().insert(db.handle(), slot);
    rc = sqlite3_create_function_v2(db.handle(), "ll_day_start", 1, flags, slot, sqlDayStart, nullptr,
                                    nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db.handle(), "ll_next_yearly", 2, flags, nullptr, sqlNextYearly,
                                        nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db.handle(), "ll_reminder_id", 4, flags, nullptr, sqlReminderId,
                                        nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db.handle(), "ll_latest_quantity", 2, flags, nullptr, nullptr,
                                        sqlLatestQuantityStep, sqlLatestQuantityFinal, nullptr);
    return rc == SQLITE_OK ? Status() : Status(db.lastError(ErrorCode::Internal));
}

// Builds one statement and its positional parameters together, so a value is never spliced into SQL text.
struct SqlBuilder
{
    QString sql;
    QVariantList binds;

    QString p(const QVariant& value)
    {
        binds << value;
        return QStringLiteral("?%1").arg(binds.size());
    }
    QString list(const QStringList& values)
    {
        QStringList params;
        for (const QString& v : values)
            params << p(v);
        return params.join(QLatin1Char(','));
    }
};

// The rows one rule produces, as (crow, subject, anchor, due_on, expires_on, due_at_raw, first_contact).
// `only` is the contact filter of an incremental run, applied as early as possible.
// horizonEnd is the last due day wanted; dueFrom, when valid, the first (a narrower read of computed kinds).
QString innerQuery(SqlBuilder& b, const ReminderRule& rule, const QDate& reference, const QDate& horizonEnd,
                   qint64 contactRowId, const LocalCalendar& calendar, const QDate& dueFrom = {})
{
    const QString ref = b.p(isoDate(reference));
    switch (rule.kind) {
    case RuleKind::RunOut: {
        // One reminder per (contact, product): from the latest purchase day, whose quantities add up. The
        // whole pass is one scan of purchase_by_contact_product (schema v7), which holds every purchase
        // column used here in group order; max() and ll_latest_quantity find the day and its quantity in that
        // pass.
        QString filter;
        if (contactRowId > 0)
            filter += QStringLiteral(" AND pu.contact_rowid = %1").arg(b.p(contactRowId));
        if (!rule.productId.isEmpty())
            filter += QStringLiteral(" AND p.id = %1").arg(b.p(rule.productId));
        return QStringLiteral(
                   "SELECT pu.contact_rowid AS crow, p.id AS subject, max(pu.purchased_on) AS anchor, "
                   "date(julianday(max(pu.purchased_on)) + p.cycle_days * "
                   "ll_latest_quantity(pu.purchased_on, pu.quantity) - %1) AS due_on, "
                   "'' AS expires_on, NULL AS due_at_raw, NULL AS first_contact "
                   "FROM purchase pu CROSS JOIN product p ON p.rowid = pu.product_rowid "
                   "WHERE pu.deleted = 0 AND p.deleted = 0 AND p.cycle_days > 0%2 "
                   "GROUP BY pu.contact_rowid, pu.product_rowid")
            .arg(b.p(rule.leadDays), filter);
    }
    case RuleKind::Birthday: {
        const QString only =
            contactRowId > 0 ? QStringLiteral(" AND c0.rowid = %1").arg(b.p(contactRowId)) : QString();
        return QStringLiteral(
                   "SELECT x.crow AS crow, '' AS subject, x.anchor AS anchor, date(julianday(x.anchor) - %1) "
                   "AS due_on, "
                   "x.anchor AS expires_on, NULL AS due_at_raw, NULL AS first_contact "
                   "FROM (SELECT c0.rowid AS crow, ll_next_yearly(c0.birthday, %2) AS anchor FROM contact c0 "
                   "WHERE c0.birthday != '' AND c0.deleted = 0%3) x WHERE x.anchor IS NOT NULL")
            .arg(b.p(rule.leadDays), ref, only);
    }
    case RuleKind::Holiday: {
        QString filter;
        if (!rule.holidayName.isEmpty())
            filter += QStringLiteral(" AND h.name = %1").arg(b.p(rule.holidayName));
        if (contactRowId > 0)
            filter += QStringLiteral(" AND c0.rowid = %1").arg(b.p(contactRowId));
        const QString lead = b.p(rule.leadDays);
        if (dueFrom.isValid())
            filter +=
                QStringLiteral(" AND date(julianday(h.day) - %1) >= %2").arg(lead, b.p(isoDate(dueFrom)));
        return QStringLiteral("SELECT c0.rowid AS crow, h.id AS subject, h.day AS anchor, "
                              "date(julianday(h.day) - %1) AS due_on, "
                              "h.day AS expires_on, NULL AS due_at_raw, NULL AS first_contact "
                              "FROM holiday h CROSS JOIN contact c0 WHERE h.deleted = 0 AND h.day >= %2 "
                              "AND date(julianday(h.day) - %1) <= %3 AND c0.deleted = 0%4")
            .arg(lead, ref, b.p(isoDate(horizonEnd)), filter);
    }
    case RuleKind::Dormant: {
        // Due when the local day of the last touch (last contact, or creation) + N days falls in the
        // window, i.e. the touch happened in [midnight of dueFrom − N, midnight of horizonEnd − N + 1):
        // plain comparisons that spare the date function for most rows. A narrow window (notifications)
        // reads the contact_by_last_touch index (schema v6); a wide one scans the contacts instead (the
        // "+ 0" keeps the planner off the index), cheaper than one table lookup per index entry.
        const QString touch = QStringLiteral(
            "(CASE WHEN c0.last_contacted_at > 0 THEN c0.last_contacted_at ELSE c0.created_at END)");
        const qint64 bound = calendar.startOfDay(horizonEnd.addDays(1 - rule.threshold));
        QString range = dueFrom.isValid() ? QStringLiteral(" AND %1 < %2").arg(touch, b.p(bound))
                                          : QStringLiteral(" AND %1 + 0 < %2").arg(touch, b.p(bound));
        if (dueFrom.isValid())
            range += QStringLiteral(" AND %1 >= %2")
                         .arg(touch, b.p(calendar.startOfDay(dueFrom.addDays(-rule.threshold))));
        if (contactRowId > 0)
            range += QStringLiteral(" AND c0.rowid = %1").arg(b.p(contactRowId));
        return QStringLiteral("SELECT x.crow AS crow, '' AS subject, x.anchor AS anchor, "
                              "date(julianday(x.anchor) + %1) AS due_on, "
                              "'' AS expires_on, NULL AS due_at_raw, NULL AS first_contact "
                              "FROM (SELECT c0.rowid AS crow, ll_local_date(%2) AS anchor FROM contact c0 "
                              "WHERE c0.deleted = 0%3) x")
            .arg(b.p(rule.threshold), touch, range);
    }
    case RuleKind::LeadSla: {
        const qint64 bound = calendar.startOfDay(horizonEnd.addDays(1));
        const QString only =
            contactRowId > 0 ? QStringLiteral(" AND c0.rowid = %1").arg(b.p(contactRowId)) : QString();
        const QString span = b.p(qint64(rule.threshold) * kHourMs);
        return QStringLiteral(
                   "SELECT c0.rowid AS crow, '' AS subject, ll_local_date(c0.created_at) AS anchor, "
                   "ll_local_date(c0.created_at + %1) AS due_on, '' AS expires_on, c0.created_at + %1 AS "
                   "due_at_raw, "
                   "(SELECT min(f.happened_at) FROM followup f WHERE f.contact_rowid = c0.rowid AND "
                   "f.deleted = 0 "
                   "AND f.happened_at >= c0.created_at) AS first_contact "
                   "FROM contact c0 WHERE c0.stage = 'lead' AND c0.deleted = 0 AND c0.created_at + %1 < "
                   "%2%3")
            .arg(span, b.p(bound), only);
    }
    case RuleKind::CustomDate: {
        const QString field = b.p(rule.dateField);
        const QString only = contactRowId > 0
                                 ? QStringLiteral(" AND cf.contact_rowid = %1").arg(b.p(contactRowId))
                                 : QString();
        const QString anchor = rule.yearly
                                   ? QStringLiteral("ll_next_yearly(cf.value, %1)").arg(ref)
                                   : QStringLiteral("CASE WHEN date(cf.value) = cf.value THEN cf.value END");
        return QStringLiteral("SELECT x.crow AS crow, '' AS subject, x.anchor AS anchor, "
                              "date(julianday(x.anchor) - %1) AS due_on, "
                              "%2 AS expires_on, NULL AS due_at_raw, NULL AS first_contact "
                              "FROM (SELECT cf.contact_rowid AS crow, %3 AS anchor FROM contact_field cf "
                              "WHERE cf.name = %4%5) x "
                              "WHERE x.anchor IS NOT NULL")
            .arg(b.p(rule.leadDays), rule.yearly ? QStringLiteral("x.anchor") : QStringLiteral("''"), anchor,
                 field, only);
    }
    case RuleKind::Takeover: {
        // Welcome back: from the local day a transfer moved the contact here; the first follow-up after
        // the moment of the take-over answers it (an earlier one was the previous owner's).
        const QString only =
            contactRowId > 0 ? QStringLiteral(" AND c0.rowid = %1").arg(b.p(contactRowId)) : QString();
        return QStringLiteral(
                   "SELECT x.crow AS crow, '' AS subject, x.anchor AS anchor, date(julianday(x.anchor) + %1) "
                   "AS due_on, '' AS expires_on, NULL AS due_at_raw, x.first_contact AS first_contact "
                   "FROM (SELECT c0.rowid AS crow, ll_local_date(c0.taken_over_at) AS anchor, "
                   "(SELECT min(f.happened_at) FROM followup f WHERE f.contact_rowid = c0.rowid AND "
                   "f.deleted = 0 AND f.happened_at >= c0.taken_over_at) AS first_contact "
                   "FROM contact c0 "
                   "WHERE c0.taken_over_at > 0 AND c0.deleted = 0%2) x")
            .arg(b.p(rule.leadDays), only);
    }
    }
    return {};
}

// The contacts a rule covers, as a condition on `contact c` (live, not merged away, and in the rule's scope).
QString scopeWhere(SqlBuilder& b, const ReminderRule& rule)
{
    QString where = QStringLiteral("c.deleted = 0 AND c.merged_into = ''");
    if (!rule.ownerId.isEmpty())
        where += QStringLiteral(" AND c.owner_id = %1").arg(b.p(rule.ownerId));
    if (!rule.stages.isEmpty())
        where += QStringLiteral(" AND c.stage IN (%1)").arg(b.list(rule.stages));
    if (!rule.storeIds.isEmpty())
        where += QStringLiteral(" AND c.store_id IN (%1)").arg(b.list(rule.storeIds));
    if (!rule.tagIds.isEmpty())
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM contact_tag ct WHERE ct.contact_rowid = c.rowid "
                                "AND ct.present = 1 AND ct.tag_rowid IN "
                                "(SELECT rowid FROM tag WHERE deleted = 0 AND id IN (%1)))")
                     .arg(b.list(rule.tagIds));
    return where;
}

// The reminders one rule produces for `reference` that are due in [dueFrom, dueTo] (dueFrom invalid = no
// lower bound), of one contact or of all (contactRowId 0), as rows (rule_id, contact_id, rule_rowid,
// contact_rowid, kind, subject, anchor, due_on, due_at, expires_on, closed_by, closed_at). Stored kinds are
// written from it; kinds computed on read are selected from it, so both always follow the same rules.
QString ruleRows(SqlBuilder& b, const ReminderRule& rule, const QDate& reference, const QDate& dueTo,
                 qint64 contactRowId, const QDate& dueFrom, const LocalCalendar& calendar)
{
    const QString inner = innerQuery(b, rule, reference, dueTo, contactRowId, calendar, dueFrom);
    const bool sla = rule.kind == RuleKind::LeadSla;
    const QString dueAt = sla ? QStringLiteral("i.due_at_raw") : QStringLiteral("ll_day_start(i.due_on)");
    const QString horizon = b.p(isoDate(dueTo));
    QString closedAt = QStringLiteral("0");
    if (rule.kind == RuleKind::RunOut)
        closedAt = QStringLiteral(
            "coalesce((SELECT min(f.happened_at) FROM followup f WHERE f.contact_rowid = g.crow "
            "AND f.deleted = 0 AND f.happened_at >= g.due_at), 0)");
    else if (sla || rule.kind == RuleKind::Takeover)
        closedAt = QStringLiteral("coalesce(g.first_contact, 0)");

    QString where = scopeWhere(b, rule);
    if (sla)
        where += QStringLiteral(" AND (g.first_contact IS NULL OR g.first_contact >= g.due_at)");
    if (contactRowId > 0)
        where += QStringLiteral(" AND c.rowid = %1").arg(b.p(contactRowId));

    // CROSS JOIN keeps the rule's rows outermost: each finds its contact by rowid. Left free, the planner
    // may walk the contacts by contact_reminder_scope instead and look the rows up for each.
    QString range = QStringLiteral("i.due_on <= %1").arg(horizon);
    if (dueFrom.isValid())
        range += QStringLiteral(" AND i.due_on >= %1").arg(b.p(isoDate(dueFrom)));
    return QStringLiteral(
               "SELECT %1 AS rule_id, c.id AS contact_id, %2 AS rule_rowid, g.crow AS contact_rowid, "
               "%3 AS kind, g.subject AS subject, g.anchor AS anchor, g.due_on AS due_on, g.due_at AS "
               "due_at, "
               "g.expires_on AS expires_on, CASE WHEN %4 > 0 THEN 'followup' ELSE '' END AS closed_by, "
               "%4 AS closed_at "
               "FROM (SELECT i.crow AS crow, i.subject AS subject, i.anchor AS anchor, i.due_on AS due_on, "
               "i.expires_on AS expires_on, i.first_contact AS first_contact, %5 AS due_at "
               "FROM (%6) i WHERE i.due_on IS NOT NULL AND %7) g "
               "CROSS JOIN contact c ON c.rowid = g.crow WHERE %8")
        .arg(b.p(rule.id), b.p(rule.rowId), b.p(toCode(rule.kind)), closedAt, dueAt, inner, range, where);
}

const char kSelectColumns[] =
    "SELECT r.id, rr.id, rr.name, r.kind, rr.script_id, r.contact_rowid, c.id, c.name, c.owner_id, "
    "r.subject, "
    "CASE r.kind WHEN 'runout' THEN (SELECT name FROM product WHERE id = r.subject) "
    "WHEN 'holiday' THEN (SELECT name FROM holiday WHERE id = r.subject) "
    "WHEN 'custom_date' THEN rr.date_field WHEN 'takeover' THEN c.taken_over_from_name ELSE '' END, "
    "r.anchor, r.due_on, r.due_at, r.expires_on, coalesce(s.state, 'open'), coalesce(s.snoozed_until, ''), "
    "r.closed_at FROM ";
// What follows the source of the rows: `reminder`, or it together with the reminders computed on read.
const char kSelectJoins[] =
    " r JOIN reminder_rule rr ON rr.rowid = r.rule_rowid "
    "JOIN contact c ON c.rowid = r.contact_rowid LEFT JOIN reminder_state s ON s.id = r.id ";
// The columns a read needs, from stored and computed reminders alike.
const char kRowColumns[] =
    "id, rule_rowid, contact_rowid, kind, subject, anchor, due_on, due_at, expires_on, closed_at";

// Kinds whose reminders are a pure function of (rule, contact scope, date): holidays (every contact in
// scope, for each holiday) and dormant (the day of the last touch) would otherwise be stored once per
// contact and rewritten every day. They are computed when read; what the guide did with one of them is
// kept in `reminder_state` under the same deterministic id, like any other reminder.
bool computedOnRead(RuleKind kind)
{
    switch (kind) {
    case RuleKind::Holiday:
    case RuleKind::Dormant:
        return true;
    case RuleKind::RunOut:
    case RuleKind::Birthday:
    case RuleKind::LeadSla:
    case RuleKind::CustomDate:
    case RuleKind::Takeover:
        return false;
    }
    return false;
}

// The reminders of every computed-on-read rule for `reference`, as one UNION ALL of kRowColumns rows
// (empty when there is none). dueTo is clamped to the horizon, as if they had been stored.
QString computedRows(SqlBuilder& b, const QList<ReminderRule>& rules, const QDate& reference, int horizonDays,
                     qint64 contactRowId, const QDate& dueFrom, const QDate& dueTo,
                     const LocalCalendar& calendar)
{
    const QDate horizonEnd = reference.addDays(horizonDays);
    const QDate last = dueTo.isValid() && dueTo < horizonEnd ? dueTo : horizonEnd;
    QStringList arms;
    for (const ReminderRule& rule : rules)
        if (computedOnRead(rule.kind))
            arms << QStringLiteral("SELECT ll_reminder_id(rule_id, contact_id, anchor, subject) AS id, "
                                   "rule_rowid, contact_rowid, kind, subject, anchor, due_on, due_at, "
                                   "expires_on, closed_at FROM (%1)")
                        .arg(ruleRows(b, rule, reference, last, contactRowId, dueFrom, calendar));
    return arms.join(QStringLiteral(" UNION ALL "));
}

// Appends one rule's reminders for `reference`, as its SQL selects them, to a full recompute's candidates.
Status collectRows(Database& db, const ReminderRule& rule, const QDate& reference, const QDate& horizonEnd,
                   const LocalCalendar& calendar, reminder_candidates::TextPool& pool,
                   std::vector<reminder_candidates::Candidate>& out)
{
    SqlBuilder b;
    const QString sql =
        QStringLiteral("SELECT rule_rowid, contact_rowid, kind, subject, anchor, due_on, due_at, "
                       "expires_on, closed_by, closed_at FROM (%1)")
            .arg(ruleRows(b, rule, reference, horizonEnd, 0, {}, calendar));
    Statement query(db, sql.toUtf8());
    for (int i = 0; i < b.binds.size(); ++i)
        query.bind(i + 1, b.binds.at(i));
    return reminder_candidates::appendRows(query, pool, out);
}

Reminder fromRow(const Statement& st)
{
    Reminder r;
    r.id = st.text(0);
    r.ruleId = st.text(1);
    r.ruleName = st.text(2);
    r.kind = ruleKindFromCode(st.text(3)).value_or(RuleKind::RunOut);
    r.scriptId = st.text(4);
    r.contactRowId = st.int64(5);
    r.contactId = st.text(6);
    r.contactName = st.text(7);
    r.ownerId = st.text(8);
    r.subject = st.text(9);
    r.subjectLabel = st.text(10);
    r.anchor = QDate::fromString(st.text(11), Qt::ISODate);
    r.dueOn = QDate::fromString(st.text(12), Qt::ISODate);
    r.dueAt = QDateTime::fromMSecsSinceEpoch(st.int64(13), Qt::UTC);
    r.expiresOn = QDate::fromString(st.text(14), Qt::ISODate);
    r.state = reminderStateFromCode(st.text(15)).value_or(ReminderState::Open);
    r.snoozedUntil = QDate::fromString(st.text(16), Qt::ISODate);
    if (st.int64(17) > 0)
        r.answeredAt = QDateTime::fromMSecsSinceEpoch(st.int64(17), Qt::UTC);
    return r;
}

} // namespace

QString toCode(ReminderState state)
{
    switch (state) {
    case ReminderState::Open:
        return QStringLiteral("open");
    case ReminderState::Done:
        return QStringLiteral("done");
    case ReminderState::Snoozed:
        return QStringLiteral("snoozed");
    case ReminderState::Dismissed:
        return QStringLiteral("dismissed");
    }
    return {};
}

std::optional<ReminderState> reminderStateFromCode(const QString& code)
{
    for (ReminderState s :
         {ReminderState::Open, ReminderState::Done, ReminderState::Snoozed, ReminderState::Dismissed})
        if (toCode(s) == code)
            return s;
    return std::nullopt;
}

ReminderEngine::ReminderEngine(Store& store, const QTimeZone& zone)
    : m_store(store)
    , m_calendar(zone)
{
    m_setup = registerFunctions(store.db(), m_calendar);
}

Status ReminderEngine::useOwnCalendar()
{
    // The SQL functions of the connection follow the calendar of the engine that runs a statement, like
    // the C++ rules of fullRecompute do, even when engines with other zones share the store.
    LL_TRY(m_setup);
    return registerFunctions(m_store.db(), m_calendar);
}

void ReminderEngine::setHorizonDays(int days)
{
    m_horizonDays = qBound(0, days, 60);
}

QString ReminderEngine::reminderId(const QString& ruleId, const QString& contactId, const QDate& anchor,
                                   const QString& subject)
{
    const QString name = ruleId + QLatin1Char('|') + contactId + QLatin1Char('|') + isoDate(anchor) +
                         QLatin1Char('|') + subject;
    return QUuid::createUuidV5(kReminderNamespace, name).toString(QUuid::WithoutBraces);
}

Status ReminderEngine::generate(const ReminderRule& rule, const QDate& reference, qint64 contactRowId)
{
    SqlBuilder b;
    const QString rows =
        ruleRows(b, rule, reference, reference.addDays(m_horizonDays), contactRowId, {}, m_calendar);
    const QString sql =
        QStringLiteral("INSERT INTO reminder (id, rule_rowid, contact_rowid, kind, subject, anchor, "
                       "due_on, due_at, expires_on, closed_by, closed_at) "
                       "SELECT ll_reminder_id(rule_id, contact_id, anchor, subject), rule_rowid, "
                       "contact_rowid, kind, subject, anchor, due_on, due_at, expires_on, closed_by, "
                       "closed_at FROM (%1)")
            .arg(rows);
    const QByteArray utf8 = sql.toUtf8();
    Statement& st = m_store.db().cached(utf8.constData());
    for (int i = 0; i < b.binds.size(); ++i)
        st.bind(i + 1, b.binds.at(i));
    return st.exec();
}

Result<int> ReminderEngine::fullRecompute(const QDate& referenceDate)
{
    LL_TRY(useOwnCalendar());
    const QDate reference = referenceDate.isValid() ? referenceDate : today();
    const QDate horizonEnd = reference.addDays(m_horizonDays);
    auto rules = RuleRepository(m_store, Actor{}).list(false);
    if (!rules.ok())
        return rules.error();
    Database& db = m_store.db();
    const LargerPageCache cache(db, kFullRecomputeCacheKiB);
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    // Candidates are held in memory (never on disk unencrypted) and compared with the stored reminders in
    // C++; only the rows that differ are deleted or inserted. Rewriting every row would cost an encrypted
    // page write per few rows, and a day's recompute changes few of them. Run-out, birthday, lead-SLA and
    // custom-date rules come from one scan per source (NativeRules); take-over rules from their SQL.
    reminder_candidates::TextPool pool;
    std::vector<reminder_candidates::Candidate> candidates;
    QHash<qint64, QString> ruleIds;
    int computed = 0; // reminders computed when read, counted only
    {
        NativeRules native(db, m_calendar, pool, reference, horizonEnd, rules.value());
        for (const ReminderRule& rule : rules.value()) {
            if (computedOnRead(rule.kind)) {
                auto count = native.countComputed(rule);
                if (!count.ok())
                    return count.error();
                computed += count.value();
                continue;
            }
            ruleIds.insert(rule.rowId, rule.id);
            if (NativeRules::handles(rule.kind))
                LL_TRY(native.append(rule, candidates));
            else
                LL_TRY(collectRows(db, rule, reference, horizonEnd, m_calendar, pool, candidates));
        }
    }
    auto difference = reminder_candidates::writeDifference(db, pool, candidates, ruleIds);
    if (!difference.ok())
        return difference.error();
    LL_TRY(m_store.setMeta(QLatin1String(kReferenceKey), isoDate(reference)));
    int generated = int(candidates.size()) + computed;
    LL_TRY(tx.commit());
    return generated;
}

Result<QDate> ReminderEngine::referenceDate()
{
    auto stored = m_store.meta(QLatin1String(kReferenceKey));
    if (!stored.ok())
        return stored.error();
    return QDate::fromString(stored.value(), Qt::ISODate);
}

Status ReminderEngine::recomputeContact(qint64 contactRowId)
{
    LL_TRY(useOwnCalendar());
    auto reference = referenceDate();
    if (!reference.ok())
        return reference.error();
    if (!reference.value().isValid()) {
        auto full = fullRecompute();
        return full.ok() ? Status() : Status(full.error());
    }
    auto rules = RuleRepository(m_store, Actor{}).list(false);
    if (!rules.ok())
        return rules.error();
    Database& db = m_store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    Statement& del = db.cached("DELETE FROM reminder WHERE contact_rowid = ?");
    del.bind(1, contactRowId);
    LL_TRY(del.exec());
    for (const ReminderRule& rule : rules.value())
        if (!computedOnRead(rule.kind))
            LL_TRY(generate(rule, reference.value(), contactRowId));
    return tx.commit();
}

Status ReminderEngine::recomputeContact(const QString& contactId)
{
    auto row = contact_rows::resolve(m_store.db(), contactId, true);
    if (!row.ok())
        return row.error();
    return recomputeContact(row.value());
}

Result<QList<Reminder>> ReminderEngine::select(const QByteArray& where, const QVariantList& binds,
                                               const Window& window, Source source)
{
    LL_TRY(useOwnCalendar());
    // The caller's parameters are ?1..?n; the computed rows' follow them.
    SqlBuilder b;
    b.binds = binds;
    QString from = QStringLiteral("reminder");
    if (source != Source::Stored) {
        auto reference = referenceDate();
        if (!reference.ok())
            return reference.error();
        QString computed;
        if (reference.value().isValid()) {
            auto rules = RuleRepository(m_store, Actor{}).list(false);
            if (!rules.ok())
                return rules.error();
            computed = computedRows(b, rules.value(), reference.value(), m_horizonDays, window.contactRowId,
                                    window.dueFrom, window.dueTo, m_calendar);
        }
        if (computed.isEmpty() && source == Source::Computed)
            return QList<Reminder>();
        if (!computed.isEmpty())
            from = source == Source::Computed ? QStringLiteral("(%1)").arg(computed)
                                              : QStringLiteral("(SELECT %1 FROM reminder UNION ALL %2)")
                                                    .arg(QLatin1String(kRowColumns), computed);
    }
    const QByteArray sql = QByteArray(kSelectColumns) + from.toUtf8() + kSelectJoins + where;
    Statement& st = m_store.db().cached(sql.constData());
    for (int i = 0; i < b.binds.size(); ++i)
        st.bind(i + 1, b.binds.at(i));
    QList<Reminder> out;
    while (true) {
        auto row = st.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        out << fromRow(st);
    }
    return out;
}

Result<QList<ReminderGroup>> ReminderEngine::due(const QDate& date, const QString& ownerId)
{
    const QDate day = date.isValid() ? date : today();
    auto reference = referenceDate();
    if (!reference.ok())
        return reference.error();
    if (reference.value() != day) {
        auto full = fullRecompute(day);
        if (!full.ok())
            return full.error();
    }
    auto rows =
        select("WHERE r.due_on <= ?1 AND (r.expires_on = '' OR r.expires_on >= ?1) AND r.closed_at = 0 "
               "AND (s.state IS NULL OR s.state = 'open' OR (s.state = 'snoozed' AND s.snoozed_until <= ?1)) "
               "AND (?2 = '' OR c.owner_id = ?2) ORDER BY r.due_on, c.name, r.id",
               {isoDate(day), ownerId}, Window{0, {}, day});
    if (!rows.ok())
        return rows.error();
    QList<ReminderGroup> groups;
    for (RuleKind kind : {RuleKind::RunOut, RuleKind::LeadSla, RuleKind::Takeover, RuleKind::Dormant,
                          RuleKind::Birthday, RuleKind::Holiday, RuleKind::CustomDate}) {
        ReminderGroup group{kind, {}};
        for (const Reminder& r : rows.value())
            if (r.kind == kind)
                group.reminders << r;
        if (!group.reminders.isEmpty())
            groups << group;
    }
    return groups;
}

Result<QList<Reminder>> ReminderEngine::becameDue(qint64 fromUtcMs, qint64 toUtcMs, const QString& ownerId)
{
    if (toUtcMs <= fromUtcMs)
        return QList<Reminder>();
    // Computed reminders are due at local midnight: only the days the interval touches can have any.
    const Window days{0, m_calendar.dateOf(fromUtcMs), m_calendar.dateOf(toUtcMs - 1)};
    return select("WHERE r.due_at >= ?1 AND r.due_at < ?2 AND r.closed_at = 0 AND (s.state IS NULL OR "
                  "s.state = 'open') "
                  "AND (?3 = '' OR c.owner_id = ?3) ORDER BY r.due_at, r.id",
                  {fromUtcMs, toUtcMs, ownerId}, days);
}

Result<QList<Reminder>> ReminderEngine::forContact(const QString& contactId)
{
    auto row = contact_rows::resolve(m_store.db(), contactId);
    if (!row.ok())
        return row.error();
    return select("WHERE r.contact_rowid = ?1 ORDER BY r.due_on, r.id", {row.value()},
                  Window{row.value(), {}, {}});
}

Result<QList<Reminder>> ReminderEngine::all()
{
    return select("ORDER BY r.id", {}, Window{});
}

Result<Reminder> ReminderEngine::get(const QString& id)
{
    // A stored reminder is found by its id's index; a computed one only by computing them all.
    const QVariantList key{id.trimmed().toLower()};
    auto rows = select("WHERE r.id = ?1", key, Window{}, Source::Stored);
    if (rows.ok() && rows.value().isEmpty())
        rows = select("WHERE r.id = ?1", key, Window{}, Source::Computed);
    if (!rows.ok())
        return rows.error();
    if (rows.value().isEmpty())
        return makeError(ErrorCode::NotFound, Text::tr("No current reminder with id %1").arg(id.left(64)));
    return rows.value().constFirst();
}

Status ReminderEngine::setState(const QString& id, ReminderState state, const QDate& until)
{
    auto reminder = get(id);
    if (!reminder.ok())
        return reminder.error();
    return setState(reminder.value(), state, until);
}

Status ReminderEngine::setState(const Reminder& reminder, ReminderState state, const QDate& until)
{
    Database& db = m_store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    Statement& current = db.cached("SELECT clocks FROM reminder_state WHERE id = ?");
    current.bind(1, reminder.id);
    auto row = current.step();
    if (!row.ok())
        return row.error();
    FieldClocks clocks = FieldClocks::parse(row.value() ? current.text(0) : QString());
    current.reset();
    const QString clock = m_store.tick();
    const QString untilText = state == ReminderState::Snoozed ? isoDate(until) : QString();
    clocks.set(QStringLiteral("state"), clock);
    clocks.set(QStringLiteral("snoozedUntil"), clock);
    Statement& upsert =
        db.cached("INSERT OR REPLACE INTO reminder_state (id, state, snoozed_until, staff_id, "
                  "updated_at, clocks) VALUES (?, ?, ?, ?, ?, ?)");
    upsert.bind(1, reminder.id)
        .bind(2, toCode(state))
        .bind(3, untilText)
        .bind(4, m_store.actorId())
        .bind(5, QDateTime::currentMSecsSinceEpoch())
        .bind(6, clocks.serialize());
    LL_TRY(upsert.exec());
    const QJsonObject fields{
        {QStringLiteral("state"),
         QJsonObject{{QStringLiteral("v"), toCode(state)}, {QStringLiteral("c"), clock}}},
        {QStringLiteral("snoozedUntil"),
         QJsonObject{{QStringLiteral("v"), untilText}, {QStringLiteral("c"), clock}}},
        // The sync engine routes the state to the contact's owner by it.
        {QStringLiteral("contactId"),
         QJsonObject{{QStringLiteral("v"), reminder.contactId}, {QStringLiteral("c"), clock}}},
    };
    LL_TRY(m_store.appendOutbox(QStringLiteral("reminder_state"), reminder.id, QStringLiteral("upsert"),
                                QJsonObject{{QStringLiteral("fields"), fields}}));
    return tx.commit();
}

Status ReminderEngine::markDone(const QString& id)
{
    return setState(id, ReminderState::Done, {});
}

Status ReminderEngine::dismiss(const QString& id)
{
    return setState(id, ReminderState::Dismissed, {});
}

Status ReminderEngine::reopen(const QString& id)
{
    return setState(id, ReminderState::Open, {});
}

Status ReminderEngine::checkSnoozeDay(const QDate& until)
{
    auto reference = referenceDate();
    if (!reference.ok())
        return reference.error();
    const QDate after = reference.value().isValid() ? reference.value() : today();
    if (!until.isValid() || until <= after)
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("Snooze until a day after %1").arg(after.toString(Qt::ISODate)));
    return {};
}

Status ReminderEngine::snooze(const QString& id, const QDate& until)
{
    LL_TRY(checkSnoozeDay(until));
    return setState(id, ReminderState::Snoozed, until);
}

Status ReminderEngine::markDone(const Reminder& reminder)
{
    return setState(reminder, ReminderState::Done, {});
}

Status ReminderEngine::snooze(const Reminder& reminder, const QDate& until)
{
    LL_TRY(checkSnoozeDay(until));
    return setState(reminder, ReminderState::Snoozed, until);
}

Status ReminderEngine::dismiss(const Reminder& reminder)
{
    return setState(reminder, ReminderState::Dismissed, {});
}

} // namespace ll
