#include "BenchDevice.h"

#include "crypto/KdfParams.h"

namespace llbench {

ll::Result<std::unique_ptr<BenchDevice>> BenchDevice::create(const QString& dir,
                                                             const ll::sync::ServerConfig& server,
                                                             const QString& user, const QString& password)
{
    ll::KeyProtection protection;
    protection.passphrase = QStringLiteral("liuliang-bench-not-a-secret");
    protection.kdf = ll::KdfParams{1, 8u << 20};
    auto profile = ll::Profile::create(dir, protection);
    if (!profile.ok())
        return profile.error();
    auto device = std::unique_ptr<BenchDevice>(new BenchDevice);
    device->m_profile = std::move(profile).value();
    device->m_engine = std::make_unique<ll::sync::SyncEngine>(device->m_profile->store());
    if (const auto failed = device->m_engine->login(server, QString(), user, password))
        return ll::makeError(ll::ErrorCode::Network,
                             QStringLiteral("login failed (%1): %2")
                                 .arg(ll::sync::syncErrorKindName(failed->kind), failed->message));
    return device;
}

ll::Result<ll::sync::SyncReport> BenchDevice::sync()
{
    auto result = m_engine->syncOnce();
    if (const auto* e = std::get_if<ll::sync::SyncError>(&result))
        return ll::makeError(
            ll::ErrorCode::Network,
            QStringLiteral("sync failed (%1): %2").arg(ll::sync::syncErrorKindName(e->kind), e->message));
    return std::get<ll::sync::SyncReport>(result);
}

} // namespace llbench
