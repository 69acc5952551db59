#pragma once

#include <QObject>

class QMimeData;
class QWidget;

namespace ll::ui {

// Lets a page take a lead file (.csv/.xlsx) dropped from the file manager: the Leads page opens the import
// wizard with it.
class LeadFileDropFilter : public QObject
{
    Q_OBJECT

public:
    explicit LeadFileDropFilter(QWidget* target);

    // The one local lead file the drag carries, or empty.
    static QString leadFileOf(const QMimeData* mime);

signals:
    void fileDropped(const QString& path);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace ll::ui
