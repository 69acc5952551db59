#include "library/MaterialLibrary.h"

#include "domain/ContactRows.h"
#include "domain/FieldChanges.h"
#include "domain/FieldChecks.h"
#include "domain/FollowUpRepository.h"
#include "library/BlobStore.h"
#include "library/LibrarySearch.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "store/StoredClocks.h"
#include "store/Tombstone.h"
#include "store/Transaction.h"
#include "util/Ids.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QUrl>

namespace ll {

namespace {

// Messages of this file, filed under ll::MaterialLibrary for lupdate and at run time alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::MaterialLibrary)
};

constexpr int kMaxTitle = 100;
constexpr int kMaxDescription = 2000;
constexpr int kMaxCategory = 50;
constexpr int kMaxTag = 50;
constexpr int kMaxTags = 20;
constexpr int kMaxUrl = 2000;
constexpr int kMaxPagePath = 500;
constexpr int kMaxFileName = 255;

const char kColumns[] =
    "m.rowid, m.id, m.owner_id, m.kind, m.title, m.description, m.category, m.tags, m.url, m.app_id, "
    "m.page_path, "
    "m.file_name, m.mime_type, m.blob_sha256, m.cover_sha256, m.size, m.created_at, m.updated_at, "
    "(SELECT count(*) FROM material_usage u WHERE u.material_rowid = m.rowid)";

Material fromRow(const Statement& st)
{
    Material m;
    m.rowId = st.int64(0);
    m.id = st.text(1);
    m.ownerId = st.text(2);
    m.kind = materialKindFromCode(st.text(3)).value_or(MaterialKind::Document);
    m.title = st.text(4);
    m.description = st.text(5);
    m.category = st.text(6);
    m.tags = st.text(7).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    m.url = st.text(8);
    m.appId = st.text(9);
    m.pagePath = st.text(10);
    m.fileName = st.text(11);
    m.mimeType = st.text(12);
    m.sha256 = st.text(13);
    m.coverSha256 = st.text(14);
    m.size = st.int64(15);
    m.createdAt = QDateTime::fromMSecsSinceEpoch(st.int64(16), Qt::UTC);
    m.updatedAt = QDateTime::fromMSecsSinceEpoch(st.int64(17), Qt::UTC);
    m.usageCount = st.integer(18);
    return m;
}

bool needsFile(MaterialKind kind)
{
    return kind == MaterialKind::Image || kind == MaterialKind::Video || kind == MaterialKind::Document ||
           kind == MaterialKind::Poster;
}

void apply(Material& m, const MaterialInput& input)
{
    if (input.title)
        m.title = input.title->trimmed();
    if (input.description)
        m.description = input.description->trimmed();
    if (input.category)
        m.category = input.category->trimmed();
    if (input.tags) {
        m.tags.clear();
        for (const QString& t : *input.tags)
            if (!t.trimmed().isEmpty() && !m.tags.contains(t.trimmed()))
                m.tags << t.trimmed();
    }
    if (input.url)
        m.url = input.url->trimmed();
    if (input.appId)
        m.appId = input.appId->trimmed();
    if (input.pagePath)
        m.pagePath = input.pagePath->trimmed();
}

Status validate(const Material& m)
{
    LL_TRY(checkRequiredText(Text::tr("Title"), m.title, kMaxTitle));
    LL_TRY(checkText(Text::tr("Description"), m.description, kMaxDescription, TextShape::MultiLine));
    LL_TRY(checkText(Text::tr("Category"), m.category, kMaxCategory));
    if (m.tags.size() > kMaxTags)
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("A material can have at most %1 tags").arg(kMaxTags));
    for (const QString& tag : m.tags)
        LL_TRY(checkRequiredText(Text::tr("Tag"), tag, kMaxTag));
    LL_TRY(checkText(Text::tr("Address"), m.url, kMaxUrl));
    if (!m.url.isEmpty()) {
        const QUrl url(m.url, QUrl::StrictMode);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
            url.host().isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("%1 is not a web address (http:// or https://)").arg(m.url.left(100)));
    }
    if (m.kind == MaterialKind::Link && m.url.isEmpty())
        return makeError(ErrorCode::InvalidInput, Text::tr("A link needs its web address."));
    if (m.kind == MaterialKind::MiniProgram) {
        static const QRegularExpression appId(QStringLiteral("^wx[0-9a-f]{16}$"));
        if (!appId.match(m.appId).hasMatch())
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("A mini program needs its app id: wx followed by 16 hex digits, not %1")
                                 .arg(m.appId.left(40)));
        LL_TRY(checkRequiredText(Text::tr("Page path"), m.pagePath, kMaxPagePath));
        if (m.pagePath.contains(QLatin1Char(' ')) || m.pagePath.startsWith(QLatin1String("http")))
            return makeError(
                ErrorCode::InvalidInput,
                Text::tr("The page path is a path inside the mini program, e.g. pages/index/index"));
    }
    return {};
}

} // namespace

