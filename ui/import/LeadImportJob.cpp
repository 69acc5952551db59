#include "import/LeadImportJob.h"

#include "importer/XlsxReader.h"
#include "profile/Profile.h"
#include "store/Store.h"

#include <QtConcurrent>

namespace ll::ui {

LeadImportJob::LeadImportJob(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<LeadImportOutcome>::finished, this,
            [this] { emit finished(m_watcher.result()); });
}

LeadImportJob::~LeadImportJob()
{
    if (!isRunning())
        return;
    cancel();
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

bool LeadImportJob::isRunning() const
{
    return m_watcher.isRunning();
}

void LeadImportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

Status LeadImportJob::start(const Profile& profile, const QString& path, LeadImportOptions options)
{
    if (isRunning())
        return makeError(ErrorCode::Conflict, tr("An import is already running."));
    auto opened = profile.openConnection();
    if (!opened.ok())
        return opened.error();
    std::shared_ptr<Store> store = std::move(opened.value());
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const auto cancel = m_cancel;
    options.isCancelled = [cancel] { return cancel->load(); };
    const auto observer = m_observer;
    options.progress = [this, observer](const LeadImportProgress& p) {
        if (observer)
            observer(p);
        // To the UI thread; the destructor waits for the worker, and a pending call dies with the job.
        QMetaObject::invokeMethod(
            this, [this, p] { emit progress(p.rowsDone, p.bytesRead, p.totalBytes); }, Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([store = std::move(store), path, options]() mutable {
        LeadImportOutcome outcome;
        auto source = openLeadFile(path);
        if (!source.ok()) {
            outcome.error = source.error();
        } else {
            auto report = LeadImporter(*store).importDevice(*source->device, source->size, options);
            if (report.ok())
                outcome.report = std::move(report.value());
            else
                outcome.error = report.error();
        }
        store.reset(); // the connection closes on the thread that used it
        return outcome;
    }));
    return {};
}

} // namespace ll::ui
