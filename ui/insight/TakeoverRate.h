#pragma once

#include "TransferMessages.h"

#include <QHash>
#include <QList>
#include <QString>

namespace ll::ui {

// How the receivers of reassigned customers took them over (issue #7, manager's Insight): each done
// transfer item counts once for its receiving guide as followed up (the server saw a follow-up after
// the move), stuck (none after `stuckDays`) or waiting (none yet, still within `stuckDays`).
// Failed and waiting items were never moved and are not counted.
struct TakeoverRow
{
    QString staffId; // empty for the overall row
    QString name;
    qint64 followedUp = 0;
    qint64 waiting = 0;
    qint64 stuck = 0;

    qint64 total() const { return followedUp + waiting + stuck; }
};

struct TakeoverRates
{
    QList<TakeoverRow> guides; // by name, then id
    TakeoverRow overall;
};

// `names`: staff id → display name (the directory); an unknown receiver shows the start of its id.
TakeoverRates takeoverRates(const QList<Transfer>& transfers, const QHash<QString, QString>& names,
                            qint64 nowMs, int stuckDays);

} // namespace ll::ui
