#include "ArgValues.h"
#include "CliText.h"
#include "CommandGroups.h"
#include "CommandSupport.h"
#include "JsonOutput.h"
#include "importer/LeadImporter.h"
#include "importer/XlsxReader.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace ll::cli {

namespace {

OptionSpec opt(const char* name, const char* valueName, const QString& description, bool repeatable = false)
{
    return {QLatin1String(name), QLatin1String(valueName), description, repeatable};
}

// "COLUMN=VALUE" split at the last '=' (a header may itself contain '=', a field code never does).
std::optional<std::pair<QString, QString>> splitAssignment(const QString& text)
{
    const qsizetype eq = text.lastIndexOf(QLatin1Char('='));
    if (eq <= 0 || eq == text.size() - 1)
        return std::nullopt;
    return std::pair{text.left(eq).trimmed(), text.mid(eq + 1).trimmed()};
}

QStringList idList(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

// Everything that needs no store, checked before the passphrase is asked for.
std::optional<LeadImportOptions> optionsFrom(CliContext& ctx, const ParsedArgs& args)
{
    LeadImportOptions o;
    for (const QString& m : args.values(QStringLiteral("map"))) {
        const auto pair = splitAssignment(m);
        if (!pair) {
            ctx.usage(CliText::tr("--map: expected COLUMN=FIELD, got '%1'.").arg(m));
            return std::nullopt;
        }
        if (!leadFieldFromCode(pair->second)) {
            ctx.fail(ExitCode::InvalidInput,
                     CliText::tr("--map: unknown field '%1' (use one of: %2).")
                         .arg(pair->second, leadFieldCodes().join(QStringLiteral(", "))));
            return std::nullopt;
        }
        o.columnOverrides.insert(pair->first, pair->second);
    }
    o.defaultSource = args.value(QStringLiteral("source"));
    o.encoding = args.value(QStringLiteral("encoding"));
    if (const auto strategy = args.optional(QStringLiteral("allocate"))) {
        const auto parsed = allocationStrategyFromCode(*strategy);
        if (!parsed) {
            ctx.fail(ExitCode::InvalidInput,
                     CliText::tr("--allocate: expected round-robin, city or load, got '%1'.").arg(*strategy));
            return std::nullopt;
        }
        o.allocation.strategy = *parsed;
    }
    o.allocation.guideIds = idList(args.value(QStringLiteral("guides")));
    for (const QString& c : args.values(QStringLiteral("city"))) {
        const auto pair = splitAssignment(c);
        if (!pair || idList(pair->second).isEmpty()) {
            ctx.usage(CliText::tr("--city: expected CITY=STAFF_ID[,STAFF_ID...], got '%1'.").arg(c));
            return std::nullopt;
        }
        o.allocation.cityGuides[pair->first] += idList(pair->second);
    }
    if ((!o.allocation.guideIds.isEmpty() || !o.allocation.cityGuides.isEmpty()) &&
        o.allocation.strategy == AllocationStrategy::None) {
        ctx.usage(CliText::tr("--guides and --city need --allocate."));
        return std::nullopt;
    }
    if (!o.allocation.cityGuides.isEmpty() && o.allocation.strategy != AllocationStrategy::City) {
        ctx.usage(CliText::tr("--city needs --allocate city."));
        return std::nullopt;
    }
    if (const auto size = args.optional(QStringLiteral("batch-size"))) {
        const Result<qint64> value = parseInteger(QStringLiteral("batch-size"), *size, 1, 100000);
        if (!value.ok()) {
            ctx.fail(value.error());
            return std::nullopt;
        }
        o.batchSize = int(value.value());
    }
    o.rejectedPath = args.value(QStringLiteral("rejected-out"));
    return o;
}

QJsonObject reportJson(const QString& file, const LeadImportReport& r)
{
    QJsonArray mapping;
    for (const MappedColumn& col : r.mapping.columns)
        mapping.append(QJsonObject{{QStringLiteral("column"), col.index + 1},
                                   {QStringLiteral("header"), col.header},
                                   {QStringLiteral("field"), toCode(col.field)},
                                   {QStringLiteral("overridden"), col.overridden}});
    QJsonArray rejected;
    for (const RejectedLeadRow& row : r.rejected)
        rejected.append(
            QJsonObject{{QStringLiteral("line"), row.line}, {QStringLiteral("reason"), row.reason}});
    QJsonObject allocated;
    for (auto it = r.allocated.constBegin(); it != r.allocated.constEnd(); ++it)
        allocated.insert(it.key(), it.value());
    const bool stopped = r.error.code != ErrorCode::Ok;
    return {
        {QStringLiteral("file"), file},
        {QStringLiteral("encoding"), r.encoding.name},
        {QStringLiteral("delimiter"), QString(r.delimiter)},
        {QStringLiteral("mapping"), mapping},
        {QStringLiteral("rows_read"), r.rowsRead},
        {QStringLiteral("blank_lines"), r.blankSkipped},
        {QStringLiteral("new_contacts"), r.newContacts},
        {QStringLiteral("merged_duplicates"), r.mergedDuplicates},
        {QStringLiteral("unchanged"), r.unchanged},
        {QStringLiteral("contacts_merged"), r.contactsMerged},
        {QStringLiteral("rejected_count"), r.rejectedCount},
        {QStringLiteral("rejected"), rejected},
        {QStringLiteral("rejected_truncated"), r.rejectedListTruncated},
        {QStringLiteral("rejected_file"),
         r.rejectedPath.isEmpty() ? QJsonValue() : QJsonValue(r.rejectedPath)},
        {QStringLiteral("allocated"), allocated},
        {QStringLiteral("batches"), r.batchesCommitted},
        {QStringLiteral("completed"), r.completed},
        {QStringLiteral("stopped_at_line"), r.completed ? QJsonValue() : QJsonValue(r.stoppedAtLine)},
        {QStringLiteral("error"), stopped ? QJsonValue(r.error.message) : QJsonValue()},
        {QStringLiteral("elapsed_ms"), r.elapsedMs},
    };
}

void printReport(CliContext& ctx, const LeadImportReport& r)
{
    QStringList columns;
    for (const MappedColumn& col : r.mapping.columns)
        if (col.field != LeadField::Ignore)
            columns << QStringLiteral("%1→%2").arg(col.header, toCode(col.field));
    ctx.print(
        CliText::tr("Encoding %1; columns: %2\n").arg(r.encoding.name, forTerminal(columns.join(u", "))));
    ctx.print(CliText::tr("Rows read: %1\nNew contacts: %2\nMerged duplicates: %3\nAlready imported: %4\n"
                          "Rejected: %5\n")
                  .arg(r.rowsRead)
                  .arg(r.newContacts)
                  .arg(r.mergedDuplicates)
                  .arg(r.unchanged)
                  .arg(r.rejectedCount));
    if (r.contactsMerged)
        ctx.print(CliText::tr("Existing contacts merged with each other: %1\n").arg(r.contactsMerged));
    for (auto it = r.allocated.constBegin(); it != r.allocated.constEnd(); ++it)
        ctx.print(CliText::tr("Allocated to %1: %2\n").arg(it.key()).arg(it.value()));
    const int shown = 20;
    for (qsizetype i = 0; i < r.rejected.size() && i < shown; ++i)
        ctx.print(
            CliText::tr("  line %1: %2\n").arg(r.rejected[i].line).arg(forTerminal(r.rejected[i].reason)));
    if (r.rejectedCount > shown)
        ctx.print(CliText::tr("  ... and %1 more\n").arg(r.rejectedCount - shown));
    if (!r.rejectedPath.isEmpty())
        ctx.print(CliText::tr("Rejected rows written to %1 (fix them and import that file).\n")
                      .arg(r.rejectedPath));
}

int leads(CliContext& ctx, const ParsedArgs& args)
{
    std::optional<LeadImportOptions> options = optionsFrom(ctx, args);
    if (!options)
        return ctx.exitCode();
    const QString file = args.positional().value(0);
    if (!QFileInfo(file).isFile())
        return ctx.fail(ExitCode::NotFound, CliText::tr("No such file: %1").arg(file));
    // An .xlsx sheet becomes CSV text in memory here, before the passphrase is asked for.
    std::optional<LeadFileSource> source = take(ctx, openLeadFile(file));
    if (!source)
        return ctx.exitCode();
    Profile* profile = ctx.profile();
    if (!profile)
        return ctx.exitCode();
    const std::optional<LeadImportReport> report =
        take(ctx, LeadImporter(profile->store()).importDevice(*source->device, source->size, *options));
    if (!report)
        return ctx.exitCode();
    if (ctx.json())
        JsonOutput::print(reportJson(file, *report));
    else
        printReport(ctx, *report);
    if (report->error.code != ErrorCode::Ok)
        return ctx.fail(makeError(
            report->error.code,
            CliText::tr("Import stopped at line %1: %2. The rows before it are saved; importing the file "
                        "again continues without duplicating them.")
                .arg(report->stoppedAtLine)
                .arg(report->error.message)));
    return 0;
}

} // namespace

CommandGroup importGroup()
{
    return {
        QStringLiteral("import"),
        CliText::tr("Import leads from ad-platform and lead-form exports."),
        {
            {QStringLiteral("leads"),
             QStringLiteral("FILE"),
             1,
             1,
             CliText::tr(
                 "Import leads from a CSV file (UTF-8 or GBK/GB18030, detected) or the first sheet of an "
                 ".xlsx workbook: deduplicates by mobile "
                 "and WeChat ID, merges duplicates, rejects rows without either, allocates new leads. "
                 "Importing the same file again changes nothing."),
             {
                 opt("map", "COLUMN=FIELD",
                     CliText::tr(
                         "Map a column to name, phone, wechat, nickname, source, city, intent, created, "
                         "notes or ignore; repeat for several columns."),
                     true),
                 opt("source", "CHANNEL", CliText::tr("Source channel for rows that have none.")),
                 opt("allocate", "STRATEGY",
                     CliText::tr("Owners of new leads: round-robin, city or load (default: you).")),
                 opt("guides", "ID,ID",
                     CliText::tr("Staff ids to allocate to (default: every active guide).")),
                 opt("city", "CITY=ID,ID",
                     CliText::tr(
                         "With --allocate city: guides for a city (default: the guides of the stores in "
                         "that city); repeatable."),
                     true),
                 opt("rejected-out", "FILE",
                     CliText::tr("Write rejected rows with their reason to this CSV file (UTF-8 with BOM).")),
                 opt("encoding", "NAME", CliText::tr("Force the file's encoding (UTF-8, GB18030, ...).")),
                 opt("batch-size", "N", CliText::tr("Rows per transaction (default 50000).")),
                 jsonOption(),
             },
             leads},
        }};
}

} // namespace ll::cli
