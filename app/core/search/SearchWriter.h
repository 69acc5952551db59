#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace ll {

class DataKey;
class Database;

// Writes search entries into the store's search file (search/SearchFile.h) on a connection and a thread of
// its own, while the store's connection goes on writing contacts: a lead import's two halves on two cores.
// Jobs run in the order given. Its transaction opens with the first write and stays open until commit() or
// rollback(), which the caller gives after the store's batch committed or rolled back; meanwhile the
// store's connection must not write the search file (see Database::setSearchRedirect and
// Transaction::Files::TakenOnWrite).
class SearchWriter
{
public:
    struct Entry
    {
        qint64 rowId = 0;
        QString tokens;
        bool replaces = false;   // the contact may have an entry already: it is removed first
        bool removeOnly = false; // the contact is gone: its entry, if any, is removed and none written
    };

    static Result<std::unique_ptr<SearchWriter>> open(const QString& searchPath, const DataKey& key);
    ~SearchWriter(); // rolls back what is not committed, then stops the thread
    SearchWriter(const SearchWriter&) = delete;
    SearchWriter& operator=(const SearchWriter&) = delete;

    void write(QList<Entry> entries); // new contacts in ascending rowid order keep FTS4 to one segment
    void commit();                    // raises the index's generation with what was written, and commits
    void rollback();
    // Waits for every job; the first error, after which later jobs were skipped and the last transaction
    // rolled back.
    Status finish();

private:
    explicit SearchWriter(std::unique_ptr<Database> db);
    void post(std::function<void()> job);
    void run();
    Status writeOne(const Entry& e);
    bool beginIfNeeded(); // false (with m_error set) if the transaction could not begin
    void endTransaction(bool commit);

    std::unique_ptr<Database> m_db; // used on m_thread only, once started
    std::mutex m_mutex;
    std::condition_variable m_wake; // a job arrived, or stop
    std::condition_variable m_idle; // the queue ran empty
    std::deque<std::function<void()>> m_jobs;
    bool m_running = false; // a job is being run
    bool m_stop = false;
    bool m_inTransaction = false; // thread-side
    Status m_error;               // thread-side until finish() reads it with the queue empty
    std::thread m_thread;
};

} // namespace ll
