#include "importer/LeadImporter.h"

#include "domain/ContactBulkWriter.h"
#include "domain/ContactRepository.h"
#include "domain/ContactRows.h"
#include "importer/CsvReader.h"
#include "importer/CsvWriter.h"
#include "importer/LeadContactPlan.h"
#include "importer/LeadIdentityIndex.h"
#include "importer/LeadRow.h"
#include "importer/LeadRowFeed.h"
#include "search/ContactSearchIndex.h"
#include "search/SearchFile.h"
#include "search/SearchWriter.h"
#include "store/LargerPageCache.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QStringTokenizer>

#include <algorithm>
#include <optional>

namespace ll {

namespace {

constexpr int kImportCacheKiB = 256 * 1024;

// Messages of this file, filed under ll::LeadImporter for lupdate and at run time alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::LeadImporter)
};

// What the repositories say about the row's own data; anything else (database, I/O) stops the import.
bool isRowProblem(ErrorCode code)
{
    return code == ErrorCode::InvalidInput || code == ErrorCode::NotFound;
}

// Whether one of the text's lines is exactly `line` (as text.split('\n').contains(line), without the list).
bool hasLine(const QString& text, const QString& line)
{
    for (const QStringView part : qTokenize(text, u'\n'))
        if (part == line)
            return true;
    return false;
}

using Match = LeadIdentityIndex::Contact;

enum class Outcome
{
    New,
    Merged,
    Unchanged
};

// One import run: the state that lives across batches.
struct Run
{
    Run(Store& store, const LeadImportOptions& options, LeadAllocator allocator, LeadIdentityIndex identities,
        LeadImportReport& report)
        : m_store(store)
        , m_repo(store)
        , m_writer(store)
        , m_options(options)
        , m_allocator(std::move(allocator))
        , m_identities(std::move(identities))
        , m_report(report)
    {}

    // The batch's effect on the report, applied only when the batch commits.
    struct BatchTally
    {
        qint64 rows = 0, added = 0, merged = 0, unchanged = 0, contactsMerged = 0;
        QList<RejectedLeadRow> rejected;
        QList<QStringList> rejectedCells;
        QList<Allocation> allocations;
    };

    Result<Outcome> apply(const LeadRow& row, const LeadContactPlan& plan, BatchTally& tally);
    Result<Outcome> mergeMatches(const QList<Match>& matches, const LeadRow& row, const LeadContactPlan& plan,
                                 BatchTally& tally);

    Result<Outcome> addNew(const LeadRow& row, const LeadContactPlan& plan, BatchTally& tally);
    Result<Outcome> mergeInto(const Match& keep, const LeadRow& row, const LeadContactPlan& plan);

