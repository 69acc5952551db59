#pragma once

#include "engine/SyncEngine.h"
#include "util/Result.h"

#include <QDateTime>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;
class QTimer;

namespace ll {
class Store;
}

namespace ll::ui {

// What the status bar shows; derived from the engine's status and the last sync's outcome.
struct SyncState
{
    enum class Kind
    {
        LoggedOut,
        Synced,
        Pending,
        Syncing,
        Offline,
        Error
    };
    Kind kind = Kind::LoggedOut;
    qint64 lastSyncAt = 0; // ms since epoch, 0 = never
    int pending = 0;
    QString message; // for the guide: what happened and what to do
    QString detail;  // technical detail (tooltip)
    qint64 progressDone = 0;
    qint64 progressTotal = 0; // 0 = unknown
};

// Runs the sync engine on a worker thread with its own Store connection (the UI's connection is never used
// from two threads). Syncs automatically every few minutes and on demand; reports progress, can cancel.
// Offline is a normal state. After a sync that changed data, dataChanged() tells the UI to reload, and the
// UI store's clock observes the newest clock so its next edit orders after what was pulled.
class SyncController : public QObject
{
    Q_OBJECT

public:
    // Opens the worker's own connection to the profile's store. Called once, on the UI thread; the
    // connection is used only on the worker thread from then on.
    using StoreOpener = std::function<Result<std::unique_ptr<Store>>()>;

    SyncController(Store& uiStore, StoreOpener opener, QObject* parent = nullptr);
    ~SyncController() override;

    static constexpr int DefaultIntervalMs = 5 * 60 * 1000;
    void setInterval(int ms);

    const SyncState& state() const { return m_state; }
    // The UI thread's connection, for what the status bar reads next to the sync state (notes conflicts).
    Store& uiStore() const { return m_uiStore; }
    const sync::SyncStatus& status() const { return m_status; }
    bool isBusy() const { return m_busy; }

    // Starts the worker (opening its connection) and the automatic sync; false with the reason when the
    // connection could not be opened.
    Status start();
    void syncNow();
    void cancel();
    void login(const sync::ServerConfig& server, const QString& org, const QString& user,
               const QString& password);
    void logout();
    void refreshStatus();

    // Words a store guide understands for an engine error; the engine's own message goes to the tooltip.
    static QString explain(const sync::SyncError& error);

signals:
    void stateChanged(const SyncState& state);
    void loginFinished(bool ok, const QString& message, const QString& detail);
    // A sync pulled or revoked something: reload what is on screen.
    void dataChanged();
    // The account was disabled: the worker has dropped its connection; the app must close the profile.
    void wiped();

private:
    void post(std::function<void()> work);
    void setState(const SyncState& state);
    void applyStatus(const sync::SyncStatus& status);
    void finishSync(const std::optional<sync::SyncError>& error, const sync::SyncReport& report,
                    const sync::SyncStatus& status, const QString& newestClock);

    Store& m_uiStore;
    StoreOpener m_opener;
    QThread* m_thread = nullptr;
    QObject* m_worker = nullptr; // lives on m_thread
    // Used only on the worker thread (opened on the UI thread before the worker first touches them).
    std::unique_ptr<Store> m_store;
    std::unique_ptr<sync::SyncEngine> m_engine;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QTimer* m_timer;
    SyncState m_state;
    sync::SyncStatus m_status;
    bool m_busy = false;
    bool m_wiped = false;
};

} // namespace ll::ui
