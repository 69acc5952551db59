#include "reminders/NativeRules.h"

#include "store/Database.h"
#include "store/Statement.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <string>

namespace ll {

using reminder_candidates::Candidate;
using reminder_candidates::poolText;

namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kUnset = std::numeric_limits<qint64>::min(); // not looked at yet
constexpr qint64 kNone = kUnset + 1;                          // looked at: no such day
const qint64 kFirstJulianDay = QDate(1, 1, 1).toJulianDay();
const qint64 kLastJulianDay = QDate(9999, 12, 31).toJulianDay();

// The julian day of a day written as SQLite's date() and QDate write it ('YYYY-MM-DD', years 1..9999),
// kNone for any other text (which then goes to SQLite's own date functions).
qint64 canonicalJulianDay(const QByteArray& text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return kNone;
    int parts[3] = {0, 0, 0};
    const int from[3] = {0, 5, 8};
    const int digits[3] = {4, 2, 2};
    for (int k = 0; k < 3; ++k)
        for (int i = 0; i < digits[k]; ++i) {
            const char c = text[from[k] + i];
            if (c < '0' || c > '9')
                return kNone;
            parts[k] = parts[k] * 10 + (c - '0');
        }
    if (parts[0] < 1 || !QDate::isValid(parts[0], parts[1], parts[2]))
        return kNone;
    return QDate(parts[0], parts[1], parts[2]).toJulianDay();
}

// The cache entry of a pool id, grown on demand.
qint64& slot(std::vector<qint64>& cache, int id)
{
    if (size_t(id) >= cache.size())
        cache.resize(size_t(id) + 1 + size_t(id) / 2, kUnset);
    return cache[size_t(id)];
}

// The pool id of a text column whose few values repeat (stage, store, merged_into): the last few ids are
// compared before the pool's hash is asked.
class RecentTexts
{
public:
    int pooled(const Statement& query, int column, reminder_candidates::TextPool& pool)
    {
        int bytes = 0;
        const char* p = query.utf8(column, &bytes);
        for (int i = 0; i < m_count; ++i) {
            const QByteArray& known = pool.text(m_ids[i]);
            if (known.size() == bytes && std::memcmp(known.constData(), p, size_t(bytes)) == 0)
                return m_ids[i];
        }
        const int id = pool.id(p, bytes);
        m_ids[m_next] = id;
        m_next = (m_next + 1) % kSize;
        m_count = std::min(m_count + 1, kSize);
        return id;
    }

private:
    static constexpr int kSize = 8;
    int m_ids[kSize] = {};
    int m_count = 0;
    int m_next = 0;
};

// How SQLite orders TEXT (BINARY collation) and max() picks: bytes, then length.
int compareText(const QByteArray& a, const QByteArray& b)
{
    const int order = std::memcmp(a.constData(), b.constData(), size_t(std::min(a.size(), b.size())));
    return order != 0 ? order : int(a.size() - b.size());
}

} // namespace

NativeRules::NativeRules(Database& db, const LocalCalendar& calendar, reminder_candidates::TextPool& pool,
                         const QDate& reference, const QDate& horizonEnd, const QList<ReminderRule>& rules)
    : m_db(db)
    , m_calendar(calendar)
    , m_pool(pool)
    , m_reference(reference)
    , m_horizonEnd(horizonEnd)
{
    m_horizonDay = day(horizonEnd);
    for (const ReminderRule& rule : rules) {
        m_needs.owner = m_needs.owner || !rule.ownerId.isEmpty();
        m_needs.store = m_needs.store || !rule.storeIds.isEmpty();
        m_needs.birthday = m_needs.birthday || rule.kind == RuleKind::Birthday;
    }
}

bool NativeRules::handles(RuleKind kind)
{
    return kind == RuleKind::RunOut || kind == RuleKind::Birthday || kind == RuleKind::LeadSla ||
           kind == RuleKind::CustomDate;
}

