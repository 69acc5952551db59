#include "sync/SyncController.h"

#include "store/Store.h"

#include <QThread>
#include <QTimer>

namespace ll::ui {

using sync::SyncError;
using sync::SyncErrorKind;
using sync::SyncReport;
using sync::SyncStatus;

SyncController::SyncController(Store& uiStore, StoreOpener opener, QObject* parent)
    : QObject(parent)
    , m_uiStore(uiStore)
    , m_opener(std::move(opener))
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(DefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &SyncController::syncNow);
}

SyncController::~SyncController()
{
    if (!m_thread)
        return;
    m_cancel->store(true);
    // The engine and its connection go away on the thread that used them, after any running sync.
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            m_engine.reset();
            m_store.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread; // no parent: nothing else frees it (LeakSanitizer found it)
}

void SyncController::setInterval(int ms)
{
    m_timer->setInterval(ms);
}

Status SyncController::start()
{
    if (m_thread)
        return {};
    auto store =
        m_opener ? m_opener() : Result<std::unique_ptr<Store>>(makeError(ErrorCode::Internal, QString()));
    if (!store.ok()) {
        SyncState s;
        s.kind = SyncState::Kind::Error;
        s.message = tr("Sync cannot start: the store could not be opened a second time.");
        s.detail = store.message();
        setState(s);
        return store.error();
    }
    m_store = std::move(store.value());
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("sync"));
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    m_thread->start();
    post([this] { m_engine = std::make_unique<sync::SyncEngine>(*m_store); });
    m_timer->start();
    refreshStatus();
    return {};
}

void SyncController::post(std::function<void()> work)
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, std::move(work), Qt::QueuedConnection);
}

void SyncController::refreshStatus()
{
    post([this] {
        if (!m_engine)
            return;
        const SyncStatus status = m_engine->status();
        QMetaObject::invokeMethod(
            this, [this, status] { applyStatus(status); }, Qt::QueuedConnection);
    });
}

void SyncController::applyStatus(const SyncStatus& status)
{
    m_status = status;
    if (m_busy)
        return;
    SyncState s = m_state;
    s.pending = status.pendingCount;
    s.lastSyncAt = status.lastSyncAt;
    if (!status.loggedIn) {
        s.kind = SyncState::Kind::LoggedOut;
        s.message.clear();
        s.detail.clear();
    } else if (s.kind == SyncState::Kind::LoggedOut || s.kind == SyncState::Kind::Synced ||
               s.kind == SyncState::Kind::Pending) {
        s.kind = status.pendingCount > 0 ? SyncState::Kind::Pending : SyncState::Kind::Synced;
    }
    setState(s);
}

void SyncController::setState(const SyncState& state)
{
    m_state = state;
    emit stateChanged(m_state);
}

void SyncController::syncNow()
{
    if (!m_thread || m_busy || m_wiped || !m_status.loggedIn)
        return;
    m_busy = true;
    m_cancel->store(false);
    SyncState s = m_state;
    s.kind = SyncState::Kind::Syncing;
    s.progressDone = 0;
    s.progressTotal = 0;
    setState(s);
    auto cancel = m_cancel;
    post([this, cancel] {
        if (!m_engine)
            return;
        auto progress = [this](const sync::SyncProgress& p) {
            QMetaObject::invokeMethod(
                this,
                [this, p] {
                    SyncState st = m_state;
                    st.progressDone = p.done;
                    st.progressTotal = p.total;
                    setState(st);
                },
                Qt::QueuedConnection);
        };
        auto result = m_engine->syncOnce(progress, cancel.get());
        std::optional<SyncError> error;
        SyncReport report;
        if (std::holds_alternative<SyncError>(result))
            error = std::get<SyncError>(result);
        else
            report = std::get<SyncReport>(result);
        SyncStatus status;
        QString clock;
        if (report.wiped) {
            // The files are gone: drop the connection at once, without writing.
            m_engine.reset();
            m_store.reset();
        } else {
            status = m_engine->status();
            clock = m_store->clock().last();
        }
        QMetaObject::invokeMethod(
            this, [this, error, report, status, clock] { finishSync(error, report, status, clock); },
            Qt::QueuedConnection);
    });
}

