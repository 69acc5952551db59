#include "importer/LeadRowFeed.h"

#include <QCoreApplication>

namespace ll {

namespace {

// The rejection reasons are the importer's messages, filed under its context for lupdate and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::LeadImporter)
};

// Rows per chunk handed over, and chunks read ahead at most: handing over costs a lock per chunk, and the
// read-ahead bounds memory (a few thousand rows) while the importer is busy with a commit.
constexpr qsizetype kChunkRows = 256;
constexpr std::size_t kChunksAhead = 16;

// Trailing empty fields (",,," at the end of a row) are what spreadsheets write; they are not ragged.
bool isRagged(QStringList& fields, qsizetype headerCount)
{
    while (fields.size() > headerCount && fields.constLast().trimmed().isEmpty())
        fields.removeLast();
    return fields.size() != headerCount;
}

} // namespace

LeadRowFeed::LeadRowFeed(CsvReader& reader, qsizetype headerCount, ColumnMapping mapping,
                         LeadRowContext context, QString encodingName)
    : m_reader(reader)
    , m_headerCount(headerCount)
    , m_mapping(std::move(mapping))
    , m_context(std::move(context))
    , m_encodingName(std::move(encodingName))
    , m_thread([this] { produce(); })
{}

LeadRowFeed::~LeadRowFeed()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

FedLeadRow LeadRowFeed::readOne(CsvRecord& record) const
{
    FedLeadRow fed;
    if (!record.error.isEmpty())
        fed.reason = record.error;
    else if (record.malformedText)
        fed.reason = Text::tr("The row contains bytes that are not valid %1 text").arg(m_encodingName);
    else if (isRagged(record.fields, m_headerCount))
        fed.reason = Text::tr("The row has %1 fields but the header has %2")
                         .arg(record.fields.size())
                         .arg(m_headerCount);
    if (fed.reason.isEmpty()) {
        auto row = parseLeadRow(record.fields, m_mapping, m_context);
        if (row.ok()) {
            fed.plan = planLeadContact(row.value(), m_today);
            fed.row = std::move(row.value());
        } else {
            fed.reason = row.message();
        }
    }
    fed.record = std::move(record);
    fed.bytesRead = m_reader.bytesRead();
    return fed;
}

void LeadRowFeed::produce()
{
    bool more = true;
    while (more) {
        QList<FedLeadRow> chunk;
        chunk.reserve(kChunkRows);
        CsvRecord record;
        while (chunk.size() < kChunkRows && (more = m_reader.next(record)))
            chunk << readOne(record);
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_ready.size() < kChunksAhead; });
        if (m_stop)
            return;
        if (!chunk.isEmpty())
            m_ready.push_back(std::move(chunk));
        m_ended = !more;
        lock.unlock();
        m_changed.notify_all();
    }
}

bool LeadRowFeed::next(FedLeadRow& out)
{
    if (m_next >= m_current.size()) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_ended; });
        if (m_ready.empty())
            return false;
        m_current = std::move(m_ready.front());
        m_ready.pop_front();
        m_next = 0;
        lock.unlock();
        m_changed.notify_all();
    }
    out = std::move(m_current[m_next++]);
    return true;
}

} // namespace ll
