#include "app/ProfileTask.h"

#include <QApplication>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace ll::ui {

void ProfileTask::run(QObject* context, bool offThread, std::function<ProfileResult()> work,
                      std::function<void(ProfileResult)> done)
{
    if (!offThread) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        ProfileResult result = work();
        QApplication::restoreOverrideCursor();
        done(std::move(result));
        return;
    }
    // QFuture wants copyable results; the shared_ptr carries the move-only Result across.
    using Shared = std::shared_ptr<ProfileResult>;
    auto* watcher = new QFutureWatcher<Shared>(context);
    QObject::connect(watcher, &QFutureWatcher<Shared>::finished, context, [watcher, done] {
        Shared shared = watcher->result();
        watcher->deleteLater();
        done(std::move(*shared));
    });
    watcher->setFuture(QtConcurrent::run([work] { return std::make_shared<ProfileResult>(work()); }));
}

} // namespace ll::ui