QString toCode(MaterialKind kind)
{
    switch (kind) {
    case MaterialKind::Image:
        return QStringLiteral("image");
    case MaterialKind::Video:
        return QStringLiteral("video");
    case MaterialKind::Link:
        return QStringLiteral("link");
    case MaterialKind::MiniProgram:
        return QStringLiteral("mini_program");
    case MaterialKind::Document:
        return QStringLiteral("document");
    case MaterialKind::Poster:
        return QStringLiteral("poster");
    }
    return {};
}

std::optional<MaterialKind> materialKindFromCode(const QString& code)
{
    for (MaterialKind k : {MaterialKind::Image, MaterialKind::Video, MaterialKind::Link,
                           MaterialKind::MiniProgram, MaterialKind::Document, MaterialKind::Poster})
        if (toCode(k) == code.trimmed().toLower())
            return k;
    return std::nullopt;
}

QStringList materialKindCodes()
{
    return {QStringLiteral("image"),        QStringLiteral("video"),    QStringLiteral("link"),
            QStringLiteral("mini_program"), QStringLiteral("document"), QStringLiteral("poster")};
}

QString toCode(MaterialAction action)
{
    switch (action) {
    case MaterialAction::Copy:
        return QStringLiteral("copy");
    case MaterialAction::Save:
        return QStringLiteral("save");
    case MaterialAction::Open:
        return QStringLiteral("open");
    case MaterialAction::Send:
        return QStringLiteral("send");
    }
    return {};
}

std::optional<MaterialAction> materialActionFromCode(const QString& code)
{
    for (MaterialAction a :
         {MaterialAction::Copy, MaterialAction::Save, MaterialAction::Open, MaterialAction::Send})
        if (toCode(a) == code.trimmed().toLower())
            return a;
    return std::nullopt;
}

MaterialLibrary::MaterialLibrary(Store& store, Actor actor)
    : m_store(store)
    , m_actor(std::move(actor))
{}

