#pragma once

#include "text/SearchTokens.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QThreadPool>

namespace ll {

// Search tokens (searchTokensFor) of many documents, computed on worker threads while the caller goes on
// writing rows: for a bulk import the tokens (folding, pinyin, n-grams) cost about as much as the SQL, and
// the two need not wait for each other. The tokens are exactly what searchTokensFor gives.
class SearchTokenBatch
{
public:
    SearchTokenBatch();
    ~SearchTokenBatch(); // waits for work still running
    SearchTokenBatch(const SearchTokenBatch&) = delete;
    SearchTokenBatch& operator=(const SearchTokenBatch&) = delete;

    void add(qint64 key, const SearchDocument& doc);
    // Waits for every document added so far and hands over their tokens by key (the last one added wins).
    QHash<qint64, QString> takeAll();
    // Without waiting: the tokens of the oldest tasks that are done (a later one done first waits its turn,
    // so a key added twice never has its newer tokens handed over before the older).
    QHash<qint64, QString> takeFinished();

private:
    void submit();
    QHash<qint64, QString> take(qsizetype tasks); // of the first `tasks` tasks, waiting for each

    struct Task
    {
        QList<qint64> keys;
        QFuture<QStringList> tokens;
    };
    QThreadPool m_pool;
    QList<qint64> m_keys; // added, not yet submitted
    QList<SearchDocument> m_docs;
    QList<Task> m_tasks;
};

} // namespace ll
