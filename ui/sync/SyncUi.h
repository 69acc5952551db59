#pragma once

#include <functional>

namespace ll::ui {

class MainWindow;
class SyncController;

// Puts sync into a main window: the status bar corner, a Sync menu (sync now, sign in, sign out) and Ctrl+S.
// Ctrl+S saves a pending profile edit first and then syncs, so it replaces the detail pane's own Ctrl+S.
void attachSyncUi(MainWindow* window, SyncController& controller, const std::function<void()>& showLogin);

} // namespace ll::ui
