#include "sync/SyncStoreOpener.h"

#include "profile/Profile.h"

namespace ll::ui {

SyncController::StoreOpener appStoreOpener(const Profile& profile)
{
    return [&profile]() -> Result<std::unique_ptr<Store>> { return profile.openConnection(); };
}

} // namespace ll::ui
