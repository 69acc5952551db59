#include "CliText.h"
#include "CommandGroups.h"
#include "CommandSupport.h"
#include "JsonOutput.h"
#include "domain/Enums.h"
#include "domain/TagRepository.h"
#include "importer/ContactExport.h"

#include <QSaveFile>

namespace ll::cli {

namespace {

OptionSpec opt(const char* name, const char* valueName, const QString& description, bool repeatable = false)
{
    return {QLatin1String(name), QLatin1String(valueName), description, repeatable};
}

int contacts(CliContext& ctx, const ParsedArgs& args)
{
    const auto format = exportFormatFromCode(args.value(QStringLiteral("format")));
    if (!args.isSet(QStringLiteral("format")) || !format)
        return ctx.usage(CliText::tr("export contacts needs --format csv or --format vcard."));
    const QString path = args.value(QStringLiteral("out"));
    if (path.isEmpty())
        return ctx.usage(CliText::tr("export contacts needs --out FILE."));
    ContactExportOptions options;
    options.format = *format;
    options.query.search = args.value(QStringLiteral("search"));
    options.query.stage = args.value(QStringLiteral("stage"));
    options.query.ownerId = args.value(QStringLiteral("owner"));
    options.query.storeId = args.value(QStringLiteral("store"));
    options.query.tagMode =
        args.isSet(QStringLiteral("any-tag")) ? ContactQuery::TagMode::Any : ContactQuery::TagMode::All;
    if (!options.query.stage.isEmpty() && !stageFromCode(options.query.stage))
        return ctx.fail(ExitCode::InvalidInput,
                        CliText::tr("--stage: expected one of %1, got '%2'.")
                            .arg(stageCodes().join(QStringLiteral(", ")), options.query.stage));
    Profile* profile = ctx.profile();
    if (!profile)
        return ctx.exitCode();
    TagRepository tags(profile->store());
    for (const QString& name : args.values(QStringLiteral("tag"))) {
        const std::optional<Tag> tag = take(ctx, tags.resolve(name, false));
        if (!tag)
            return ctx.exitCode();
        options.query.tagIds << tag->id;
    }
    // Written beside the target and renamed into place: a failed export never leaves half a file.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return ctx.fail(ExitCode::Other, CliText::tr("Cannot write %1: %2").arg(path, out.errorString()));
    const std::optional<qint64> count = take(ctx, exportContacts(profile->store(), options, out));
    if (!count) {
        out.cancelWriting();
        return ctx.exitCode();
    }
    if (!out.commit())
        return ctx.fail(ExitCode::Other, CliText::tr("Cannot write %1: %2").arg(path, out.errorString()));
    if (ctx.json())
        return JsonOutput::print({{QStringLiteral("file"), path},
                                  {QStringLiteral("format"), toCode(*format)},
                                  {QStringLiteral("contacts"), *count}});
    ctx.print(CliText::tr("Exported %1 contacts to %2.\n").arg(*count).arg(path));
    return 0;
}

} // namespace

CommandGroup exportGroup()
{
    return {
        QStringLiteral("export"),
        CliText::tr("Export contacts to CSV or vCard."),
        {
            {QStringLiteral("contacts"),
             QString(),
             0,
             0,
             CliText::tr("Export contacts (newest first) to CSV (UTF-8 with BOM, Chinese headers, formulas "
                         "neutralised) or vCard 4.0; filters combine with AND."),
             {
                 opt("format", "FORMAT", CliText::tr("csv or vcard (required).")),
                 opt("out", "FILE", CliText::tr("Output file (required).")),
                 opt("search", "TEXT", CliText::tr("Only contacts matching this search.")),
                 opt("tag", "TAG", CliText::tr("Only contacts with this tag; repeat: all of them."), true),
                 opt("any-tag", "", CliText::tr("With several --tag: any of them instead of all.")),
                 opt("stage", "STAGE", CliText::tr("Only this lifecycle stage.")),
                 opt("owner", "STAFF_ID", CliText::tr("Only contacts of this guide.")),
                 opt("store", "STORE_ID", CliText::tr("Only contacts of this store.")),
                 jsonOption(),
             },
             contacts},
        }};
}

} // namespace ll::cli