Status NativeRules::append(const ReminderRule& rule, std::vector<Candidate>& out)
{
    LL_TRY(loadContacts());
    auto scope = scopeOf(rule);
    if (!scope.ok())
        return scope.error();
    switch (rule.kind) {
    case RuleKind::RunOut:
        return appendRunOut(rule, scope.value(), out);
    case RuleKind::Birthday:
        return appendBirthday(rule, scope.value(), out);
    case RuleKind::LeadSla:
        return appendLeadSla(rule, scope.value(), out);
    case RuleKind::CustomDate:
        return appendCustomDate(rule, scope.value(), out);
    default:
        return makeError(ErrorCode::Internal,
                         QStringLiteral("no native generator for %1").arg(toCode(rule.kind)));
    }
}

Result<int> NativeRules::countComputed(const ReminderRule& rule)
{
    LL_TRY(loadContacts());
    auto scope = scopeOf(rule);
    if (!scope.ok())
        return scope.error();
    qint64 perContact = 1;
    qint64 touchedBefore = 0; // dormant: the last touch must be before this
    if (rule.kind == RuleKind::Holiday) {
        // Every contact in scope has one reminder per holiday in the window.
        Statement holidays(m_db,
                           rule.holidayName.isEmpty()
                               ? QByteArray("SELECT count(*) FROM holiday h WHERE h.deleted = 0 AND h.day "
                                            ">= ?1 AND date(julianday(h.day) - ?2) <= ?3")
                               : QByteArray("SELECT count(*) FROM holiday h WHERE h.deleted = 0 AND h.day "
                                            ">= ?1 AND date(julianday(h.day) - ?2) <= ?3 AND h.name = ?4"));
        holidays.bindUtf8(1, m_reference.toString(Qt::ISODate).toUtf8());
        holidays.bind(2, rule.leadDays);
        holidays.bindUtf8(3, m_horizonEnd.toString(Qt::ISODate).toUtf8());
        if (!rule.holidayName.isEmpty())
            holidays.bindUtf8(4, rule.holidayName.toUtf8());
        auto row = holidays.step();
        if (!row.ok())
            return row.error();
        perContact = row.value() ? holidays.int64(0) : 0;
        if (perContact == 0)
            return 0;
    } else if (rule.kind == RuleKind::Dormant) {
        // Due within the horizon: the local day of the last touch (last contact, or creation) + N days.
        touchedBefore = m_calendar.startOfDay(m_horizonEnd.addDays(1 - rule.threshold));
    } else {
        return makeError(ErrorCode::Internal,
                         QStringLiteral("%1 reminders are stored").arg(toCode(rule.kind)));
    }
    qint64 contacts = 0;
    for (const ContactRow& c : m_contacts) {
        if (!inScope(scope.value(), c))
            continue;
        if (rule.kind == RuleKind::Dormant &&
            !((c.lastContactedAt > 0 ? c.lastContactedAt : c.createdAt) < touchedBefore))
            continue;
        ++contacts;
    }
    return int(perContact * contacts);
}

// --- sources, each read once per recompute

Status NativeRules::loadContacts()
{
    if (m_contactsLoaded)
        return {};
    // Every column read is in contact_reminder_scope, so the narrow index is scanned, not the wide rows.
    Statement scan(m_db,
                   "SELECT rowid, deleted, merged_into, owner_id, stage, store_id, birthday, created_at, "
                   "last_contacted_at FROM contact INDEXED BY contact_reminder_scope");
    RecentTexts merged;
    RecentTexts stages;
    RecentTexts stores;
    while (true) {
        auto row = scan.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        ContactRow c;
        c.rowId = scan.int64(0);
        c.live = !scan.isNull(1) && scan.int64(1) == 0;
        c.unmerged = merged.pooled(scan, 2, m_pool) == m_pool.empty();
        // Owner, store and birthday are pooled only when a rule reads them (few rules do; most contacts
        // differ).
        c.owner = m_needs.owner ? poolText(scan, 3, m_pool) : 0;
        c.stage = stages.pooled(scan, 4, m_pool);
        c.store = m_needs.store ? stores.pooled(scan, 5, m_pool) : 0;
        c.birthday = m_needs.birthday ? poolText(scan, 6, m_pool) : 0;
        c.createdAt = scan.int64(7);
        c.lastContactedAt = scan.int64(8);
        m_contacts.push_back(c);
    }
    std::sort(m_contacts.begin(), m_contacts.end(),
              [](const ContactRow& a, const ContactRow& b) { return a.rowId < b.rowId; });
    m_contactsLoaded = true;
    return {};
}

