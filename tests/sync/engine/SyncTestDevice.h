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

    ll::Store& store() { return profile->store(); }

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