void SyncController::finishSync(const std::optional<SyncError>& error, const SyncReport& report,
                                const SyncStatus& status, const QString& newestClock)
{
    m_busy = false;
    if (report.wiped || (error && error->kind == SyncErrorKind::Departed)) {
        m_wiped = true;
        m_timer->stop();
        emit wiped();
        return;
    }
    if (!newestClock.isEmpty())
        m_uiStore.clock().observe(newestClock);
    m_status = status;
    SyncState s;
    s.pending = status.pendingCount;
    s.lastSyncAt = status.lastSyncAt;
    if (!error) {
        s.kind = status.pendingCount > 0 ? SyncState::Kind::Pending : SyncState::Kind::Synced;
    } else if (error->kind == SyncErrorKind::Offline) {
        s.kind = SyncState::Kind::Offline;
        s.message = explain(*error);
        s.detail = error->message;
    } else if (error->kind == SyncErrorKind::Cancelled) {
        s.kind = status.pendingCount > 0 ? SyncState::Kind::Pending : SyncState::Kind::Synced;
    } else {
        s.kind = status.loggedIn ? SyncState::Kind::Error : SyncState::Kind::LoggedOut;
        s.message = explain(*error);
        s.detail = error->message;
    }
    setState(s);
    if (report.pulled > 0 || report.revoked > 0 || report.conflicts > 0 || report.rejected > 0)
        emit dataChanged();
}

void SyncController::cancel()
{
    m_cancel->store(true);
}

void SyncController::login(const sync::ServerConfig& server, const QString& org, const QString& user,
                           const QString& password)
{
    if (!m_thread) {
        emit loginFinished(false, tr("Sync is not available for this profile."), m_state.detail);
        return;
    }
    post([this, server, org, user, password] {
        if (!m_engine)
            return;
        const std::optional<SyncError> error = m_engine->login(server, org, user, password);
        const SyncStatus status = m_engine->status();
        const QString actor = m_store->actorId();
        QMetaObject::invokeMethod(
            this,
            [this, error, status, actor] {
                if (!actor.isEmpty() && actor != m_uiStore.actorId())
                    (void)m_uiStore.setActorId(actor);
                m_state.kind = status.loggedIn ? SyncState::Kind::Pending : SyncState::Kind::LoggedOut;
                m_state.message.clear();
                m_state.detail.clear();
                applyStatus(status);
                if (error)
                    emit loginFinished(false, explain(*error), error->message);
                else
                    emit loginFinished(true, {}, {});
                if (!error) {
                    emit dataChanged(); // records made offline now belong to the signed-in guide
                    syncNow();
                }
            },
            Qt::QueuedConnection);
    });
}

void SyncController::logout()
{
    post([this] {
        if (!m_engine)
            return;
        (void)m_engine->logout();
        const SyncStatus status = m_engine->status();
        QMetaObject::invokeMethod(
            this, [this, status] { applyStatus(status); }, Qt::QueuedConnection);
    });
}

QString SyncController::explain(const SyncError& error)
{
    switch (error.kind) {
    case SyncErrorKind::Offline:
        return tr("Offline: the server cannot be reached. Your changes are kept and sent when the network is "
                  "back.");
    case SyncErrorKind::Tls:
        return tr("The server's security certificate was not accepted, so nothing was sent. Check the server "
                  "address, or ask whoever runs the server.");
    case SyncErrorKind::AuthExpired:
        return tr("Your sign-in has expired. Please sign in again.");
    case SyncErrorKind::Departed:
        return tr("This account was disabled.");
    case SyncErrorKind::Server:
        return tr("The server could not complete the sync. It will be tried again later.");
    case SyncErrorKind::Cancelled:
        return tr("Sync cancelled.");
    case SyncErrorKind::Local:
        return tr("The local data could not be updated (is the disk full?).");
    }
    return error.message;
}

} // namespace ll::ui
