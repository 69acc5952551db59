#pragma once

#include "library/Actor.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ll {

class Store;

struct Holiday
{
    QString id;
    QString name; // 春节, 中秋节, 双11, …
    QDate day;
};

// The editable, dated holiday list that holiday rules remind of (synced entity "holiday"; team data, so
// managers and admins edit it). Lunar holidays move every year, so the list holds concrete dates;
// addDefaults() fills in a year's well-known retail holidays, computing the lunar ones with ICU's Chinese
// calendar. Defaults get name-based ids, so two devices adding the same year's defaults converge on one list.
class HolidayCalendar
{
public:
    HolidayCalendar(Store& store, Actor actor);

    Result<Holiday> add(const QString& name, const QDate& day);
    Status remove(const QString& id);
    Result<QList<Holiday>> list(const QDate& from = {}, const QDate& to = {});
    // Adds the defaults of `year` that are missing (a deleted default stays deleted); returns how many were added.
    Result<int> addDefaults(int year);

    // The Gregorian date of a day of the Chinese lunar calendar (month 1–12, not a leap month) in the lunar
    // year that begins in `gregorianYear`; invalid if ICU cannot compute it.
    // Published dates are used where known (春节, 端午, 中秋 2024–2030), ICU's computation otherwise.
    static QDate lunarDate(int gregorianYear, int lunarMonth, int lunarDay);
    static QDate computeLunarDate(int gregorianYear, int lunarMonth, int lunarDay); // ICU only
    static QList<Holiday> defaultsFor(int year);

private:
    Result<Holiday> insert(const Holiday& holiday);

    Store& m_store;
    Actor m_actor;
};

} // namespace ll
