#include "sync/SyncUi.h"

#include "contacts/ContactDetailPane.h"
#include "contacts/ContactsPage.h"
#include "main/MainWindow.h"
#include "sync/SyncController.h"
#include "sync/SyncStatusWidget.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>

namespace ll::ui {

void attachSyncUi(MainWindow* window, SyncController& controller, const std::function<void()>& showLogin)
{
    auto* corner = new SyncStatusWidget(controller);
    window->statusBar()->addPermanentWidget(corner);
    QObject::connect(corner, &SyncStatusWidget::loginRequested, window, showLogin);

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
