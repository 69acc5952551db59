#pragma once

#include "sync/SyncController.h"

namespace ll {
class Profile;
}

namespace ll::ui {

// The sync thread's own connection to the open profile's store, with the key the profile already holds
// (no second unlock). The profile must outlive the controller, which AppController guarantees by always
// destroying the SyncController before the Session.
SyncController::StoreOpener appStoreOpener(const Profile& profile);

} // namespace ll::ui
