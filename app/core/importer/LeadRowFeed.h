#pragma once

#include "importer/CsvReader.h"
#include "importer/LeadColumns.h"
#include "importer/LeadContactPlan.h"
#include "importer/LeadRow.h"

#include "util/Today.h"

#include <QList>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace ll {

// One data row of a lead file, read and parsed: either the row or why it is rejected.
struct FedLeadRow
{
    CsvRecord record;           // as read (its fields go to the rejected-rows file)
    std::optional<LeadRow> row; // set when the row parsed
    LeadContactPlan plan;       // what the row will write (when it parsed)
    QString reason;             // why not, translated
    qint64 bytesRead = 0;       // of the file, when this row had been read
};

// Reads and parses the rows of a lead file ahead of the importer, on a thread of its own: decoding the
// CSV, parsing each row (names, phones, dates, 繁→简) and planning what it writes (planLeadContact) then
// run beside the database writes instead of between them. Rows come out in file order, in chunks, through a
// bounded queue, so the file is still never held in memory. The reader belongs to the feed's thread until the
// feed is destroyed or has ended.
class LeadRowFeed
{
public:
    LeadRowFeed(CsvReader& reader, qsizetype headerCount, ColumnMapping mapping, LeadRowContext context,
                QString encodingName);
    ~LeadRowFeed(); // stops reading and waits for the thread
    LeadRowFeed(const LeadRowFeed&) = delete;
    LeadRowFeed& operator=(const LeadRowFeed&) = delete;

    // The next row; false at the end of the file.
    bool next(FedLeadRow& out);

private:
    void produce();
    FedLeadRow readOne(CsvRecord& record) const;

    CsvReader& m_reader;
    const qsizetype m_headerCount;
    const ColumnMapping m_mapping;
    const LeadRowContext m_context;
    const QString m_encodingName;
    const QDate m_today = latestToday(); // asked once: it looks up a time zone

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<FedLeadRow>> m_ready; // chunks read, not yet taken
    bool m_ended = false;                  // the reader is at its end: nothing more will come
    bool m_stop = false;                   // the importer has gone: stop reading

    QList<FedLeadRow> m_current; // the chunk being handed out, on the importer's side
    qsizetype m_next = 0;
    std::thread m_thread; // last: starts once everything above is set up
};

} // namespace ll
