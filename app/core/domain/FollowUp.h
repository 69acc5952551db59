#pragma once

#include "domain/Enums.h"

#include <QDateTime>
#include <QString>

namespace ll {

struct FollowUp
{
    qint64 rowId = 0;
    QString id;
    QString contactId;
    FollowUpKind kind = FollowUpKind::Call;
    QString outcome;    // short free text or code, e.g. "interested", "no answer"
    QString note;
    QString scriptId;   // which script was sent, if any
    QString materialId; // which material was sent, if any
    QString staffId;    // by whom
    QDateTime happenedAt;
};

struct FollowUpInput
{
    QString contactId;
    QString kind;       // code: call, chat, visit, message
    QString outcome;
    QString note;
    QString scriptId;
    QString materialId;
    QDateTime happenedAt; // defaults to now
};

} // namespace ll
