#pragma once

#include "PullMessages.h"
#include "ServerHarness.h"

#include <optional>

// What the server tests share about the people they act as and the feed they read back.

// A staff account with its device, signed-in token and the device's next mutation id.
struct TestUser
{
    ServerHarness::Staff staff;
    QString device;
    QString token;
    qint64 nextMutation = 1;
    QString id() const { return staff.id; }
};

// Creates the account (password from its name); the device id is derived from the name.
void makeTestUser(ServerHarness& h, TestUser& u, const QString& org, const QString& store,
                  const QString& username, const QString& role);

// An `insert` mutation of `entity` with every value stamped with one fresh clock of the user's device.
QJsonObject insertMutation(TestUser& u, const QString& entity, const QString& recordId,
                           const QJsonObject& values);

// Every page of the caller's feed from `cursor` on server process `server`, parsed with the shared
// protocol codec (bounded; stops with a warning at the first failed or invalid page).
ll::PullResponse pullAll(ServerHarness& h, const QString& token, qint64 cursor = 0, int limit = 1000,
                         int server = 0);

// The record's last change in the feed (a record may appear on more than one page).
std::optional<ll::Change> lastChangeOf(const ll::PullResponse& feed, const QString& recordId);
