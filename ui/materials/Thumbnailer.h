#pragma once

#include "library/Material.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace ll::ui::thumbnails {

inline constexpr int Edge = 128; // pixels; the grid shows thumbnails at this size

// Whether a thumbnail can be drawn for this material, and from which of its files.
bool hasPreview(const Material& material);
bool previewFromCover(const Material& material);
bool pdfSupported(); // built with QtPdf

// Draws the thumbnail from the decrypted bytes, in memory only. Safe to run off the UI thread: it touches
// no widget and no database. A null image when the bytes cannot be drawn.
QImage render(const QByteArray& bytes, const QString& mimeType, int edge = Edge);

} // namespace ll::ui::thumbnails
