#include "util/Today.h"

#include <QDateTime>
#include <QTimeZone>

namespace ll {

QDate storeToday()
{
    static const QTimeZone shanghai("Asia/Shanghai");
    return QDateTime::currentDateTimeUtc().toTimeZone(shanghai).date();
}

QDate latestToday()
{
    return qMax(QDate::currentDate(), storeToday());
}

} // namespace ll
