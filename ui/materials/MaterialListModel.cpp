#include "materials/MaterialListModel.h"

#include "library/BlobStore.h"
#include "library/MaterialLibrary.h"
#include "materials/Thumbnailer.h"

#include <QFutureWatcher>
#include <QHash>
#include <QPainter>
#include <QTimer>
#include <QtConcurrent>

namespace ll::ui {

namespace {
constexpr int CacheKiB = 64 * 1024;                    // about 1000 thumbnails
constexpr qint64 MaxPreviewBytes = 40LL * 1024 * 1024; // larger files show their kind icon

QColor kindColor(MaterialKind kind)
{
    switch (kind) {
    case MaterialKind::Image:
        return QColor(0x3f, 0x8f, 0xd2);
    case MaterialKind::Video:
        return QColor(0x8e, 0x5c, 0xc8);
    case MaterialKind::Link:
        return QColor(0x2e, 0x9e, 0x8f);
    case MaterialKind::MiniProgram:
        return QColor(0x2a, 0xae, 0x67);
    case MaterialKind::Document:
        return QColor(0xd0, 0x5a, 0x3c);
    case MaterialKind::Poster:
        return QColor(0xd8, 0x9a, 0x1e);
    }
    return Qt::gray;
}
} // namespace

MaterialListModel::MaterialListModel(MaterialLibrary& library, QObject* parent)
    : QAbstractListModel(parent)
    , m_library(library)
    , m_thumbnails(CacheKiB)
    , m_watcher(new QFutureWatcher<QImage>(this))
{
    connect(m_watcher, &QFutureWatcher<QImage>::finished, this, [this] {
        const Job done = m_running;
        m_running = Job{};
        finish(done.key, m_watcher->future().isValid() ? m_watcher->result() : QImage());
        startNext();
    });
}

MaterialListModel::~MaterialListModel()
{
    // A running draw holds only its own copy of the bytes; wait so no worker outlives the model.
    m_watcher->waitForFinished();
}

QString MaterialListModel::kindName(MaterialKind kind)
{
    switch (kind) {
    case MaterialKind::Image:
        return tr("Image");
    case MaterialKind::Video:
        return tr("Video");
    case MaterialKind::Link:
        return tr("Link");
    case MaterialKind::MiniProgram:
        return tr("Mini program");
    case MaterialKind::Document:
        return tr("Document");
    case MaterialKind::Poster:
        return tr("Poster");
    }
    return {};
}

QPixmap MaterialListModel::kindIcon(MaterialKind kind)
{
    static QHash<int, QPixmap> icons;
    auto it = icons.find(int(kind));
    if (it != icons.end())
        return *it;
    QPixmap pixmap(thumbnails::Edge, thumbnails::Edge);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF tile(14, 8, thumbnails::Edge - 28, thumbnails::Edge - 16);
    p.setPen(Qt::NoPen);
    p.setBrush(kindColor(kind).lighter(165));
    p.drawRoundedRect(tile, 10, 10);
    p.setBrush(kindColor(kind));
    p.drawRoundedRect(QRectF(tile.left(), tile.bottom() - 34, tile.width(), 34), 10, 10);
    p.drawRect(QRectF(tile.left(), tile.bottom() - 34, tile.width(), 12));
    QFont f = p.font();
    f.setBold(true);
    f.setPixelSize(13);
    p.setFont(f);
    p.setPen(Qt::white);
    const QRectF band(tile.left() + 4, tile.bottom() - 34, tile.width() - 8, 34);
    p.drawText(band, Qt::AlignCenter,
               QFontMetrics(f).elidedText(kindName(kind), Qt::ElideRight, int(band.width())));
    p.end();
    icons.insert(int(kind), pixmap);
    return pixmap;
}

void MaterialListModel::reset(QList<Material> materials)
{
    beginResetModel();
    m_materials = std::move(materials);
    m_failed.clear(); // a file downloaded since (sync) may draw now
    endResetModel();
}

const Material* MaterialListModel::materialAt(int row) const
{
    return row >= 0 && row < m_materials.size() ? &m_materials[row] : nullptr;
}

int MaterialListModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_materials.size(); ++i)
        if (m_materials[i].id == id)
            return i;
    return -1;
}

