#pragma once

#include "importer/LeadAllocator.h"
#include "importer/LeadColumns.h"
#include "importer/TextDecoding.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>

class QIODevice;

namespace ll {

class Store;

// What the column-mapping step of the app shows before anything is written.
struct LeadFilePreview
{
    DetectedEncoding encoding;
    QChar delimiter;
    QStringList headers;
    ColumnMapping mapping;         // detected (plus any overrides passed in)
    QList<QStringList> sampleRows; // the first data rows as read
};

struct LeadImportProgress
{
    qint64 rowsDone = 0;      // data rows processed
    qint64 rowsCommitted = 0; // of them, saved (see LeadImportOptions::batchSize)
    qint64 bytesRead = 0;     // of the file
    qint64 totalBytes = 0;
};

struct LeadImportOptions
{
    QString encoding;                        // empty: detect (BOM, UTF-8, GBK/GB18030)
    QHash<QString, QString> columnOverrides; // header (as written) → field code, see leadFieldCodes()
    QString defaultSource;                   // for rows without a source
    AllocationOptions allocation;            // owners of new leads
    // Rows per transaction. Each commit writes (encrypts) every index page its rows touched, and new leads
    // touch pages all over the indexes on random keys, so larger batches cost less per row (100,000 rows:
    // 144k pages written in batches of 5,000, 89k in batches of 50,000). Pages that do not fit the page
    // cache are spilled to the WAL before the commit, which writes no more than a commit would. Cancelling
    // stays prompt (it is polled per row) and progress comes every progressRows rows whatever the size.
    int batchSize = 50000;
    int progressRows = 5000;
    QTimeZone timeZone = QTimeZone::systemTimeZone(); // of lead times written without an offset
    // Rejected rows are written here as CSV (UTF-8 with BOM): 错误原因 (reason) first, then the row's
    // original columns under the original header. The file can be fixed and imported again (the reason column
    // is ignored on import). Empty: not written. Removed again when nothing was rejected.
    QString rejectedPath;
    // Called on the importing thread every progressRows rows, after every committed batch and at the end.
    std::function<void(const LeadImportProgress&)> progress;
    // Polled before each row; when it returns true the rows done so far are committed and the import stops.
    std::function<bool()> isCancelled;
};

struct RejectedLeadRow
{
    qint64 line = 0; // physical line of the file where the row starts (the header is line 1)
    QString reason;  // translated
};

struct LeadImportReport
{
    DetectedEncoding encoding;
    QChar delimiter;
    ColumnMapping mapping;
    qint64 rowsRead = 0; // data rows (blank lines not counted)
    qint64 blankSkipped = 0;
    qint64 newContacts = 0;      // leads created
    qint64 mergedDuplicates = 0; // rows merged into an existing contact or an earlier row of the file
    qint64 unchanged = 0;        // rows already imported before: nothing left to add
    qint64 contactsMerged = 0;   // existing contacts merged with each other because one row linked them
    qint64 rejectedCount = 0;
    QList<RejectedLeadRow> rejected; // the first kMaxRejectedListed of them
    bool rejectedListTruncated = false;
    QString rejectedPath;             // where the rejected rows were written, empty when none
    QHash<QString, qint64> allocated; // staff id → new leads given (allocation strategies only)
    qint64 batchesCommitted = 0;
    bool completed = false; // every row was processed
    bool cancelled = false;
    qint64 stoppedAtLine =
        0; // when not completed: the first line not imported (rerun the file: import is idempotent)
    Error error{ErrorCode::Ok, {}}; // when stopped by an error
    qint64 elapsedMs = 0;

    static constexpr int kMaxRejectedListed = 10000;
};

// Lead intake (线索导入) from ad-platform and lead-form exports.
//  - Streaming CSV (CsvReader): the file is never held in memory.
//  - Identity ("One ID"): a row is the person of a live contact that has one of its mobiles (normalised) or
//  its
//    WeChat ID; rows that match nothing become new contacts at stage "lead", owned per the allocation
//    strategy, created_at = the row's 创建时间 when valid (it starts the lead-response SLA clock), else the
//    import time.
//  - A duplicate (of a contact or of an earlier row) is merged into that contact: empty fields are filled,
//    phones are added, intent takes the higher level, and the row is appended to the notes as one
//    "【线索导入】来源:… · 留资时间:… · 姓名:… · 备注:…" line. History is a notes line rather than a
//    follow-up on purpose: a follow-up would count as contacting the customer (last-contacted, the SLA's
//    first contact). If one row links two existing contacts (mobile of one, WeChat of the other) they are
//    merged (the older kept).
//  - Idempotent: a row whose line is already in the contact's notes and which adds no phone or field changes
//    nothing, so re-importing a file (with the same options) adds no contact and no history.
//  - Batched transactions; a database error rolls back only the current batch and stops with the line.
class LeadImporter
{
public:
    explicit LeadImporter(Store& store);

    static Result<LeadFilePreview> preview(const QString& path, const QHash<QString, QString>& overrides = {},
                                           const QString& encoding = {}, int sampleRows = 20);
    // The same over an open device (an .xlsx sheet converted to CSV in memory, see openLeadFile()).
    static Result<LeadFilePreview> previewDevice(QIODevice& device,
                                                 const QHash<QString, QString>& overrides = {},
                                                 const QString& encoding = {}, int sampleRows = 20);

    // An Error only when nothing could start (file unreadable, no header, no phone/WeChat column, unknown
    // guide, rejected file not writable); problems after the start are in the report.
    Result<LeadImportReport> importFile(const QString& path, const LeadImportOptions& options);
    Result<LeadImportReport> importDevice(QIODevice& device, qint64 totalBytes,
                                          const LeadImportOptions& options);

private:
    Store& m_store;
};

} // namespace ll
