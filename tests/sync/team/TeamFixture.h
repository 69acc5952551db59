#pragma once

// An org on the real liuliang-server (real TLS, 127.0.0.1) with a manager, two guides and an
// admin, and encrypted profiles logged in through SyncEngine: what the team tests share.
#include "ServerHarness.h"
#include "crypto/KdfParams.h"
#include "engine/SyncEngine.h"
#include "profile/Profile.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <memory>

struct TeamFixture
{
    ServerHarness server;
    QString org, store;
    ServerHarness::Staff manager, guideA, guideB, guideC;
    int seeds = 0;

    bool init()
    {
        if (!server.init() || server.start() < 0)
            return false;
        org = server.createOrg(QStringLiteral("Org"));
        store = server.createStore(org, QStringLiteral("南京东路店"));
        manager = server.createStaff(org, store, QStringLiteral("mgr"), QStringLiteral("manager"));
        guideA = server.createStaff(org, store, QStringLiteral("guide.a"), QStringLiteral("guide"));
        guideB = server.createStaff(org, store, QStringLiteral("guide.b"), QStringLiteral("guide"));
        guideC = server.createStaff(org, store, QStringLiteral("guide.c"), QStringLiteral("guide"));
        return !org.isEmpty() && !store.isEmpty() && !manager.id.isEmpty() && !guideA.id.isEmpty() &&
               !guideB.id.isEmpty() && !guideC.id.isEmpty();
    }

    ll::sync::ServerConfig config() const
    {
        return {QStringLiteral("https://127.0.0.1:%1").arg(server.port()), server.caPath(), QString()};
    }

    // `n` contacts owned by `owner`, pushed straight to the server (sorted ids).
    QStringList contactsOf(const ServerHarness::Staff& owner, int n)
    {
        // A fresh device per batch: the server deduplicates mutation ids per device.
        QString device = owner.username + QStringLiteral("-seed-%1").arg(++seeds);
        device.replace(QLatin1Char('.'), QLatin1Char('-'));
        const QString token = server.login(owner, device);
        QJsonArray mutations;
        QStringList ids;
        for (int i = 0; i < n; ++i) {
            ids << ServerHarness::uuid();
            mutations.append(ServerHarness::contactUpsert(
                i + 1, ids.last(), device, {{QStringLiteral("name"), QStringLiteral("客户%1").arg(i)}}));
        }
        const auto r =
            server.post(QStringLiteral("/v1/sync/push"), ServerHarness::pushBody(device, mutations), token);
        if (r.status != 200)
            return {};
        ids.sort();
        return ids;
    }
};

// One install of the app: an encrypted profile, logged in as someone.
struct TeamDevice
{
    static constexpr const char* Passphrase = "device passphrase";
    QTemporaryDir dir;
    std::unique_ptr<ll::Profile> profile;

    bool create()
    {
        ll::KeyProtection protection;
        protection.passphrase = QString::fromLatin1(Passphrase);
        protection.kdf = ll::KdfParams{1, 8u << 20}; // the KDF is not under test: keep it fast
        auto made = ll::Profile::create(dir.path(), protection);
        if (!made.ok())
            return false;
        profile = std::move(made).value();
        return true;
    }

    bool loginAs(const TeamFixture& f, const ServerHarness::Staff& who)
    {
        if (!create())
            return false;
        const auto e =
            ll::sync::SyncEngine(profile->store()).login(f.config(), QString(), who.username, who.password);
        if (e)
            qWarning("login: %s", qPrintable(e->message));
        return !e;
    }

    ll::Store& store() { return profile->store(); }
};
