#include "app/AppController.h"

#include "app/IdleWatcher.h"
#include "app/Language.h"
#include "app/Session.h"
#include "app/TrayIcon.h"
#include "contacts/ContactsPage.h"
#include "dialogs/CreateProfileDialog.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/UnlockDialog.h"
#include "engine/SyncEngine.h"
#include "main/MainWindow.h"
#include "reminders/TakeoverDefaults.h"
#include "sync/LoginDialog.h"
#include "sync/SyncController.h"
#include "sync/SyncStoreOpener.h"
#include "sync/SyncUi.h"
#include "team/TeamPage.h"
#include "today/SessionActor.h"
#include "today/TodayPage.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

namespace ll::ui {

AppController::AppController(QString profileDir, QObject* parent)
    : QObject(parent)
    , m_dir(std::move(profileDir))
    , m_kdf(KdfParams::defaults())
    , m_idle(new IdleWatcher(this))
    , m_tray(new TrayIcon(this))
{
    m_idle->setMinutes(SettingsDialog::idleLockMinutes());
    connect(m_idle, &IdleWatcher::idle, this,
            [this] { lock(tr("Locked after %n minute(s) without use.", nullptr, m_idle->minutes())); });
    connect(m_tray, &TrayIcon::activateRequested, this, &AppController::activate);
    connect(m_tray, &TrayIcon::notificationClicked, this, [this] {
        activate();
        if (m_window)
            m_window->showPage(MainWindow::Today);
    });
    connect(m_tray, &TrayIcon::lockRequested, this, [this] { lock(); });
    connect(m_tray, &TrayIcon::quitRequested, qApp, [this] {
        if (m_window)
            m_window->close();
        else
            QApplication::quit();
    });
}

AppController::~AppController()
{
    m_sync.reset();
    delete m_window;
    delete m_unlock;
    delete m_create;
}

MainWindow* AppController::mainWindow() const
{
    return m_window;
}

UnlockDialog* AppController::unlockDialog() const
{
    return m_unlock;
}

CreateProfileDialog* AppController::createDialog() const
{
    return m_create;
}

void AppController::start()
{
    if (!Profile::exists(m_dir)) {
        showCreate();
        return;
    }
    showUnlock({});
    if (m_tryKeychain && KeyVault(m_dir).hasKeychain())
        m_unlock->tryKeychain();
}

void AppController::showCreate()
{
    m_create = new CreateProfileDialog(m_dir, m_kdf);
    m_create->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_create, &QDialog::accepted, this, [this] { openSession(m_create->takeProfile()); });
    connect(m_create, &QDialog::rejected, qApp, &QApplication::quit, Qt::QueuedConnection);
    m_create->show();
}

void AppController::showUnlock(const QString& reason)
{
    m_unlock = new UnlockDialog(m_dir, reason);
    m_unlock->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_unlock, &QDialog::accepted, this, [this] { openSession(m_unlock->takeProfile()); });
    connect(m_unlock, &QDialog::rejected, qApp, &QApplication::quit, Qt::QueuedConnection);
    m_unlock->show();
    m_unlock->raise();
    m_unlock->activateWindow();
}

void AppController::openSession(std::unique_ptr<Profile> profile)
{
    if (!profile)
        return;
    const QString warning = profile->warning();
    m_session = std::make_unique<Session>(std::move(profile));
    m_sync = std::make_unique<SyncController>(m_session->store(), appStoreOpener(m_session->profile()));
    connect(m_sync.get(), &SyncController::dataChanged, this, &AppController::reloadAfterSync);
    ensureTakeoverDefaults();
    connect(m_sync.get(), &SyncController::wiped, this, &AppController::wipedByServer, Qt::QueuedConnection);
    showMainWindow();
    // Signed in before: sync in the background from the start. Otherwise sync waits for "Sign in".
    if (sync::SyncEngine(m_session->store()).status().loggedIn)
        startSync();
    if (!warning.isEmpty())
        QMessageBox::warning(m_window, tr("Liuliang"), warning);
    m_idle->setActive(true);
    m_tray->setLocked(false);
    const int count = m_window->todayPage()->count();
    m_tray->setCount(count);
    if (count > 0)
        m_tray->notify(tr("Today"), tr("%n contact(s) are waiting for a follow-up.", nullptr, count));
    emit unlocked();
}

void AppController::showMainWindow()
{
    m_window = new MainWindow(*m_session);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::lockRequested, this, [this] { lock(); });
    connect(m_window, &MainWindow::settingsRequested, this, &AppController::openSettings);
    connect(m_window, &MainWindow::todayCountChanged, m_tray, &TrayIcon::setCount);
    connect(m_window->todayPage(), &TodayPage::notification, m_tray, &TrayIcon::notify);
    if (m_sync)
        attachSyncUi(m_window, *m_sync, [this] { showLogin(); });
    connect(m_window, &QObject::destroyed, this, [this] {
        // Closing the window (not locking) ends the app; the session must not outlive it.
        if (!m_unlock && m_session) {
            m_sync.reset();
            m_session.reset();
            QApplication::quit();
        }
    });
    m_window->show();
}