Status NativeRules::loadPurchases()
{
    if (m_purchasesLoaded)
        return {};
    // In (contact, product) order from the index alone; each group keeps its latest day (max() on the
    // text) and the quantities bought that day added up, like ll_latest_quantity.
    Statement scan(
        m_db,
        "SELECT contact_rowid, product_rowid, purchased_on, quantity FROM purchase "
        "INDEXED BY purchase_by_contact_product WHERE deleted = 0 ORDER BY contact_rowid, product_rowid");
    PurchaseGroup group;
    std::string latest; // the open group's latest day (short: no allocation), pooled when the group closes
    bool open = false;
    auto close = [&] {
        const QByteArray text = QByteArray::fromRawData(latest.data(), qsizetype(latest.size()));
        const qint64 jd = canonicalJulianDay(text);
        group.latestDay = jd != kNone ? dayOfJulian(jd) : m_pool.id(text);
        m_purchases.push_back(group);
    };
    while (true) {
        auto row = scan.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        const qint64 contact = scan.int64(0);
        const qint64 product = scan.int64(1);
        int bytes = 0;
        const char* day = scan.utf8(2, &bytes);
        const qint64 quantity = scan.int64(3);
        if (!open || contact != group.contactRowId || product != group.productRowId) {
            if (open)
                close();
            group = PurchaseGroup{contact, product, 0, quantity};
            latest.assign(day, size_t(bytes));
            open = true;
            continue;
        }
        const int order = compareText(QByteArray::fromRawData(day, bytes),
                                      QByteArray::fromRawData(latest.data(), qsizetype(latest.size())));
        if (order == 0) {
            group.quantity += quantity;
        } else if (order > 0) {
            latest.assign(day, size_t(bytes));
            group.quantity = quantity;
        }
    }
    if (open)
        close();
    m_purchasesLoaded = true;
    return {};
}

Status NativeRules::loadFollowUps()
{
    if (m_followUpsLoaded)
        return {};
    Statement scan(m_db,
                   "SELECT contact_rowid, happened_at FROM followup INDEXED BY followup_by_contact_live "
                   "WHERE deleted = 0 ORDER BY contact_rowid, happened_at");
    while (true) {
        auto row = scan.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        m_followUps.push_back(FollowUp{scan.int64(0), scan.int64(1)});
    }
    m_followUpsLoaded = true;
    return {};
}

Result<NativeRules::Scope> NativeRules::scopeOf(const ReminderRule& rule)
{
    Scope scope;
    if (!rule.ownerId.isEmpty())
        scope.owner = m_pool.id(rule.ownerId);
    for (const QString& stage : rule.stages)
        scope.stages.insert(m_pool.id(stage));
    for (const QString& store : rule.storeIds)
        scope.stores.insert(m_pool.id(store));
    if (rule.tagIds.isEmpty())
        return scope;
    scope.byTags = true;
    QStringList params;
    for (int i = 0; i < rule.tagIds.size(); ++i)
        params << QStringLiteral("?%1").arg(i + 1);
    Statement tagged(m_db,
                     QStringLiteral("SELECT ct.contact_rowid FROM contact_tag ct WHERE ct.present = 1 "
                                    "AND ct.tag_rowid IN (SELECT rowid FROM tag WHERE deleted = 0 AND id "
                                    "IN (%1))")
                         .arg(params.join(QLatin1Char(',')))
                         .toUtf8());
    for (int i = 0; i < rule.tagIds.size(); ++i)
        tagged.bindUtf8(i + 1, rule.tagIds.at(i).toUtf8());
    while (true) {
        auto row = tagged.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        scope.tagged.insert(tagged.int64(0));
    }
    return scope;
}

