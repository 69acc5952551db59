#pragma once

#include "engine/SyncEngine.h"
#include "profile/Profile.h"

#include <QString>

#include <memory>

namespace llbench {

// One install of the app for the sync benchmarks: a fresh encrypted profile in its own directory and a
// sync engine on it. The key is wrapped with a cheap Argon2id setting: the KDF is measured by
// liuliang-bench-core, not here, and the profile is thrown away after the run.
class BenchDevice
{
public:
    // Creates the profile in `dir` (which must not hold one) and logs it in.
    static ll::Result<std::unique_ptr<BenchDevice>> create(const QString& dir,
                                                           const ll::sync::ServerConfig& server,
                                                           const QString& user, const QString& password);

    ll::Store& store() { return m_profile->store(); }
    // Push, then pull until the feed is drained; the error as text (never customer data).
    ll::Result<ll::sync::SyncReport> sync();

private:
    std::unique_ptr<ll::Profile> m_profile;
    std::unique_ptr<ll::sync::SyncEngine> m_engine;
};

} // namespace llbench
