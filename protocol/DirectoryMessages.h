#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QList>

namespace ll {

// GET /v1/directory: the org's stores and staff, so clients can name people and pick receivers.
struct DirectoryStore
{
    QString id;
    QString name;
    QString managerId;
};

struct DirectoryStaff
{
    QString id;
    QString name;
    QString role;
    QString storeId; // empty for an org-level admin
    QString status;  // active / departed
};

struct Directory
{
    QList<DirectoryStore> stores;
    QList<DirectoryStaff> staff;

    QJsonObject toJson() const;
    static Result<Directory> fromJson(const QJsonObject& object);
};

// GET /v1/team/overview: per guide, for managers (their store) and admins (the org).
struct GuideOverview
{
    QString staffId;
    QString name;
    QString storeId;
    QString status;
    int customers = 0;
    int followUpsThisWeek = 0;
};

struct TeamOverview
{
    qint64 weekStartMs = 0; // Monday 00:00 Asia/Shanghai
    QList<GuideOverview> guides;

    QJsonObject toJson() const;
    static Result<TeamOverview> fromJson(const QJsonObject& object);
};

} // namespace ll