Result<Material> MaterialLibrary::add(const MaterialInput& input, bool team)
{
    if (team && !m_actor.canEditTeam())
        return makeError(ErrorCode::PermissionDenied,
                         Text::tr("Only managers and admins can add team materials."));
    if (!team && m_actor.staffId.isEmpty())
        return makeError(ErrorCode::PermissionDenied, Text::tr("Sign in before adding a personal material."));
    const auto kind = materialKindFromCode(input.kind.value_or(QString()));
    if (!kind)
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("Unknown material kind %1 (use one of: %2)")
                             .arg(input.kind.value_or(QString()).left(20), materialKindCodes().join(u", ")));
    Material m;
    m.id = newId();
    m.ownerId = team ? QString() : m_actor.staffId;
    m.kind = *kind;
    apply(m, input);
    if (needsFile(m.kind) && input.filePath.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("A material of kind %1 needs a file.").arg(toCode(m.kind)));
    if (!input.filePath.isEmpty()) {
        const QFileInfo info(input.filePath);
        m.fileName = info.fileName().left(kMaxFileName);
        if (m.title.isEmpty())
            m.title = info.completeBaseName().left(kMaxTitle);
        m.mimeType = QMimeDatabase().mimeTypeForFile(info).name();
    }
    LL_TRY(validate(m));

    Database& db = m_store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    BlobStore blobs(db);
    if (!input.filePath.isEmpty()) {
        auto blob = blobs.put(input.filePath, m_maxFileBytes);
        if (!blob.ok())
            return blob.error();
        m.sha256 = blob->sha256;
        m.size = blob->size;
    }
    if (!input.coverPath.isEmpty()) {
        auto cover = blobs.put(input.coverPath, m_maxFileBytes);
        if (!cover.ok())
            return cover.error();
        m.coverSha256 = cover->sha256;
    }
    FieldChanges changes(m_store, QString());
    changes.set(QStringLiteral("ownerId"), m.ownerId);
    changes.set(QStringLiteral("kind"), toCode(m.kind));
    changes.set(QStringLiteral("title"), m.title);
    changes.set(QStringLiteral("description"), m.description);
    changes.set(QStringLiteral("category"), m.category);
    changes.set(QStringLiteral("tags"), QJsonArray::fromStringList(m.tags));
    changes.set(QStringLiteral("url"), m.url);
    changes.set(QStringLiteral("appId"), m.appId);
    changes.set(QStringLiteral("pagePath"), m.pagePath);
    changes.set(QStringLiteral("fileName"), m.fileName);
    changes.set(QStringLiteral("mimeType"), m.mimeType);
    changes.set(QStringLiteral("sha256"), m.sha256);
    changes.set(QStringLiteral("coverSha256"), m.coverSha256);
    changes.set(QStringLiteral("size"), m.size);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m.createdAt = m.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    Statement& ins = db.cached(
        "INSERT INTO material (id, owner_id, kind, title, description, category, tags, url, app_id, "
        "page_path, "
        "file_name, mime_type, blob_sha256, cover_sha256, size, search_text, created_at, updated_at, clocks) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, m.id)
        .bind(2, m.ownerId)
        .bind(3, toCode(m.kind))
        .bind(4, m.title)
        .bind(5, m.description)
        .bind(6, m.category)
        .bind(7, m.tags.join(QLatin1Char('\n')))
        .bind(8, m.url)
        .bind(9, m.appId)
        .bind(10, m.pagePath)
        .bind(11, m.fileName)
        .bind(12, m.mimeType)
        .bind(13, m.sha256)
        .bind(14, m.coverSha256)
        .bind(15, m.size)
        .bind(16, library_search::searchText(
                      m.title, {m.description, m.tags.join(QLatin1Char(' ')), m.category, m.fileName}))
        .bind(17, now)
        .bind(18, now)
        .bind(19, changes.clocksText());
    LL_TRY(ins.exec());
    m.rowId = db.lastInsertRowId();
    LL_TRY(
        m_store.appendOutbox(QStringLiteral("material"), m.id, QStringLiteral("upsert"), changes.payload()));
    LL_TRY(tx.commit());
    return m;
}

