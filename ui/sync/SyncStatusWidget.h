#pragma once

#include "sync/SyncController.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace ll::ui {

// The status bar's sync corner: "Synced 14:05" / "3 changes waiting" / "Offline" / an error in plain words
// (technical detail in the tooltip) / "Not signed in", with a Sync now button (Ctrl+S does the same), a
// progress bar while a long sync runs, and Cancel.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(SyncController& controller, QWidget* parent = nullptr);

    QLabel* label() const { return m_label; }
    QToolButton* syncButton() const { return m_sync; }
    QToolButton* conflictsButton() const { return m_conflicts; }
    // Re-reads the number of open notes conflicts (done by itself when a sync ends).
    void refreshConflicts();
    // The text for a state, also used by tests.
    static QString text(const SyncState& state);

signals:
    void loginRequested();
    void conflictsRequested();

private:
    void display(const SyncState& state);

    SyncController& m_controller;
    QLabel* m_label;
    QProgressBar* m_progress;
    QToolButton* m_sync;
    QToolButton* m_cancel;
    QToolButton* m_login;
    QToolButton* m_conflicts;
};

} // namespace ll::ui
