#include "sync/SyncStatusWidget.h"

#include "domain/NotesConflicts.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace ll::ui {

SyncStatusWidget::SyncStatusWidget(SyncController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    m_label = new QLabel;
    m_label->setObjectName(QStringLiteral("syncStatus"));
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_sync = new QToolButton;
    m_sync->setObjectName(QStringLiteral("syncNow"));
    m_sync->setText(tr("Sync now"));
    m_sync->setToolTip(tr("Sync with the server (Ctrl+S)"));
    m_sync->setAutoRaise(true);
    connect(m_sync, &QToolButton::clicked, &controller, &SyncController::syncNow);
    m_cancel = new QToolButton;
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAutoRaise(true);
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, &controller, &SyncController::cancel);
    m_login = new QToolButton;
    m_login->setObjectName(QStringLiteral("syncLogin"));
    m_login->setText(tr("Sign in…"));
    m_login->setAutoRaise(true);
    connect(m_login, &QToolButton::clicked, this, &SyncStatusWidget::loginRequested);
    m_conflicts = new QToolButton;
    m_conflicts->setObjectName(QStringLiteral("notesConflicts"));
    m_conflicts->setAutoRaise(true);
    m_conflicts->setStyleSheet(QStringLiteral("color: #d35400"));
    m_conflicts->setToolTip(tr("Notes edited on two devices: review them"));
    m_conflicts->hide();
    connect(m_conflicts, &QToolButton::clicked, this, &SyncStatusWidget::conflictsRequested);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_sync);
    layout->addWidget(m_login);
    connect(&controller, &SyncController::stateChanged, this, &SyncStatusWidget::display);
    display(controller.state());
}

void SyncStatusWidget::refreshConflicts()
{
    auto count = NotesConflicts(m_controller.uiStore()).unseenCount();
    const int n = count.ok() ? count.value() : 0;
    m_conflicts->setText(tr("%n notes conflict(s)", nullptr, n));
    m_conflicts->setVisible(n > 0);
}

QString SyncStatusWidget::text(const SyncState& state)
{
    switch (state.kind) {
    case SyncState::Kind::LoggedOut:
        return tr("Not signed in to a server");
    case SyncState::Kind::Synced:
        return state.lastSyncAt > 0
                   ? tr("Synced %1")
                         .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(state.lastSyncAt).time(),
                                                 QLocale::ShortFormat))
                   : tr("Synced");
    case SyncState::Kind::Pending:
        return tr("%n change(s) waiting to sync", nullptr, state.pending);
    case SyncState::Kind::Syncing:
        return state.progressTotal > 0
                   ? tr("Syncing… %1 of %2").arg(state.progressDone).arg(state.progressTotal)
                   : tr("Syncing…");
    case SyncState::Kind::Offline:
        return state.pending > 0 ? tr("Offline — %n change(s) waiting", nullptr, state.pending)
                                 : tr("Offline");
    case SyncState::Kind::Error:
        return state.message;
    }
    return {};
}

void SyncStatusWidget::display(const SyncState& state)
{
    m_label->setText(text(state));
    // A finished sync may have brought conflicts; progress updates while syncing need no query.
    if (state.kind != SyncState::Kind::Syncing)
        refreshConflicts();
    m_label->setToolTip(
        state.kind == SyncState::Kind::Offline || state.kind == SyncState::Kind::Error
            ? (state.message + (state.detail.isEmpty() ? QString() : QStringLiteral("\n\n") + state.detail))
            : QString());
    m_label->setStyleSheet(state.kind == SyncState::Kind::Error ? QStringLiteral("color: #c0392b")
                                                                : QString());
    const bool syncing = state.kind == SyncState::Kind::Syncing;
    m_progress->setVisible(syncing);
    m_progress->setRange(0, state.progressTotal > 0 ? int(qMin<qint64>(state.progressTotal, INT_MAX)) : 0);
    if (state.progressTotal > 0)
        m_progress->setValue(int(qMin(state.progressDone, state.progressTotal)));
    m_cancel->setVisible(syncing);
    const bool loggedOut = state.kind == SyncState::Kind::LoggedOut;
    m_sync->setVisible(!loggedOut && !syncing);
    m_login->setVisible(loggedOut || state.kind == SyncState::Kind::Error);
}

} // namespace ll::ui
