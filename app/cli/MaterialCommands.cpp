#include "CliText.h"
#include "CommandGroups.h"
#include "CommandSupport.h"
#include "JsonOutput.h"
#include "LibrarySupport.h"
#include "Table.h"
#include "library/MaterialLibrary.h"
#include "store/Store.h"

#include <QFileInfo>
#include <QJsonObject>

namespace ll::cli {

namespace {

QJsonObject materialJson(const Material& m)
{
    QJsonObject out;
    out[QStringLiteral("id")] = m.id;
    out[QStringLiteral("kind")] = toCode(m.kind);
    out[QStringLiteral("title")] = m.title;
    out[QStringLiteral("description")] = jsonText(m.description);
    out[QStringLiteral("category")] = jsonText(m.category);
    out[QStringLiteral("tags")] = jsonList(m.tags);
    out[QStringLiteral("url")] = jsonText(m.url);
    out[QStringLiteral("app_id")] = jsonText(m.appId);
    out[QStringLiteral("page_path")] = jsonText(m.pagePath);
    out[QStringLiteral("file_name")] = jsonText(m.fileName);
    out[QStringLiteral("mime_type")] = jsonText(m.mimeType);
    out[QStringLiteral("sha256")] = jsonText(m.sha256);
    out[QStringLiteral("size")] = m.size;
    out[QStringLiteral("team")] = m.isTeamMaterial();
    out[QStringLiteral("owner_id")] = jsonText(m.ownerId);
    out[QStringLiteral("usage_count")] = m.usageCount;
    out[QStringLiteral("created_at")] = jsonTime(m.createdAt);
    out[QStringLiteral("updated_at")] = jsonTime(m.updatedAt);
    return out;
}

QString sizeText(qint64 bytes)
{
    if (bytes <= 0)
        return QStringLiteral("-");
    if (bytes < 1024)
        return CliText::tr("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return CliText::tr("%1 KB").arg(double(bytes) / 1024.0, 0, 'f', 1);
    return CliText::tr("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

int add(CliContext& ctx, const ParsedArgs& args)
{
    if (!args.isSet(QStringLiteral("kind")))
        return ctx.usage(CliText::tr("material add needs --kind (%1).").arg(materialKindCodes().join(QStringLiteral(", "))));
    MaterialInput input;
    input.kind = args.value(QStringLiteral("kind"));
    const std::optional<MaterialKind> kind = materialKindFromCode(*input.kind);
    if (!kind)
        return ctx.fail(ExitCode::InvalidInput, CliText::tr("--kind: expected one of %1, got '%2'.")
                                                    .arg(materialKindCodes().join(QStringLiteral(", ")),
                                                         forTerminal(input.kind->left(20))));
    const bool withFile = !args.positional().isEmpty();
    const bool needsFile = *kind != MaterialKind::Link && *kind != MaterialKind::MiniProgram;
    if (needsFile && !withFile)
        return ctx.usage(CliText::tr("material add --kind %1 needs a FILE.").arg(toCode(*kind)));
    if (*kind == MaterialKind::Link && !args.isSet(QStringLiteral("url")))
        return ctx.usage(CliText::tr("material add --kind link needs --url URL."));
    if (withFile) {
        input.filePath = args.positional().at(0);
        const QFileInfo info(input.filePath);
        if (!info.exists())
            return ctx.fail(ExitCode::NotFound, CliText::tr("No such file: %1").arg(forTerminal(input.filePath)));
        if (!info.isFile() || !info.isReadable())
            return ctx.fail(ExitCode::Other, CliText::tr("Cannot read %1.").arg(forTerminal(input.filePath)));
    }
    if (const auto v = args.optional(QStringLiteral("title")))
        input.title = *v;
    if (const auto v = args.optional(QStringLiteral("description")))
        input.description = *v;
    if (const auto v = args.optional(QStringLiteral("category")))
        input.category = *v;
    if (const auto v = args.optional(QStringLiteral("url")))
        input.url = *v;
    if (const auto v = args.optional(QStringLiteral("app-id")))
        input.appId = *v;
    if (const auto v = args.optional(QStringLiteral("page-path")))
        input.pagePath = *v;
    input.tags = nonEmptyValues(args, QStringLiteral("tag"));
    const std::optional<Actor> actor = cliActor(ctx);
    if (!actor)
        return ctx.exitCode();
    const std::optional<Material> material =
        take(ctx, MaterialLibrary(ctx.profile()->store(), *actor).add(input, args.isSet(QStringLiteral("team"))));
    if (!material)
        return ctx.exitCode();
    if (ctx.json())
        return JsonOutput::print(materialJson(*material));
    ctx.print(material->hasFile()
                  ? CliText::tr("Added %1 %2 (%3) %4.\n")
                        .arg(toCode(material->kind), forTerminal(material->title), sizeText(material->size),
                             material->id)
                  : CliText::tr("Added %1 %2 %3.\n").arg(toCode(material->kind), forTerminal(material->title), material->id));
    return 0;
}

int list(CliContext& ctx, const ParsedArgs& args)
{
    MaterialQuery query;
    query.search = args.value(QStringLiteral("search"));
    query.kind = args.value(QStringLiteral("kind"));
    query.category = args.value(QStringLiteral("category"));
    if (!query.kind.isEmpty() && !materialKindFromCode(query.kind))
        return ctx.fail(ExitCode::InvalidInput, CliText::tr("--kind: expected one of %1, got '%2'.")
                                                    .arg(materialKindCodes().join(QStringLiteral(", ")),
                                                         forTerminal(query.kind.left(20))));
    const std::optional<Actor> actor = cliActor(ctx);
    if (!actor)
        return ctx.exitCode();
    const std::optional<QList<Material>> materials =
        take(ctx, MaterialLibrary(ctx.profile()->store(), *actor).list(query));
    if (!materials)
        return ctx.exitCode();
    if (ctx.json())
        return JsonOutput::print({{QStringLiteral("materials"), JsonOutput::array(*materials, materialJson)}});
    if (materials->isEmpty()) {
        ctx.print(CliText::tr("No materials.\n"));
        return 0;
    }
    Table table({CliText::tr("ID"), CliText::tr("KIND"), CliText::tr("TITLE"), CliText::tr("FILE / URL"),
                 CliText::tr("SIZE"), CliText::tr("CATEGORY"), CliText::tr("TAGS"), CliText::tr("OWNER"),
                 CliText::tr("USES")});
    for (const Material& m : *materials)
        table.addRow({shortId(m.id), toCode(m.kind), m.title, orDash(m.fileName.isEmpty() ? m.url : m.fileName),
                      sizeText(m.size), orDash(m.category), orDash(m.tags.join(QStringLiteral(", "))),
                      m.isTeamMaterial() ? CliText::tr("team") : shortId(m.ownerId), QString::number(m.usageCount)});
    ctx.print(table.render());
    return 0;
}

int exportFile(CliContext& ctx, const ParsedArgs& args)
{
    if (!args.isSet(QStringLiteral("out")))
        return ctx.usage(CliText::tr("material export needs --out PATH."));
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty())
        return ctx.fail(ExitCode::InvalidInput, CliText::tr("--out must not be empty."));
    if (QFileInfo::exists(out) && !args.isSet(QStringLiteral("force")))
        return ctx.fail(ExitCode::AlreadyExists,
                        CliText::tr("%1 exists; pass --force to overwrite it.").arg(forTerminal(out)));
    const std::optional<Actor> actor = cliActor(ctx);
    if (!actor)
        return ctx.exitCode();
    MaterialLibrary library(ctx.profile()->store(), *actor);
    const Result<Material> exact = library.get(args.positional().at(0));
    std::optional<QString> id;
    if (exact.ok()) {
        id = exact->id;
    } else {
        const std::optional<QList<Material>> all = take(ctx, library.list());
        if (!all)
            return ctx.exitCode();
        QStringList ids;
        for (const Material& m : *all)
            ids << m.id;
        id = resolveIdPrefix(ctx, ids, args.positional().at(0), CliText::tr("material"));
    }
    if (!id)
        return ctx.exitCode();
    const std::optional<Material> material = take(ctx, library.get(*id));
    if (!material)
        return ctx.exitCode();
    if (!succeeded(ctx, library.exportTo(*id, out)))
        return ctx.exitCode();
    if (ctx.json())
        return JsonOutput::print({{QStringLiteral("id"), material->id},
                                  {QStringLiteral("path"), QFileInfo(out).absoluteFilePath()},
                                  {QStringLiteral("size"), material->size},
                                  {QStringLiteral("sha256"), material->sha256}});
    ctx.print(CliText::tr("Exported %1 (%2) to %3.\n")
                  .arg(forTerminal(material->title), sizeText(material->size), forTerminal(out)));
    return 0;
}

} // namespace

CommandGroup materialGroup()
{
    return {QStringLiteral("material"),
            CliText::tr("The material library (素材): images, videos, documents, posters and links. Files are stored "
                        "encrypted inside the profile, the same file once. You act as the profile's staff member "
                        "(init --staff) with that member's role; without one, as a guide. Team materials need a "
                        "manager or admin."),
            {
                {QStringLiteral("add"),
                 QStringLiteral("[FILE]"),
                 0,
                 1,
                 CliText::tr("Add a file (image, video, document, poster; at most 100 MB) or a link (--url)."),
                 {
                     valueOption("kind", "KIND",
                                 CliText::tr("image, video, document, poster, link or mini_program (required).")),
                     valueOption("title", "TEXT", CliText::tr("Title (default: the file name).")),
                     valueOption("description", "TEXT", CliText::tr("Description.")),
                     valueOption("category", "TEXT", CliText::tr("Category.")),
                     repeatableOption("tag", "TAG", CliText::tr("Tag (repeatable).")),
                     valueOption("url", "URL", CliText::tr("link: the address (required); mini_program: fallback page.")),
                     valueOption("app-id", "ID", CliText::tr("mini_program: app id (wx + 16 hex digits).")),
                     valueOption("page-path", "PATH", CliText::tr("mini_program: page path.")),
                     flagOption("team", CliText::tr("A team material (managers and admins); default: a personal one.")),
                     jsonOption(),
                 },
                 add},
                {QStringLiteral("list"),
                 QString(),
                 0,
                 0,
                 CliText::tr("List team materials and yours."),
                 {valueOption("search", "Q",
                              CliText::tr("Title, description, tags, category, file name; pinyin too.")),
                  valueOption("kind", "KIND", CliText::tr("Only this kind.")),
                  valueOption("category", "TEXT", CliText::tr("Only this category.")), jsonOption()},
                 list},
                {QStringLiteral("export"),
                 QStringLiteral("MATERIAL_ID"),
                 1,
                 1,
                 CliText::tr("Decrypt a material's file to PATH (verified against its SHA-256)."),
                 {valueOption("out", "PATH", CliText::tr("Where to write the file (required).")),
                  flagOption("force", CliText::tr("Overwrite PATH if it exists.")), jsonOption()},
                 exportFile},
            }};
}

} // namespace ll::cli
