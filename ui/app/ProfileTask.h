#pragma once

#include "profile/Profile.h"

#include <QObject>

#include <functional>
#include <memory>

namespace ll::ui {

using ProfileResult = Result<std::unique_ptr<Profile>>;

// Runs a create/unlock of a profile and hands the result back on the UI thread.
// Passphrase work (Argon2id over 256 MiB, ~0.5 s) runs on a pool thread so the window keeps painting.
// Keychain work must stay on the UI thread (QtKeychain needs it), so callers pass offThread = false
// for it. The Database connection is opened with SQLITE_OPEN_NOMUTEX: that is safe here because the
// worker has finished with it before the UI thread ever touches it.
class ProfileTask
{
public:
    static void run(QObject* context, bool offThread, std::function<ProfileResult()> work,
                    std::function<void(ProfileResult)> done);
};

} // namespace ll::ui
