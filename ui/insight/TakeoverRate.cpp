#include "insight/TakeoverRate.h"

#include <algorithm>

namespace ll::ui {

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
}

TakeoverRates takeoverRates(const QList<Transfer>& transfers, const QHash<QString, QString>& names,
                            qint64 nowMs, int stuckDays)
{
    const qint64 stuckBefore = nowMs - qint64(stuckDays) * kDayMs;
    QHash<QString, TakeoverRow> byGuide;
    TakeoverRates out;
    for (const Transfer& t : transfers)
        for (const TransferItem& item : t.items) {
            if (item.status != QLatin1String(transferStatus::Done) || item.to.isEmpty())
                continue;
            TakeoverRow& row = byGuide[item.to];
            row.staffId = item.to;
            // Same rule as the Team page's "only stuck" filter, so both count the same contacts.
            qint64 TakeoverRow::*bucket = item.firstFollowUpAt         ? &TakeoverRow::followedUp
                                          : item.doneAt <= stuckBefore ? &TakeoverRow::stuck
                                                                       : &TakeoverRow::waiting;
            ++(row.*bucket);
            ++(out.overall.*bucket);
        }
    for (TakeoverRow& row : byGuide) {
        row.name = names.value(row.staffId, row.staffId.left(8));
        out.guides << row;
    }
    std::sort(out.guides.begin(), out.guides.end(), [](const TakeoverRow& a, const TakeoverRow& b) {
        return std::pair(a.name, a.staffId) < std::pair(b.name, b.staffId);
    });
    return out;
}

} // namespace ll::ui