Result<Material> MaterialLibrary::update(const QString& id, const MaterialInput& patch)
{
    Database& db = m_store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    auto current = get(id);
    if (!current.ok())
        return current.error();
    if (!m_actor.canEdit(current->ownerId))
        return makeError(ErrorCode::PermissionDenied,
                         current->isTeamMaterial() ? Text::tr("Team materials are read-only for guides.")
                                                   : Text::tr("This material belongs to another guide."));
    if ((patch.kind && materialKindFromCode(*patch.kind) != current->kind) || !patch.filePath.isEmpty() ||
        !patch.coverPath.isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            Text::tr("The kind and the file of a material cannot change; add a new material instead."));
    Material m = current.value();
    apply(m, patch);
    LL_TRY(validate(m));
    auto storedClocksText = storedClocks(db, "material", m.rowId);
    if (!storedClocksText.ok())
        return storedClocksText.error();
    FieldChanges changes(m_store, storedClocksText.value());
    auto note = [&](const char* field, const QJsonValue& oldValue, const QJsonValue& newValue) {
        if (oldValue != newValue)
            changes.set(QLatin1String(field), newValue);
    };
    const Material& before = current.value();
    note("title", before.title, m.title);
    note("description", before.description, m.description);
    note("category", before.category, m.category);
    note("tags", QJsonArray::fromStringList(before.tags), QJsonArray::fromStringList(m.tags));
    note("url", before.url, m.url);
    note("appId", before.appId, m.appId);
    note("pagePath", before.pagePath, m.pagePath);
    if (changes.isEmpty()) {
        LL_TRY(tx.commit());
        return m;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    Statement& upd =
        db.cached("UPDATE material SET title = ?, description = ?, category = ?, tags = ?, url = ?, "
                  "app_id = ?, page_path = ?, search_text = ?, updated_at = ?, clocks = ? WHERE rowid = ?");
    upd.bind(1, m.title)
        .bind(2, m.description)
        .bind(3, m.category)
        .bind(4, m.tags.join(QLatin1Char('\n')))
        .bind(5, m.url)
        .bind(6, m.appId)
        .bind(7, m.pagePath)
        .bind(8, library_search::searchText(
                     m.title, {m.description, m.tags.join(QLatin1Char(' ')), m.category, m.fileName}))
        .bind(9, now)
        .bind(10, changes.clocksText())
        .bind(11, m.rowId);
    LL_TRY(upd.exec());
    LL_TRY(
        m_store.appendOutbox(QStringLiteral("material"), m.id, QStringLiteral("upsert"), changes.payload()));
    LL_TRY(tx.commit());
    return m;
}

Status MaterialLibrary::remove(const QString& id)
{
    Database& db = m_store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    auto current = get(id);
    if (!current.ok())
        return current.error();
    if (!m_actor.canEdit(current->ownerId))
        return makeError(ErrorCode::PermissionDenied, Text::tr("You cannot delete this material."));
    LL_TRY(markDeleted(m_store, "material", current->rowId, current->id));
    return tx.commit();
}

Result<Material> MaterialLibrary::get(const QString& id)
{
    const QByteArray sql =
        QByteArray("SELECT ") + kColumns +
        " FROM material m WHERE m.id = ? AND m.deleted = 0 AND (m.owner_id = '' OR m.owner_id = ?)";
    Statement& st = m_store.db().cached(sql.constData());
    st.bind(1, id.trimmed().toLower()).bind(2, m_actor.staffId);
    auto row = st.step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::NotFound, Text::tr("No material with id %1").arg(id.left(64)));
    Material m = fromRow(st);
    st.reset();
    return m;
}

Result<QList<Material>> MaterialLibrary::list(const MaterialQuery& query)
{
    QByteArray sql = QByteArray("SELECT ") + kColumns +
                     " FROM material m WHERE m.deleted = 0 AND (m.owner_id = '' OR m.owner_id = ?1) "
                     "AND (?2 = '' OR m.kind = ?2) AND (?3 = '' OR m.category = ?3)";
    const QStringList patterns = library_search::likePatterns(query.search);
    for (int i = 0; i < patterns.size(); ++i)
        sql += " AND m.search_text LIKE ?" + QByteArray::number(4 + i) + " ESCAPE '\\'";
    sql += " ORDER BY m.updated_at DESC, m.id";
    Statement& st = m_store.db().cached(sql.constData());
    st.bind(1, m_actor.staffId).bind(2, query.kind.trimmed().toLower()).bind(3, query.category.trimmed());
    for (int i = 0; i < patterns.size(); ++i)
        st.bind(4 + i, patterns.at(i));
    QList<Material> out;
    while (true) {
        auto row = st.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        out << fromRow(st);
    }
    return out;
}