bool NativeRules::inScope(const Scope& scope, const ContactRow& c) const
{
    return c.live && c.unmerged && (scope.owner < 0 || c.owner == scope.owner) &&
           (scope.stages.isEmpty() || scope.stages.contains(c.stage)) &&
           (scope.stores.isEmpty() || scope.stores.contains(c.store)) &&
           (!scope.byTags || scope.tagged.contains(c.rowId));
}

const NativeRules::ContactRow* NativeRules::contact(qint64 rowId) const
{
    const auto it = std::lower_bound(m_contacts.cbegin(), m_contacts.cend(), rowId,
                                     [](const ContactRow& c, qint64 id) { return c.rowId < id; });
    return it != m_contacts.cend() && it->rowId == rowId ? &*it : nullptr;
}

std::optional<qint64> NativeRules::firstFollowUpFrom(qint64 contactRowId, qint64 from) const
{
    const auto it = std::lower_bound(m_followUps.cbegin(), m_followUps.cend(), FollowUp{contactRowId, from},
                                     [](const FollowUp& a, const FollowUp& b) {
                                         return a.contactRowId != b.contactRowId
                                                    ? a.contactRowId < b.contactRowId
                                                    : a.at < b.at;
                                     });
    if (it == m_followUps.cend() || it->contactRowId != contactRowId)
        return std::nullopt;
    return it->at;
}

// --- day arithmetic with the results of SQLite's date functions, cached per distinct day

int NativeRules::day(const QDate& date)
{
    if (!date.isValid())
        return m_pool.empty(); // what ll_local_date gives for it
    return dayOfJulian(date.toJulianDay());
}

int NativeRules::dayOfJulian(qint64 jd)
{
    const auto found = m_dayIds.constFind(jd);
    if (found != m_dayIds.cend())
        return found.value();
    const int id = m_pool.id(QDate::fromJulianDay(jd).toString(Qt::ISODate));
    m_dayIds.insert(jd, id);
    slot(m_julianDays, id) = jd;
    return id;
}

qint64 NativeRules::julianDay(int dayId)
{
    qint64& jd = slot(m_julianDays, dayId);
    if (jd == kUnset)
        jd = canonicalJulianDay(m_pool.text(dayId));
    return jd;
}

qint64 NativeRules::dayStart(int dayId)
{
    qint64& start = slot(m_dayStarts, dayId);
    if (start == kUnset) {
        const qint64 jd = julianDay(dayId);
        const QDate d = jd != kNone ? QDate::fromJulianDay(jd)
                                    : QDate::fromString(QString::fromUtf8(m_pool.text(dayId)), Qt::ISODate);
        start = d.isValid() ? m_calendar.startOfDay(d) : 0;
    }
    return start;
}

Result<int> NativeRules::dayPlus(int dayId, qint64 days)
{
    // A day written as SQLite writes it is plain date arithmetic; anything else asks SQLite itself, so odd
    // stored text gives what the SQL of an incremental recompute gives.
    const qint64 jd = julianDay(dayId);
    if (jd != kNone && jd + days >= kFirstJulianDay && jd + days <= kLastJulianDay)
        return dayOfJulian(jd + days);
    Statement sql(m_db, "SELECT date(julianday(?1) + ?2)");
    sql.bindUtf8(1, m_pool.text(dayId));
    sql.bind(2, days);
    auto row = sql.step();
    if (!row.ok())
        return row.error();
    return !row.value() || sql.isNull(0) ? -1 : poolText(sql, 0, m_pool);
}

qint64 NativeRules::nextYearly(int textId)
{
    // ll_next_yearly: a 10-character ISO day, then its next anniversary from the reference date on.
    qint64& next = slot(m_nextYearly, textId);
    if (next == kUnset) {
        const QString original = QString::fromUtf8(m_pool.text(textId));
        const QDate d = original.size() == 10 ? QDate::fromString(original, Qt::ISODate) : QDate();
        const QDate occurrence = reminder_dates::nextOccurrence(d, m_reference);
        next = occurrence.isValid() ? occurrence.toJulianDay() : kNone;
    }
    return next;
}