MaterialListModel::Job MaterialListModel::jobFor(const Material& m)
{
    Job job;
    job.materialId = m.id;
    job.cover = thumbnails::previewFromCover(m);
    job.key = job.cover ? m.coverSha256 : m.sha256;
    job.mimeType = job.cover ? QStringLiteral("image/*") : m.mimeType;
    return job;
}

bool MaterialListModel::hasThumbnail(const QString& id) const
{
    const int row = rowOf(id);
    return row >= 0 && m_thumbnails.contains(jobFor(m_materials[row]).key);
}

bool MaterialListModel::thumbnailsIdle() const
{
    return m_queue.isEmpty() && m_running.key.isEmpty();
}

void MaterialListModel::requestThumbnail(int row)
{
    const Material* m = materialAt(row);
    if (!m || !thumbnails::hasPreview(*m))
        return;
    const Job job = jobFor(*m);
    if (job.key.isEmpty() || m_thumbnails.contains(job.key) || m_failed.contains(job.key) ||
        m_queuedKeys.contains(job.key))
        return;
    m_queuedKeys.insert(job.key);
    m_queue.append(job);
    // Not from inside data(): the view may be painting; read the store on the next turn of the event loop.
    QTimer::singleShot(0, this, &MaterialListModel::startNext);
}

void MaterialListModel::startNext()
{
    if (!m_running.key.isEmpty() || m_queue.isEmpty())
        return;
    const Job job = m_queue.takeFirst();
    auto bytes = m_library.content(job.materialId, MaxPreviewBytes, job.cover);
    if (!bytes.ok()) {
        finish(job.key, {});
        QTimer::singleShot(0, this, &MaterialListModel::startNext);
        return;
    }
    m_running = job;
    m_watcher->setFuture(QtConcurrent::run(
        [data = std::move(bytes.value()), mime = job.mimeType] { return thumbnails::render(data, mime); }));
}

void MaterialListModel::finish(const QString& key, const QImage& image)
{
    m_queuedKeys.remove(key);
    if (image.isNull()) {
        m_failed.insert(key);
        return;
    }
    auto* pixmap = new QPixmap(QPixmap::fromImage(image));
    (void)m_thumbnails.insert(key, pixmap, qMax(1, int(qint64(image.width()) * image.height() * 4 / 1024)));
    for (int i = 0; i < m_materials.size(); ++i) {
        if (jobFor(m_materials[i]).key == key) {
            const QModelIndex idx = index(i, 0);
            emit dataChanged(idx, idx, {Qt::DecorationRole, HasThumbnailRole});
            emit thumbnailReady(m_materials[i].id);
        }
    }
}

int MaterialListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_materials.size());
}

QVariant MaterialListModel::data(const QModelIndex& index, int role) const
{
    const Material* m = materialAt(index.row());
    if (!m)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1\n%n use(s)", nullptr, m->usageCount).arg(m->title);
    case Qt::DecorationRole: {
        const QString key = jobFor(*m).key;
        if (!key.isEmpty())
            if (const QPixmap* thumb = m_thumbnails.object(key))
                return *thumb;
        // The view asks for what it shows, so only visible cells are drawn.
        const_cast<MaterialListModel*>(this)->requestThumbnail(index.row());
        return kindIcon(m->kind);
    }
    case Qt::ToolTipRole: {
        QStringList lines{QStringLiteral("<b>%1</b>").arg(m->title.toHtmlEscaped()), kindName(m->kind)};
        if (!m->fileName.isEmpty())
            lines << QStringLiteral("%1 · %2").arg(m->fileName.toHtmlEscaped(), formatBytes(m->size));
        if (!m->url.isEmpty())
            lines << m->url.toHtmlEscaped();
        if (!m->description.isEmpty())
            lines << m->description.toHtmlEscaped();
        lines << tr("Used %n time(s)", nullptr, m->usageCount);
        if (m->isTeamMaterial())
            lines << tr("Team material");
        return lines.join(QStringLiteral("<br>"));
    }
    case IdRole:
        return m->id;
    case KindRole:
        return toCode(m->kind);
    case UsageRole:
        return m->usageCount;
    case HasThumbnailRole:
        return m_thumbnails.contains(jobFor(*m).key);
    default:
        return {};
    }
}

} // namespace ll::ui
