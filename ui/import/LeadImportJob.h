#pragma once

#include "importer/LeadImporter.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace ll {
class Profile;
}

namespace ll::ui {

// What a finished run hands back: the report, or why it could not start.
struct LeadImportOutcome
{
    LeadImportReport report;
    Error error{ErrorCode::Ok, {}};
    bool ok() const { return error.code == ErrorCode::Ok; }
};

// Runs one lead import on a pool thread with its own connection to the profile's store (the UI's
// connection is never used from two threads). Progress and the end arrive as signals on the UI thread.
// Destroying the job cancels a running import and waits for it: the rows done so far stay committed.
class LeadImportJob : public QObject
{
    Q_OBJECT

public:
    explicit LeadImportJob(QObject* parent = nullptr);
    ~LeadImportJob() override;

    // The store connection is opened here, on the calling (UI) thread; the file (.csv, or .xlsx converted
    // in memory) is read on the worker.
    Status start(const Profile& profile, const QString& path, LeadImportOptions options);
    void cancel();
    bool isRunning() const;
    bool isCancelling() const { return m_cancel && m_cancel->load(); }

    // Called on the worker thread after every committed batch (tests use it to hold a run mid-way).
    void setWorkerObserver(std::function<void(const LeadImportProgress&)> observer)
    {
        m_observer = std::move(observer);
    }

signals:
    void progress(qint64 rowsDone, qint64 bytesRead, qint64 totalBytes);
    void finished(const ll::ui::LeadImportOutcome& outcome);

private:
    QFutureWatcher<LeadImportOutcome> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::function<void(const LeadImportProgress&)> m_observer;
};

} // namespace ll::ui