    Store& m_store;
    ContactRepository m_repo;
    ContactBulkWriter m_writer; // new leads and merges into one contact; search entries once per batch
    const LeadImportOptions& m_options;
    LeadAllocator m_allocator;
    LeadIdentityIndex m_identities; // who each row is, without a query per row
    LeadImportReport& m_report;
};

Result<Outcome> Run::addNew(const LeadRow& row, const LeadContactPlan& plan, BatchTally& tally)
{
    if (!plan.newContact)
        return plan.newContactError;
    const Allocation allocation = m_allocator.next(row.city);
    ValidContactInput in = *plan.newContact;
    // The allocator's ids are those of staff and stores in this database, already in their stored form.
    if (!allocation.ownerId.isEmpty())
        in.ownerId = allocation.ownerId;
    if (!allocation.storeId.isEmpty())
        in.storeId = allocation.storeId;
    // The lead was left when the form says, and that starts the lead-response SLA clock. created_at is a
    // local column (not one of the synced fields), so it is written with the row.
    auto added = m_writer.add(in, row.createdAt.isValid() ? row.createdAt.toMSecsSinceEpoch() : 0);
    if (!added.ok()) {
        m_allocator.undo(allocation);
        return added.error();
    }
    tally.allocations << allocation;
    QStringList mobiles;
    for (const PhoneNumber& p : row.mobiles)
        mobiles << phoneElement(p);
    m_identities.add({added->rowId, added->id, added->createdAtMs}, mobiles, row.wechatId);
    return Outcome::New;
}

Result<Outcome> Run::mergeInto(const Match& keep, const LeadRow& row, const LeadContactPlan& plan)
{
    auto current = contact_rows::load(m_store.db(), keep.rowId);
    if (!current.ok())
        return current.error();
    const Contact& c = current->contact;
    ContactInput patch;
    bool changed = false;
    auto fill = [&changed](std::optional<QString>& target, const QString& have, const QString& offered) {
        if (have.isEmpty() && !offered.isEmpty()) {
            target = offered;
            changed = true;
        }
    };
    fill(patch.name, c.name, row.name);
    fill(patch.nickname, c.nickname, row.nickname);
    fill(patch.wechatId, c.wechatId, row.wechatId);
    fill(patch.city, c.city, row.city);
    fill(patch.source, c.source, row.source);
    QStringList newPhones;
    for (const QList<PhoneNumber>* list : {&row.mobiles, &row.otherPhones})
        for (const PhoneNumber& p : *list)
            if (std::none_of(c.phones.begin(), c.phones.end(),
                             [&p](const PhoneNumber& q) { return q.digits() == p.digits(); }))
                newPhones << leadPhoneInput(p);
    if (!newPhones.isEmpty()) {
        patch.addPhones = newPhones;
        changed = true;
    }
    if (row.intent > c.intent) {
        patch.intent = row.intent;
        changed = true;
    }
    const QString& line = plan.historyLine;
    if (!hasLine(c.notes, line)) {
        patch.notes = c.notes.isEmpty() ? line : c.notes + QLatin1Char('\n') + line;
        changed = true;
    }
    if (!changed)
        return Outcome::Unchanged;
    auto updated = m_writer.update(current.value(), patch);
    if (!updated.ok())
        return updated.error();
    // The contact is now also known by what the row gave it.
    for (const PhoneNumber& p : row.mobiles)
        m_identities.addMobile(c.rowId, phoneElement(p));
    if (patch.wechatId)
        m_identities.addWechat(c.rowId, row.wechatId);
    return Outcome::Merged;
}

Result<Outcome> Run::apply(const LeadRow& row, const LeadContactPlan& plan, BatchTally& tally)
{
    const QList<Match> matches = m_identities.find(row);
    // A new contact, or a row merged into one contact, needs no savepoint: ContactBulkWriter checks
    // everything before its first write, so after that only a database error can fail it, and that rolls
    // back the whole batch. (A savepoint costs an encrypted copy of every page the row touches in
    // SQLCipher's sub-journal.)
    if (matches.isEmpty())
        return addNew(row, plan, tally);
    if (matches.size() == 1)
        return mergeInto(matches.first(), row, plan);
    // A savepoint when the row links several contacts: a row rejected half-way (say its phones overflow the
    // contact's cap after two contacts were merged for it) leaves nothing behind.
    Transaction rowTx(m_store.db());
    LL_TRY(rowTx.beginStatus());
    const qsizetype allocationsBefore = tally.allocations.size();
    const qint64 contactsMergedBefore = tally.contactsMerged;
    const qsizetype unindexedBefore = m_writer.pendingCount();
    auto outcome = mergeMatches(matches, row, plan, tally);
    if (outcome.ok()) {
        const Status committed = rowTx.commit();
        if (!committed.ok())
            outcome = committed.error();
    }
    if (!outcome.ok()) {
        while (tally.allocations.size() > allocationsBefore)
            m_allocator.undo(tally.allocations.takeLast());
        tally.contactsMerged = contactsMergedBefore; // rolled back with the row
        m_writer.forgetSince(unindexedBefore);
    }
    // Merged contacts moved identities (or the savepoint took them back): read what the store now says.
    for (const Match& m : matches) {
        LL_TRY(m_identities.refresh(m_store.db(), m.rowId));
        m_writer.rereadAtFlush(m.rowId); // the repository wrote them too
    }
    return outcome;
}

Result<Outcome> Run::mergeMatches(const QList<Match>& matches, const LeadRow& row,
                                  const LeadContactPlan& plan, BatchTally& tally)
{
    const Match keep = matches.first();
    for (qsizetype i = 1; i < matches.size(); ++i) {
        auto merged = m_repo.merge(keep.id, matches.at(i).id);
        if (!merged.ok())
            return merged.error();
        ++tally.contactsMerged;
    }
    auto outcome = mergeInto(keep, row, plan);
    if (outcome.ok() && matches.size() > 1)
        return Outcome::Merged;
    return outcome;
}

} // namespace

LeadImporter::LeadImporter(Store& store)
    : m_store(store)
{}

Result<LeadFilePreview> LeadImporter::preview(const QString& path, const QHash<QString, QString>& overrides,
                                              const QString& encoding, int sampleRows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Text::tr("Cannot open %1: %2").arg(path, file.errorString()));
    return previewDevice(file, overrides, encoding, sampleRows);
}

Result<LeadFilePreview> LeadImporter::previewDevice(QIODevice& device,
                                                    const QHash<QString, QString>& overrides,
                                                    const QString& encoding, int sampleRows)
{
    auto reader = CsvReader::open(device, encoding);
    if (!reader.ok())
        return reader.error();
    LeadFilePreview p;
    p.encoding = reader.value()->encoding();
    p.delimiter = reader.value()->delimiter();
    CsvRecord record;
    if (!reader.value()->next(record))
        return makeError(ErrorCode::InvalidInput, Text::tr("The file is empty"));
    p.headers = record.fields;
    auto mapping = ColumnMapping::detect(p.headers, overrides);
    if (!mapping.ok())
        return mapping.error();
    p.mapping = mapping.value();
    while (p.sampleRows.size() < sampleRows && reader.value()->next(record))
        p.sampleRows << record.fields;
    return p;
}

