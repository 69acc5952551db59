#include "import/LeadFileDropFilter.h"

#include "import/LeadImportWizard.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

namespace ll::ui {

LeadFileDropFilter::LeadFileDropFilter(QWidget* target)
    : QObject(target)
{
    target->setAcceptDrops(true);
    target->installEventFilter(this);
}

QString LeadFileDropFilter::leadFileOf(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    if (!url.isLocalFile() || !LeadImportWizard::isLeadFile(url.toLocalFile()))
        return {};
    return url.toLocalFile();
}

bool LeadFileDropFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        if (!leadFileOf(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto* drop = static_cast<QDropEvent*>(event);
        const QString path = leadFileOf(drop->mimeData());
        if (!path.isEmpty()) {
            drop->acceptProposedAction();
            emit fileDropped(path);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ll::ui
