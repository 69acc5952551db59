#include "materials/Thumbnailer.h"

#include <QBuffer>
#include <QImageReader>

#ifdef LIULIANG_HAVE_QTPDF
#include <QEventLoop>
#include <QPainter>
#include <QPdfDocument>
#include <QTimer>
#endif

namespace ll::ui::thumbnails {

namespace {

bool isPdf(const QString& mimeType)
{
    return mimeType == QLatin1String("application/pdf");
}

QImage scaled(const QImage& image, int edge)
{
    if (image.isNull())
        return {};
    return image.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

QImage renderImage(const QByteArray& bytes, int edge)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    // Decode at thumbnail size when the format allows it: a 40-megapixel poster need not be decoded whole.
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > edge * 2 || size.height() > edge * 2))
        reader.setScaledSize(size.scaled(edge * 2, edge * 2, Qt::KeepAspectRatio));
    return scaled(reader.read(), edge);
}

#ifdef LIULIANG_HAVE_QTPDF
QImage renderPdf(const QByteArray& bytes, int edge)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer); // from memory: the decrypted document never touches the disk
    if (document.status() == QPdfDocument::Status::Loading) {
        QEventLoop loop;
        QObject::connect(&document, &QPdfDocument::statusChanged, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (document.status() != QPdfDocument::Status::Ready || document.pageCount() < 1)
        return {};
    const QSizeF points = document.pagePointSize(0);
    if (points.isEmpty())
        return {};
    const QSize size = points.scaled(edge, edge, Qt::KeepAspectRatio).toSize().expandedTo(QSize(1, 1));
    QImage page = document.render(0, size);
    if (page.isNull())
        return {};
    // Pages come with a transparent background; put them on white paper.
    QImage paper(page.size(), QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter painter(&paper);
    painter.drawImage(0, 0, page);
    painter.end();
    return paper;
}
#endif

} // namespace

bool pdfSupported()
{
#ifdef LIULIANG_HAVE_QTPDF
    return true;
#else
    return false;
#endif
}

bool previewFromCover(const Material& material)
{
    return !material.coverSha256.isEmpty() && !material.mimeType.startsWith(QLatin1String("image/"));
}

bool hasPreview(const Material& material)
{
    if (previewFromCover(material))
        return true;
    if (!material.hasFile())
        return false;
    return material.mimeType.startsWith(QLatin1String("image/")) ||
           (isPdf(material.mimeType) && pdfSupported());
}

QImage render(const QByteArray& bytes, const QString& mimeType, int edge)
{
    if (bytes.isEmpty())
        return {};
#ifdef LIULIANG_HAVE_QTPDF
    if (isPdf(mimeType))
        return renderPdf(bytes, edge);
#else
    if (isPdf(mimeType))
        return {};
#endif
    return renderImage(bytes, edge);
}

} // namespace ll::ui::thumbnails
