#include "reminders/HolidayCalendar.h"

#include "domain/FieldChanges.h"
#include "domain/FieldChecks.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "util/Ids.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QUuid>

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <memory>

namespace ll {

namespace {

// Messages of this file, filed under ll::HolidayCalendar for lupdate and at run time alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::HolidayCalendar)
};

constexpr int kMaxName = 50;
// Namespace of the name-based ids of default holidays (fixed forever: changing it would duplicate lists).
const QUuid kHolidayNamespace(QStringLiteral("{6f1e2b7a-3c55-4a4e-9d0b-2a9c1d6e8f10}"));

QDate nthWeekday(int year, int month, int weekday, int n)
{
    QDate d(year, month, 1);
    while (d.dayOfWeek() != weekday)
        d = d.addDays(1);
    return d.addDays(7 * (n - 1));
}

} // namespace

HolidayCalendar::HolidayCalendar(Store& store, Actor actor)
    : m_store(store)
    , m_actor(std::move(actor))
{
}

QDate HolidayCalendar::lunarDate(int gregorianYear, int lunarMonth, int lunarDay)
{
    // Published dates win over computation: ICU's Chinese calendar uses an approximate astronomy and is a
    // day late when a new moon falls just before midnight in Beijing (春节 2027 is 6 February, ICU says the
    // 7th). Source: the Gregorian-Lunar calendar conversion tables of the Hong Kong Observatory.
    struct Known
    {
        int month;
        int day;
        int year;
        QDate date;
    };
    static const Known known[] = {
        {1, 1, 2024, QDate(2024, 2, 10)},  {1, 1, 2025, QDate(2025, 1, 29)},  {1, 1, 2026, QDate(2026, 2, 17)},
        {1, 1, 2027, QDate(2027, 2, 6)},   {1, 1, 2028, QDate(2028, 1, 26)},  {1, 1, 2029, QDate(2029, 2, 13)},
        {1, 1, 2030, QDate(2030, 2, 3)},   {5, 5, 2024, QDate(2024, 6, 10)},  {5, 5, 2025, QDate(2025, 5, 31)},
        {5, 5, 2026, QDate(2026, 6, 19)},  {5, 5, 2027, QDate(2027, 6, 9)},   {5, 5, 2028, QDate(2028, 5, 28)},
        {5, 5, 2029, QDate(2029, 6, 16)},  {5, 5, 2030, QDate(2030, 6, 5)},   {8, 15, 2024, QDate(2024, 9, 17)},
        {8, 15, 2025, QDate(2025, 10, 6)}, {8, 15, 2026, QDate(2026, 9, 25)}, {8, 15, 2027, QDate(2027, 9, 15)},
        {8, 15, 2028, QDate(2028, 10, 3)}, {8, 15, 2029, QDate(2029, 9, 22)}, {8, 15, 2030, QDate(2030, 9, 12)},
    };
    for (const Known& k : known)
        if (k.year == gregorianYear && k.month == lunarMonth && k.day == lunarDay)
            return k.date;
    // The 15th of the first month is always 14 days after the 1st.
    if (lunarMonth == 1 && lunarDay == 15) {
        const QDate newYear = lunarDate(gregorianYear, 1, 1);
        return newYear.isValid() ? newYear.addDays(14) : QDate();
    }
    return computeLunarDate(gregorianYear, lunarMonth, lunarDay);
}

QDate HolidayCalendar::computeLunarDate(int gregorianYear, int lunarMonth, int lunarDay)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Calendar> cal(icu::Calendar::createInstance(
        icu::TimeZone::createTimeZone("Asia/Shanghai"), icu::Locale("zh_CN@calendar=chinese"), status));
    if (U_FAILURE(status) || !cal)
        return {};
    // The lunar year that contains 1 July began in January or February of the same Gregorian year.
    const QDateTime midYear(QDate(gregorianYear, 7, 1), QTime(12, 0), QTimeZone("Asia/Shanghai"));
    cal->setTime(UDate(midYear.toMSecsSinceEpoch()), status);
    const int32_t extendedYear = cal->get(UCAL_EXTENDED_YEAR, status);
    if (U_FAILURE(status))
        return {};
    cal->clear();
    cal->set(UCAL_EXTENDED_YEAR, extendedYear);
    cal->set(UCAL_MONTH, lunarMonth - 1);
    cal->set(UCAL_IS_LEAP_MONTH, 0);
    cal->set(UCAL_DATE, lunarDay);
    cal->set(UCAL_HOUR_OF_DAY, 12);
    const UDate when = cal->getTime(status);
    if (U_FAILURE(status))
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(when), QTimeZone("Asia/Shanghai")).date();
}