Status MaterialLibrary::exportTo(const QString& id, const QString& targetPath, bool cover)
{
    auto m = get(id);
    if (!m.ok())
        return m.error();
    const QString sha = cover ? m->coverSha256 : m->sha256;
    if (sha.isEmpty())
        return makeError(ErrorCode::NotFound,
                         cover ? Text::tr("This material has no cover image.")
                               : Text::tr("This material has no file (it is a %1).").arg(toCode(m->kind)));
    return BlobStore(m_store.db()).exportTo(sha, targetPath);
}

Result<QByteArray> MaterialLibrary::content(const QString& id, qint64 maxBytes, bool cover)
{
    auto m = get(id);
    if (!m.ok())
        return m.error();
    const QString sha = cover ? m->coverSha256 : m->sha256;
    if (sha.isEmpty())
        return makeError(ErrorCode::NotFound, Text::tr("This material has no file."));
    return BlobStore(m_store.db()).read(sha, maxBytes);
}

bool MaterialLibrary::hasLocalFile(const Material& material)
{
    return !material.hasFile() || BlobStore(m_store.db()).contains(material.sha256);
}

Result<MaterialUse> MaterialLibrary::recordUse(const QString& id, const QString& actionCode,
                                               const QString& contactId)
{
    const auto action = materialActionFromCode(actionCode);
    if (!action)
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("Unknown use %1 (copy, save, open or send)").arg(actionCode.left(20)));
    Database& db = m_store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    auto m = get(id);
    if (!m.ok())
        return m.error();
    MaterialUse use{newId(), {}};
    qint64 contactRow = 0;
    QString contactUuid;
    if (!contactId.trimmed().isEmpty()) {
        FollowUpInput input;
        input.contactId = contactId;
        input.kind = QStringLiteral("message");
        input.note = m->title;
        input.materialId = m->id;
        auto followUp = FollowUpRepository(m_store).add(input);
        if (!followUp.ok())
            return followUp.error();
        use.followUpId = followUp->id;
        contactUuid = followUp->contactId;
        auto row = contact_rows::resolve(db, contactUuid);
        if (!row.ok())
            return row.error();
        contactRow = row.value();
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Statement& ins =
        db.cached("INSERT INTO material_usage (id, material_rowid, contact_rowid, action, followup_id, "
                  "staff_id, used_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, use.usageId)
        .bind(2, m->rowId)
        .bind(3, contactRow)
        .bind(4, toCode(*action))
        .bind(5, use.followUpId)
        .bind(6, m_store.actorId())
        .bind(7, now);
    LL_TRY(ins.exec());
    const QJsonObject fields{
        {QStringLiteral("materialId"), m->id},          {QStringLiteral("contactId"), contactUuid},
        {QStringLiteral("action"), toCode(*action)},    {QStringLiteral("followUpId"), use.followUpId},
        {QStringLiteral("staffId"), m_store.actorId()}, {QStringLiteral("at"), now}};
    LL_TRY(m_store.appendOutbox(
        QStringLiteral("material_usage"), use.usageId, QStringLiteral("insert"),
        QJsonObject{{QStringLiteral("fields"), fields}, {QStringLiteral("c"), m_store.tick()}}));
    LL_TRY(tx.commit());
    return use;
}

Result<int> MaterialLibrary::storedBlobCount()
{
    return BlobStore(m_store.db()).count();
}

Result<int> MaterialLibrary::purgeUnusedFiles()
{
    if (!m_actor.canEditTeam())
        return makeError(ErrorCode::PermissionDenied,
                         Text::tr("Only managers and admins can purge unused files."));
    Transaction tx(m_store.db());
    LL_TRY(tx.beginStatus());
    auto purged = BlobStore(m_store.db()).purgeUnreferenced();
    if (!purged.ok())
        return purged.error();
    LL_TRY(tx.commit());
    return purged;
}

} // namespace ll