Result<bool> NativeRules::isSqlDate(int textId)
{
    // date(v) = v: a canonical day is; any other text is asked of SQLite, once.
    if (julianDay(textId) != kNone)
        return true;
    qint64& known = slot(m_sqlDates, textId);
    if (known == kUnset) {
        Statement sql(m_db, "SELECT date(?1) = ?1");
        sql.bindUtf8(1, m_pool.text(textId));
        auto row = sql.step();
        if (!row.ok())
            return row.error();
        known = row.value() && !sql.isNull(0) && sql.int64(0) == 1 ? 1 : 0;
    }
    return known == 1;
}

// --- the rules, row for row what ruleRows() in ReminderEngine.cpp selects

Status NativeRules::appendRunOut(const ReminderRule& rule, const Scope& scope, std::vector<Candidate>& out)
{
    LL_TRY(loadPurchases());
    LL_TRY(loadFollowUps());
    QHash<qint64, Product> products;
    {
        Statement list(m_db,
                       rule.productId.isEmpty()
                           ? QByteArray("SELECT rowid, id, cycle_days FROM product WHERE deleted = 0 AND "
                                        "cycle_days > 0")
                           : QByteArray("SELECT rowid, id, cycle_days FROM product WHERE deleted = 0 AND "
                                        "cycle_days > 0 AND id = ?1"));
        if (!rule.productId.isEmpty())
            list.bindUtf8(1, rule.productId.toUtf8());
        while (true) {
            auto row = list.step();
            if (!row.ok())
                return row.error();
            if (!row.value())
                break;
            products.insert(list.int64(0), Product{poolText(list, 1, m_pool), list.int64(2)});
        }
    }
    const int kind = m_pool.id(toCode(RuleKind::RunOut));
    const int followup = m_pool.id(QByteArrayLiteral("followup"));
    const QByteArray horizon = m_pool.text(m_horizonDay); // a copy: the pool grows
    const ContactRow* c = nullptr;
    for (const PurchaseGroup& g : m_purchases) {
        const auto product = products.constFind(g.productRowId);
        if (product == products.cend())
            continue;
        auto due = dayPlus(g.latestDay, product->cycleDays * g.quantity - rule.leadDays);
        if (!due.ok())
            return due.error();
        if (due.value() < 0 || compareText(m_pool.text(due.value()), horizon) > 0)
            continue;
        if (!c || c->rowId != g.contactRowId)
            c = contact(g.contactRowId);
        if (!c || !inScope(scope, *c))
            continue;
        Candidate r;
        r.ruleRowId = rule.rowId;
        r.contactRowId = g.contactRowId;
        r.kind = kind;
        r.subject = product->id;
        r.anchor = g.latestDay;
        r.dueOn = due.value();
        r.dueAt = dayStart(due.value());
        r.expiresOn = m_pool.empty();
        r.closedAt = firstFollowUpFrom(g.contactRowId, r.dueAt).value_or(0);
        r.closedBy = r.closedAt > 0 ? followup : m_pool.empty();
        out.push_back(r);
    }
    return {};
}

Status NativeRules::appendBirthday(const ReminderRule& rule, const Scope& scope, std::vector<Candidate>& out)
{
    const int kind = m_pool.id(toCode(RuleKind::Birthday));
    const QByteArray horizon = m_pool.text(m_horizonDay); // a copy: the pool grows
    for (const ContactRow& c : m_contacts) {
        if (!c.live || c.birthday == m_pool.empty() || !inScope(scope, c))
            continue;
        const qint64 next = nextYearly(c.birthday);
        if (next == kNone)
            continue;
        const int anchor = dayOfJulian(next);
        auto due = dayPlus(anchor, -qint64(rule.leadDays));
        if (!due.ok())
            return due.error();
        if (due.value() < 0 || compareText(m_pool.text(due.value()), horizon) > 0)
            continue;
        Candidate r;
        r.ruleRowId = rule.rowId;
        r.contactRowId = c.rowId;
        r.kind = kind;
        r.subject = m_pool.empty();
        r.anchor = anchor;
        r.dueOn = due.value();
        r.dueAt = dayStart(due.value());
        r.expiresOn = anchor;
        r.closedBy = m_pool.empty();
        out.push_back(r);
    }
    return {};
}