void AppController::lock(const QString& reason)
{
    if (!m_session)
        return;
    // A dialog of the window (follow-up, merge question) may be running its own event loop with the
    // window's widgets on the stack; close it and lock once that loop has unwound.
    QWidget* modal = QApplication::activeModalWidget();
    if (modal && modal != m_unlock && modal != m_create) {
        if (auto* dialog = qobject_cast<QDialog*>(modal))
            dialog->reject();
        else
            modal->close();
        QTimer::singleShot(50, this, [this, reason] { lock(reason); });
        return;
    }
    m_idle->setActive(false);
    m_sync.reset(); // stops the sync thread and closes its connection
    // Show the lock screen first so closing the window does not look like "last window closed".
    showUnlock(reason);
    Session* session = m_session.release();
    if (m_window) {
        m_window->saveBeforeClose();
        m_window->hide();
        // Lock is usually triggered from inside the window (shortcut, menu), so the window is deleted
        // once that call has returned; the store it talks to closes right after it, never before.
        MainWindow* window = m_window;
        m_window = nullptr;
        window->disconnect(this);
        connect(window, &QObject::destroyed, [session] { delete session; });
        window->deleteLater();
    } else {
        delete session;
    }
    m_tray->setLocked(true);
    emit locked();
}

void AppController::activate()
{
    QWidget* w = m_window   ? static_cast<QWidget*>(m_window)
                 : m_unlock ? static_cast<QWidget*>(m_unlock)
                            : m_create;
    if (!w)
        return;
    w->show();
    w->setWindowState((w->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    w->raise();
    w->activateWindow();
}

void AppController::openSettings()
{
    if (!m_window)
        return;
    SettingsDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool languageChanged = dialog.apply();
    m_idle->setMinutes(SettingsDialog::idleLockMinutes());
    m_idle->setActive(true);
    if (languageChanged && m_window->contactsPage()->confirmLeave() &&
        m_window->leadsPage()->confirmLeave()) {
        // Rebuild the window in the new language instead of asking for a restart; the session stays open.
        Language::apply();
        QPointer<MainWindow> old = m_window;
        showMainWindow();
        old->disconnect(this);
        old->hide();
        old->deleteLater(); // we are inside one of its actions
    } else {
        m_window->refreshCounts();
    }
}

} // namespace ll::ui

namespace ll::ui {

void AppController::startSync()
{
    if (m_sync && m_sync->start().ok())
        m_sync->syncNow();
}

void AppController::showLogin()
{
    if (!m_sync || !m_window)
        return;
    if (!m_sync->start().ok()) {
        QMessageBox::warning(m_window, tr("Sync"),
                             m_sync->state().message + QStringLiteral("\n\n") + m_sync->state().detail);
        return;
    }
    LoginDialog dialog(*m_sync, m_window);
    dialog.exec();
}

// The welcome-back script and rule of the signed-in staff member (once; the ids are name-based). Best
// effort: without them only the suggestion is missing, so a failure does not stop the session.
void AppController::ensureTakeoverDefaults()
{
    (void)takeover_defaults::ensure(m_session->store(), sessionActor(*m_session));
}

void AppController::reloadAfterSync()
{
    if (!m_window)
        return;
    ensureTakeoverDefaults(); // the first sync after signing in names the staff member
    m_window->contactsPage()->refresh();
    m_window->leadsPage()->refresh();
    m_window->todayPage()->rulesChanged(); // pulled contacts and rules: regenerate the reminders
    m_window->refreshCounts();
    // Customers handed over by a transfer arrive with a sync: the Team page lists them.
    if (m_window->teamPage()->isVisible())
        m_window->teamPage()->refresh();
}

void AppController::wipedByServer()
{
    // The engine deleted the key and the store; close everything without writing, then say so.
    m_idle->setActive(false);
    m_sync.reset();
    if (m_window) {
        MainWindow* window = m_window;
        m_window = nullptr;
        window->disconnect(this);
        window->hide();
        delete window;
    }
    m_session.reset();
    (void)Profile::wipe(m_dir); // the WAL/SHM the open connection kept
    m_tray->setLocked(true);
    QMessageBox::warning(
        nullptr, tr("Account disabled"),
        tr("Your account was disabled by your company, so the customer data on this computer "
           "has been removed. You can set up Liuliang again with a new account."));
    showCreate();
}

} // namespace ll::ui
