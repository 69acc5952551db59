#pragma once

#include "crypto/KdfParams.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace ll {
class Profile;
}

namespace ll::ui {

class CreateProfileDialog;
class IdleWatcher;
class MainWindow;
class Session;
class SyncController;
class TrayIcon;
class UnlockDialog;

// The app's life cycle: first run or unlock → main window → (idle) lock → unlock → … → quit.
// Owns the session; locking deletes the main window first and then the session, so while the unlock
// dialog is up no customer data is on screen and the store is closed.
class AppController : public QObject
{
    Q_OBJECT

public:
    explicit AppController(QString profileDir, QObject* parent = nullptr);
    ~AppController() override;

    // Argon2id cost for a new passphrase; tests lower it to stay fast.
    void setKdfParams(const KdfParams& params) { m_kdf = params; }
    // Whether to try the keychain silently at start (off in tests: there is no keyring offscreen).
    void setTryKeychainOnStart(bool on) { m_tryKeychain = on; }

    void start();
    void lock(const QString& reason = {});
    void activate();

    MainWindow* mainWindow() const;
    UnlockDialog* unlockDialog() const;
    CreateProfileDialog* createDialog() const;
    Session* session() const { return m_session.get(); }
    bool isLocked() const { return !m_session; }
    SyncController* syncController() const { return m_sync.get(); }

signals:
    void unlocked();
    void locked();

private:
    void showCreate();
    void showUnlock(const QString& reason);
    void openSession(std::unique_ptr<Profile> profile);
    void showMainWindow();
    void openSettings();
    void startSync();
    void showLogin();
    void reloadAfterSync();
    void ensureTakeoverDefaults();
    void wipedByServer();

    QString m_dir;
    KdfParams m_kdf;
    bool m_tryKeychain = true;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<SyncController> m_sync; // before the session goes, always
    QPointer<MainWindow> m_window;
    QPointer<UnlockDialog> m_unlock;
    QPointer<CreateProfileDialog> m_create;
    IdleWatcher* m_idle;
    TrayIcon* m_tray;
};

} // namespace ll::ui