QList<Holiday> HolidayCalendar::defaultsFor(int year)
{
    struct Entry
    {
        const char* name;
        QDate day;
    };
    const Entry entries[] = {
        {"元旦", QDate(year, 1, 1)},
        {"春节", lunarDate(year, 1, 1)},
        {"元宵节", lunarDate(year, 1, 15)},
        {"情人节", QDate(year, 2, 14)},
        {"妇女节", QDate(year, 3, 8)},
        {"劳动节", QDate(year, 5, 1)},
        {"母亲节", nthWeekday(year, 5, Qt::Sunday, 2)},
        {"儿童节", QDate(year, 6, 1)},
        {"端午节", lunarDate(year, 5, 5)},
        {"父亲节", nthWeekday(year, 6, Qt::Sunday, 3)},
        {"七夕", lunarDate(year, 7, 7)},
        {"中秋节", lunarDate(year, 8, 15)},
        {"国庆节", QDate(year, 10, 1)},
        {"双11", QDate(year, 11, 11)},
        {"双12", QDate(year, 12, 12)},
        {"圣诞节", QDate(year, 12, 25)},
    };
    QList<Holiday> out;
    for (const Entry& e : entries) {
        if (!e.day.isValid())
            continue;
        const QString name = QString::fromUtf8(e.name);
        const QString key = QStringLiteral("holiday|%1|%2").arg(name, e.day.toString(Qt::ISODate));
        out << Holiday{QUuid::createUuidV5(kHolidayNamespace, key).toString(QUuid::WithoutBraces), name, e.day};
    }
    return out;
}

Result<Holiday> HolidayCalendar::insert(const Holiday& holiday)
{
    Database& db = m_store.db();
    FieldChanges changes(m_store, QString());
    changes.set(QStringLiteral("name"), holiday.name);
    changes.set(QStringLiteral("day"), holiday.day.toString(Qt::ISODate));
    Statement& ins = db.cached("INSERT INTO holiday (id, name, day, clocks) VALUES (?, ?, ?, ?)");
    ins.bind(1, holiday.id).bind(2, holiday.name).bind(3, holiday.day.toString(Qt::ISODate)).bind(4, changes.clocksText());
    LL_TRY(ins.exec());
    LL_TRY(m_store.appendOutbox(QStringLiteral("holiday"), holiday.id, QStringLiteral("upsert"), changes.payload()));
    return holiday;
}

Result<Holiday> HolidayCalendar::add(const QString& rawName, const QDate& day)
{
    if (!m_actor.canEditTeam())
        return makeError(ErrorCode::PermissionDenied,
                         Text::tr("Only managers and admins can edit the holiday list."));
    const QString name = rawName.trimmed();
    LL_TRY(checkRequiredText(Text::tr("Holiday name"), name, kMaxName));
    if (!day.isValid())
        return makeError(ErrorCode::InvalidInput, Text::tr("A holiday needs a valid date."));
    Transaction tx(m_store.db());
    LL_TRY(tx.beginStatus());
    auto added = insert(Holiday{newId(), name, day});
    if (!added.ok())
        return added.error();
    LL_TRY(tx.commit());
    return added;
}

Status HolidayCalendar::remove(const QString& id)
{
    if (!m_actor.canEditTeam())
        return makeError(ErrorCode::PermissionDenied,
                         Text::tr("Only managers and admins can edit the holiday list."));
    Database& db = m_store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    Statement& del = db.cached("UPDATE holiday SET deleted = 1 WHERE id = ? AND deleted = 0");
    del.bind(1, id.trimmed().toLower());
    LL_TRY(del.exec());
    if (db.changes() == 0)
        return makeError(ErrorCode::NotFound, Text::tr("No holiday with id %1").arg(id.left(64)));
    LL_TRY(m_store.appendOutbox(QStringLiteral("holiday"), id.trimmed().toLower(), QStringLiteral("delete"),
                                QJsonObject{{QStringLiteral("c"), m_store.tick()}}));
    return tx.commit();
}

Result<QList<Holiday>> HolidayCalendar::list(const QDate& from, const QDate& to)
{
    Statement& st = m_store.db().cached(
        "SELECT id, name, day FROM holiday WHERE deleted = 0 AND day >= ? AND day <= ? ORDER BY day, name");
    st.bind(1, from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-00-00"))
        .bind(2, to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999-99-99"));
    QList<Holiday> out;
    while (true) {
        auto row = st.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        out << Holiday{st.text(0), st.text(1), QDate::fromString(st.text(2), Qt::ISODate)};
    }
    return out;
}

Result<int> HolidayCalendar::addDefaults(int year)
{
    if (!m_actor.canEditTeam())
        return makeError(ErrorCode::PermissionDenied,
                         Text::tr("Only managers and admins can edit the holiday list."));
    if (year < 1970 || year > 2100)
        return makeError(ErrorCode::InvalidInput, Text::tr("Year %1 is out of range").arg(year));
    Database& db = m_store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    int added = 0;
    for (const Holiday& h : defaultsFor(year)) {
        Statement& exists = db.cached("SELECT 1 FROM holiday WHERE id = ?");
        exists.bind(1, h.id);
        auto row = exists.step();
        if (!row.ok())
            return row.error();
        exists.reset();
        if (row.value())
            continue;
        auto inserted = insert(h);
        if (!inserted.ok())
            return inserted.error();
        ++added;
    }
    LL_TRY(tx.commit());
    return added;
}

} // namespace ll