Result<LeadImportReport> LeadImporter::importFile(const QString& path, const LeadImportOptions& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Text::tr("Cannot open %1: %2").arg(path, file.errorString()));
    return importDevice(file, file.size(), options);
}

Result<LeadImportReport> LeadImporter::importDevice(QIODevice& device, qint64 totalBytes,
                                                    const LeadImportOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    auto opened = CsvReader::open(device, options.encoding);
    if (!opened.ok())
        return opened.error();
    CsvReader& reader = *opened.value();

    LeadImportReport report;
    report.encoding = reader.encoding();
    report.delimiter = reader.delimiter();
    CsvRecord header;
    if (!reader.next(header))
        return makeError(ErrorCode::InvalidInput, Text::tr("The file is empty"));
    if (!header.error.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The header row is malformed: %1").arg(header.error));
    auto mapping = ColumnMapping::detect(header.fields, options.columnOverrides);
    if (!mapping.ok())
        return mapping.error();
    report.mapping = mapping.value();
    if (!report.mapping.has(LeadField::Phone) && !report.mapping.has(LeadField::Wechat))
        return makeError(
            ErrorCode::InvalidInput,
            Text::tr(
                "No column holds a phone number or WeChat ID (columns: %1); map one with --map COLUMN=phone")
                .arg(header.fields.join(QStringLiteral(", "))));

    auto allocator = LeadAllocator::create(m_store, options.allocation);
    if (!allocator.ok())
        return allocator.error();

    std::unique_ptr<QFile> rejectedFile;
    std::optional<CsvWriter> rejectedWriter;
    if (!options.rejectedPath.isEmpty()) {
        rejectedFile = std::make_unique<QFile>(options.rejectedPath);
        if (!rejectedFile->open(QIODevice::WriteOnly | QIODevice::Truncate))
            return makeError(
                ErrorCode::Io,
                Text::tr("Cannot write %1: %2").arg(options.rejectedPath, rejectedFile->errorString()));
        rejectedWriter.emplace(*rejectedFile);
        rejectedWriter->writeBom();
        rejectedWriter->writeRow(QStringList{QStringLiteral("错误原因")} + header.fields);
    }

    auto identities = LeadIdentityIndex::load(m_store.db());
    if (!identities.ok())
        return identities.error();

    Run run(m_store, options, std::move(allocator.value()), std::move(identities.value()), report);
    const int batchSize = std::max(1, options.batchSize);
    const int progressRows = std::max(1, options.progressRows);
    LeadRowContext context;
    context.defaultSource = options.defaultSource.trimmed();
    context.timeZone = options.timeZone;
    // From here on the reader is the feed's until the feed is gone or at its end.
    std::optional<LeadRowFeed> feed(std::in_place, reader, header.fields.size(), report.mapping, context,
                                    report.encoding.name);
    qint64 rowsDone = 0; // committed
    qint64 bytesRead = reader.bytesRead();
    bool atEnd = false;
    FedLeadRow fed;

    auto notify = [&](qint64 processed) {
        if (options.progress)
            options.progress({processed, rowsDone, bytesRead, totalBytes});
    };

    // The search entries are written by a second connection to the search file, on a thread of its own, while
    // this one writes contacts (search/SearchWriter.h). If it cannot be had, they are written here as before.
    auto searchWriter = m_store.db().searchAttached() ? m_store.openSearchWriter()
                                                      : Result<std::unique_ptr<SearchWriter>>(nullptr);
    SearchWriter* const search = searchWriter.ok() ? searchWriter.value().get() : nullptr;
    if (search) {
        run.m_writer.writeSearchWith(search);
        m_store.db().setSearchRedirect([&run](qint64 rowId) { run.m_writer.rereadAtFlush(rowId); });
    }

    // A batch of 50,000 new contacts dirties about 100 MiB of pages: with the usual 32 MiB cache SQLite
    // writes them out mid-transaction and some again at commit, and reads back evicted index pages.
    const LargerPageCache cache(m_store.db(), kImportCacheKiB);

    while (!atEnd && !report.cancelled) {
        Run::BatchTally tally;
        // With a SearchWriter the batch must leave the search file's write lock to it: the store's first,
        // taken by raising its search generation (the writer raises the index's with the same batch).
        Transaction tx(m_store.db(), search ? Transaction::Files::TakenOnWrite : Transaction::Files::All);
        Status begun = tx.beginStatus();
        if (begun.ok() && search)
            begun = search_file::raiseStoreGeneration(m_store.db());
        if (!begun.ok()) {
            report.error = begun.error();
            break;
        }
        qint64 batchFirstLine = 0;
        Error failure;
        bool failed = false;
        while (tally.rows < batchSize) {
            if (options.isCancelled && options.isCancelled()) {
                report.cancelled = true;
                break;
            }
            if (!feed->next(fed)) {
                atEnd = true;
                break;
            }
            bytesRead = fed.bytesRead;
            if (batchFirstLine == 0)
                batchFirstLine = fed.record.line;
            ++tally.rows;
            QString reason = fed.reason;
            if (fed.row) {
                auto outcome = run.apply(*fed.row, fed.plan, tally);
                if (!outcome.ok() && isRowProblem(outcome.code())) {
                    reason = outcome.message();
                } else if (!outcome.ok()) {
                    failure = outcome.error();
                    failed = true;
                    break;
                } else if (outcome.value() == Outcome::New) {
                    ++tally.added;
                } else if (outcome.value() == Outcome::Merged) {
                    ++tally.merged;
                } else {
                    ++tally.unchanged;
                }
            }
            if (!reason.isEmpty()) {
                tally.rejected << RejectedLeadRow{fed.record.line, reason};
                tally.rejectedCells << (QStringList{reason} + fed.record.fields);
            }
            if ((rowsDone + tally.rows) % progressRows == 0 && tally.rows < batchSize)
                notify(rowsDone + tally.rows);
        }
        if (!failed) {
            Status committed = run.m_writer.flushSearchIndex();
            if (committed.ok())
                committed = tx.commit();
            if (!committed.ok()) {
                failure = committed.error();
                failed = true;
            }
        }
        if (search) {
            if (failed)
                search->rollback();
            else
                search->commit(); // after the store's: a crash between leaves the generations apart
        }
        if (failed) {
            tx.rollback();
            run.m_writer.forgetSince(0);
            for (const Allocation& a : std::as_const(tally.allocations))
                run.m_allocator.undo(a);
            report.error = failure;
            report.stoppedAtLine = batchFirstLine;
            break;
        }
        ++report.batchesCommitted;
        rowsDone += tally.rows;
        report.rowsRead += tally.rows;
        report.newContacts += tally.added;
        report.mergedDuplicates += tally.merged;
        report.unchanged += tally.unchanged;
        report.contactsMerged += tally.contactsMerged;
        report.rejectedCount += tally.rejected.size();
        for (const RejectedLeadRow& r : std::as_const(tally.rejected)) {
            if (report.rejected.size() < LeadImportReport::kMaxRejectedListed)
                report.rejected << r;
            else
                report.rejectedListTruncated = true;
        }
        for (const Allocation& a : std::as_const(tally.allocations))
            if (!a.ownerId.isEmpty())
                ++report.allocated[a.ownerId];
        if (rejectedWriter)
            for (const QStringList& cells : std::as_const(tally.rejectedCells))
                if (!rejectedWriter->writeRow(cells) && report.error.code == ErrorCode::Ok)
                    report.error =
                        makeError(ErrorCode::Io, Text::tr("Cannot write %1: %2")
                                                     .arg(options.rejectedPath, rejectedFile->errorString()));
        notify(rowsDone);
        if (report.cancelled) {
            if (feed->next(fed)) {
                report.stoppedAtLine = fed.record.line;
            } else {
                report.cancelled = false; // cancelled after the last row: nothing was left undone
                atEnd = true;
            }
        }
    }
    feed.reset(); // the reader is ours again
    if (search) {
        m_store.db().setSearchRedirect({});
        const Status written = search->finish();
        searchWriter.value().reset();
        // The store's batches committed without their entries: rebuild the index here rather than leave it
        // stale until the next open finds the generations apart.
        if (!written.ok()) {
            const Status rebuilt = ContactSearchIndex(m_store.db()).rebuildAll();
            if (!rebuilt.ok() && report.error.code == ErrorCode::Ok)
                report.error = rebuilt.error();
        }
    }
    bytesRead = reader.bytesRead();
    if (!reader.ioError().isEmpty() && report.error.code == ErrorCode::Ok) {
        report.error =
            makeError(ErrorCode::Io, Text::tr("Reading the file failed: %1").arg(reader.ioError()));
        atEnd = false;
    }
    report.blankSkipped = reader.blankRecordsSkipped();
    report.completed = atEnd && report.error.code == ErrorCode::Ok && !report.cancelled;
    if (rejectedFile) {
        rejectedFile->close();
        if (report.rejectedCount == 0)
            QFile::remove(options.rejectedPath);
        else
            report.rejectedPath = options.rejectedPath;
    }
    report.elapsedMs = timer.elapsed();
    notify(rowsDone);
    return report;
}

} // namespace ll
