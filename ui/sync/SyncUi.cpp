#include "sync/SyncUi.h"

#include "contacts/ContactDetailPane.h"
#include "contacts/ContactsPage.h"
#include "main/MainWindow.h"
#include "sync/ConflictListDialog.h"
#include "sync/SyncController.h"
#include "sync/SyncStatusWidget.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>

namespace ll::ui {

namespace {

QList<ContactsPage*> contactPages(MainWindow* window)
{
    return {window->contactsPage(), window->leadsPage()};
}

// The shown contact reloads so its notes and banner match the decision; an unsaved edit is left alone.
void showDecision(MainWindow* window, const QString& contactId)
{
    for (ContactsPage* page : contactPages(window)) {
        ContactDetailPane* detail = page->detail();
        if (detail->contactId() == contactId && !detail->isDirty())
            detail->showContact(contactId);
        else
            detail->refreshConflicts();
    }
}

void openConflictList(MainWindow* window, SyncController& controller, SyncStatusWidget* corner)
{
    ConflictListDialog dialog(controller.uiStore(), window);
    QObject::connect(&dialog, &ConflictListDialog::conflictResolved, window,
                     [window](const QString& id) { showDecision(window, id); });
    QObject::connect(&dialog, &ConflictListDialog::showContactRequested, window, [window](const QString& id) {
        window->showPage(MainWindow::Contacts);
        window->contactsPage()->selectContact(id);
    });
    dialog.exec();
    corner->refreshConflicts();
}

// "N notes conflicts" in the corner opens the list; banners and the count follow every sync and decision.
void attachNotesConflicts(MainWindow* window, SyncController& controller, SyncStatusWidget* corner)
{
    QObject::connect(corner, &SyncStatusWidget::conflictsRequested, window,
                     [window, &controller, corner] { openConflictList(window, controller, corner); });
    for (ContactsPage* page : contactPages(window)) {
        QObject::connect(page->detail(), &ContactDetailPane::notesConflictsChanged, corner,
                         &SyncStatusWidget::refreshConflicts);
        QObject::connect(&controller, &SyncController::dataChanged, page->detail(),
                         &ContactDetailPane::refreshConflicts);
    }
}

} // namespace

void attachSyncUi(MainWindow* window, SyncController& controller, const std::function<void()>& showLogin)
{
    auto* corner = new SyncStatusWidget(controller);
    window->statusBar()->addPermanentWidget(corner);
    QObject::connect(corner, &SyncStatusWidget::loginRequested, window, showLogin);
    attachNotesConflicts(window, controller, corner);

    auto* menu = new QMenu(SyncController::tr("&Sync"), window);
    window->menuBar()->insertMenu(window->menuBar()->actions().value(1), menu);
    auto* now = menu->addAction(SyncController::tr("Sync &now"));
    now->setObjectName(QStringLiteral("syncNowAction"));
    now->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    now->setShortcutContext(Qt::WindowShortcut);
    window->addAction(now);
    for (ContactsPage* page : {window->contactsPage(), window->leadsPage()}) {
        // One Ctrl+S: save the open edit, then sync.
        QPushButton* save = page->detail()->saveButton();
        save->setShortcut({});
        save->setToolTip(SyncController::tr("Save the profile (Ctrl+S also syncs)"));
    }
    QObject::connect(now, &QAction::triggered, window, [window, &controller] {
        window->saveBeforeClose();
        controller.syncNow();
    });
    QObject::connect(menu->addAction(SyncController::tr("Sign &in…")), &QAction::triggered, window,
                     showLogin);
    QObject::connect(menu->addAction(SyncController::tr("Sign &out")), &QAction::triggered, &controller,
                     &SyncController::logout);
}

} // namespace ll::ui
