#include "search/SearchWriter.h"

#include "search/SearchFile.h"
#include "store/Database.h"
#include "store/Statement.h"

namespace ll {

Result<std::unique_ptr<SearchWriter>> SearchWriter::open(const QString& searchPath, const DataKey& key)
{
    Database::Options options; // the file exists: the store's connection attached (and created) it
    auto db = Database::open(searchPath, key, options);
    if (!db.ok())
        return db.error();
    // Derived data, as on the store's connection (Database::configure): a lost commit is rebuilt.
    LL_TRY(db.value()->exec("PRAGMA synchronous = NORMAL"));
    LL_TRY(search_file::createTables(*db.value()));
    return std::unique_ptr<SearchWriter>(new SearchWriter(std::move(db.value())));
}

SearchWriter::SearchWriter(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_thread([this] { run(); })
{}

SearchWriter::~SearchWriter()
{
    post([this] { endTransaction(false); });
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void SearchWriter::post(std::function<void()> job)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_all();
}

void SearchWriter::run()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
        if (m_jobs.empty())
            return; // stopping, with nothing left to do
        std::function<void()> job = std::move(m_jobs.front());
        m_jobs.pop_front();
        m_running = true;
        lock.unlock();
        job();
        lock.lock();
        m_running = false;
        if (m_jobs.empty())
            m_idle.notify_all();
    }
}

Status SearchWriter::writeOne(const Entry& e)
{
    if (e.replaces || e.removeOnly) {
        Statement& del = m_db->cached("DELETE FROM contact_fts WHERE docid = ?");
        del.bind(1, e.rowId);
        LL_TRY(del.exec());
    }
    if (e.removeOnly)
        return {};
    Statement& ins = m_db->cached("INSERT INTO contact_fts (docid, tokens) VALUES (?, ?)");
    ins.bind(1, e.rowId).bind(2, e.tokens);
    return ins.exec();
}

void SearchWriter::write(QList<Entry> entries)
{
    post([this, entries = std::move(entries)] {
        if (!m_error.ok() || !beginIfNeeded())
            return;
        for (const Entry& e : entries) {
            m_error = writeOne(e);
            if (!m_error.ok()) {
                endTransaction(false);
                return;
            }
        }
    });
}

bool SearchWriter::beginIfNeeded()
{
    if (!m_inTransaction) {
        m_error = m_db->exec("BEGIN IMMEDIATE");
        m_inTransaction = m_error.ok();
    }
    return m_inTransaction;
}

void SearchWriter::endTransaction(bool commit)
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    if (!commit) {
        (void)m_db->exec("ROLLBACK");
        return;
    }
    Status done = search_file::raiseIndexGeneration(*m_db);
    if (done.ok())
        done = m_db->exec("COMMIT");
    if (!done.ok()) {
        (void)m_db->exec("ROLLBACK");
        m_error = done;
    }
}

void SearchWriter::commit()
{
    post([this] {
        // A batch without a search entry still raises the generation, as the store's batch did.
        if (m_error.ok() && beginIfNeeded())
            endTransaction(true);
    });
}

void SearchWriter::rollback()
{
    post([this] { endTransaction(false); });
}

Status SearchWriter::finish()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_jobs.empty() && !m_running; });
    return m_error;
}

} // namespace ll
