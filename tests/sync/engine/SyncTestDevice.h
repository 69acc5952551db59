#pragma once

#include "crypto/KdfParams.h"
#include "engine/SyncEngine.h"
#include "profile/Profile.h"
#include "store/Statement.h"

#include <QTemporaryDir>

#include <memory>

// One install of the desktop app in a test: its own encrypted profile and sync engine.
struct SyncTestDevice
{
    QTemporaryDir dir;
    std::unique_ptr<ll::Profile> profile;
    std::unique_ptr<ll::sync::SyncEngine> engine;

    bool create()
    {
        ll::KeyProtection protection;
        protection.passphrase = QStringLiteral("device passphrase");
        protection.kdf = ll::KdfParams{1, 8u << 20}; // the KDF is not under test: keep it fast
        auto made = ll::Profile::create(dir.path(), protection);
        if (!made.ok())
            return false;
        profile = std::move(made).value();
        engine = std::make_unique<ll::sync::SyncEngine>(profile->store());
        return true;
    }

    // create(), then the engine signs in; false (with the reason logged) on an error.
    bool createAndLogIn(const ll::sync::ServerConfig& server, const QString& username,
                        const QString& password)
    {
        if (!create())
            return false;
        const auto e = engine->login(server, QString(), username, password);
        if (e)
            qWarning("login: %s", qPrintable(e->message));
        return !e;
    }

    ll::Store& store() { return profile->store(); }

    // One sync; false (with the reason logged) on an error. The report goes to `out` when given.
    bool synced(ll::sync::SyncReport* out = nullptr)
    {
        auto r = engine->syncOnce();
        if (const auto* e = std::get_if<ll::sync::SyncError>(&r)) {
            qWarning("sync failed (%s): %s", qPrintable(ll::sync::syncErrorKindName(e->kind)),
                     qPrintable(e->message));
            return false;
        }
        if (out)
            *out = std::get<ll::sync::SyncReport>(r);
        return true;
    }

    // A single number from the store, for assertions.
    qint64 scalar(const char* sql, const QString& bind = {})
    {
        ll::Statement st(store().db(), sql);
        if (!bind.isNull())
            st.bind(1, bind);
        auto row = st.step();
        return row.ok() && row.value() ? st.int64(0) : -1;
    }
    QString text(const char* sql, const QString& bind = {})
    {
        ll::Statement st(store().db(), sql);
        if (!bind.isNull())
            st.bind(1, bind);
        auto row = st.step();
        return row.ok() && row.value() ? st.text(0) : QStringLiteral("<none>");
    }
};
