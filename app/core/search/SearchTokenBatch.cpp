#include "search/SearchTokenBatch.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace ll {

namespace {

// Documents per task: enough to make handing them over cheap next to computing them.
constexpr qsizetype kChunk = 128;

} // namespace

SearchTokenBatch::SearchTokenBatch()
{
    // One core stays with the writing thread.
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
}

SearchTokenBatch::~SearchTokenBatch()
{
    m_pool.waitForDone();
}

void SearchTokenBatch::add(qint64 key, const SearchDocument& doc)
{
    m_keys << key;
    m_docs << doc;
    if (m_docs.size() >= kChunk)
        submit();
}

void SearchTokenBatch::submit()
{
    if (m_docs.isEmpty())
        return;
    QList<SearchDocument> docs = std::move(m_docs);
    m_docs = {};
    m_tasks << Task{std::move(m_keys), QtConcurrent::run(&m_pool, [docs = std::move(docs)] {
                        QStringList tokens;
                        tokens.reserve(docs.size());
                        for (const SearchDocument& doc : docs)
                            tokens << searchTokensFor(doc);
                        return tokens;
                    })};
    m_keys = {};
}

QHash<qint64, QString> SearchTokenBatch::takeAll()
{
    submit();
    return take(m_tasks.size());
}

QHash<qint64, QString> SearchTokenBatch::takeFinished()
{
    qsizetype finished = 0;
    while (finished < m_tasks.size() && m_tasks.at(finished).tokens.isFinished())
        ++finished;
    return take(finished);
}

QHash<qint64, QString> SearchTokenBatch::take(qsizetype tasks)
{
    QHash<qint64, QString> out;
    for (qsizetype t = 0; t < tasks; ++t) {
        const Task& task = m_tasks.at(t);
        const QStringList tokens = task.tokens.result();
        for (qsizetype i = 0; i < task.keys.size(); ++i)
            out.insert(task.keys.at(i), tokens.at(i));
    }
    m_tasks.remove(0, tasks);
    return out;
}

} // namespace ll
