#include "ServerTestUsers.h"

void makeTestUser(ServerHarness& h, TestUser& u, const QString& org, const QString& store,
                  const QString& username, const QString& role)
{
    u.staff = h.createStaff(org, store, username, role);
    u.device = username + QStringLiteral("-pc");
    u.device.replace(QLatin1Char('.'), QLatin1Char('-'));
}

QJsonObject insertMutation(TestUser& u, const QString& entity, const QString& recordId,
                           const QJsonObject& values)
{
    const QString clock = ServerHarness::hlc(u.device);
    QJsonObject fields;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        fields.insert(it.key(),
                      QJsonObject{{QStringLiteral("value"), it.value()}, {QStringLiteral("hlc"), clock}});
    return QJsonObject{{QStringLiteral("mutationId"), u.nextMutation++},
                       {QStringLiteral("entity"), entity},
                       {QStringLiteral("recordId"), recordId},
                       {QStringLiteral("op"), QStringLiteral("insert")},
                       {QStringLiteral("hlc"), clock},
                       {QStringLiteral("fields"), fields}};
}

ll::PullResponse pullAll(ServerHarness& h, const QString& token, qint64 cursor, int limit, int server)
{
    constexpr int MaxPages = 1000;
    ll::PullResponse all;
    all.nextCursor = cursor;
    for (int page = 0; page < MaxPages; ++page) {
        const auto r = h.get(
            QStringLiteral("/v1/sync/pull?cursor=%1&limit=%2").arg(all.nextCursor).arg(limit), token, server);
        if (r.status != 200) {
            qWarning("pull failed: %d %s", r.status, r.body.constData());
            return all;
        }
        auto parsed = ll::PullResponse::fromJson(r.json);
        if (!parsed) {
            qWarning("pull response invalid: %s", qPrintable(parsed.message()));
            return all;
        }
        all.changes += parsed->changes;
        all.revokes += parsed->revokes;
        all.nextCursor = parsed->nextCursor;
        all.wipe = parsed->wipe;
        if (!parsed->hasMore)
            break;
    }
    return all;
}

std::optional<ll::Change> lastChangeOf(const ll::PullResponse& feed, const QString& recordId)
{
    std::optional<ll::Change> found;
    for (const auto& c : feed.changes)
        if (c.recordId == recordId)
            found = c;
    return found;
}