Status NativeRules::appendLeadSla(const ReminderRule& rule, const Scope& scope, std::vector<Candidate>& out)
{
    LL_TRY(loadFollowUps());
    const int kind = m_pool.id(toCode(RuleKind::LeadSla));
    const int lead = m_pool.id(QByteArrayLiteral("lead"));
    const int followup = m_pool.id(QByteArrayLiteral("followup"));
    const QByteArray horizon = m_pool.text(m_horizonDay); // a copy: the pool grows
    const qint64 bound = m_calendar.startOfDay(m_horizonEnd.addDays(1));
    const qint64 span = qint64(rule.threshold) * kHourMs;
    for (const ContactRow& c : m_contacts) {
        if (!c.live || c.stage != lead || !(c.createdAt + span < bound) || !inScope(scope, c))
            continue;
        const qint64 dueAt = c.createdAt + span;
        const int due = day(m_calendar.dateOf(dueAt));
        if (compareText(m_pool.text(due), horizon) > 0)
            continue;
        const std::optional<qint64> first = firstFollowUpFrom(c.rowId, c.createdAt);
        if (first && *first < dueAt)
            continue; // contacted in time
        Candidate r;
        r.ruleRowId = rule.rowId;
        r.contactRowId = c.rowId;
        r.kind = kind;
        r.subject = m_pool.empty();
        r.anchor = day(m_calendar.dateOf(c.createdAt));
        r.dueOn = due;
        r.dueAt = dueAt;
        r.expiresOn = m_pool.empty();
        r.closedAt = first.value_or(0);
        r.closedBy = r.closedAt > 0 ? followup : m_pool.empty();
        out.push_back(r);
    }
    return {};
}

} // namespace ll

namespace ll {

Status NativeRules::appendCustomDate(const ReminderRule& rule, const Scope& scope,
                                     std::vector<Candidate>& out)
{
    const int kind = m_pool.id(toCode(RuleKind::CustomDate));
    const QByteArray horizon = m_pool.text(m_horizonDay); // a copy: the pool grows
    Statement fields(m_db, "SELECT contact_rowid, value FROM contact_field WHERE name = ?1");
    fields.bindUtf8(1, rule.dateField.toUtf8());
    while (true) {
        auto row = fields.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        const qint64 rowId = fields.int64(0);
        const int value = poolText(fields, 1, m_pool);
        // Yearly: the next anniversary of the field's day; once: the field's day itself, if it is one.
        int anchor = value;
        if (rule.yearly) {
            const qint64 next = nextYearly(value);
            if (next == kNone)
                continue;
            anchor = dayOfJulian(next);
        } else {
            auto once = isSqlDate(value);
            if (!once.ok())
                return once.error();
            if (!once.value())
                continue;
        }
        auto due = dayPlus(anchor, -qint64(rule.leadDays));
        if (!due.ok())
            return due.error();
        if (due.value() < 0 || compareText(m_pool.text(due.value()), horizon) > 0)
            continue;
        const ContactRow* c = contact(rowId);
        if (!c || !inScope(scope, *c))
            continue;
        Candidate r;
        r.ruleRowId = rule.rowId;
        r.contactRowId = rowId;
        r.kind = kind;
        r.subject = m_pool.empty();
        r.anchor = anchor;
        r.dueOn = due.value();
        r.dueAt = dayStart(due.value());
        r.expiresOn = rule.yearly ? anchor : m_pool.empty();
        r.closedBy = m_pool.empty();
        out.push_back(r);
    }
    return {};
}

} // namespace ll
