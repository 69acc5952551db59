#pragma once

#include "library/Material.h"

#include <QAbstractListModel>
#include <QCache>
#include <QPixmap>
#include <QSet>

template <typename T> class QFutureWatcher;

namespace ll {
class MaterialLibrary;
}

namespace ll::ui {

// The materials of the grid with their thumbnails. A thumbnail is made when its cell is first shown:
// the encrypted file is read on the UI thread (the store's connection belongs to it), decoded and scaled
// on a worker thread, and kept in a memory cache only; nothing decrypted is written anywhere.
class MaterialListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        KindRole,
        UsageRole,
        HasThumbnailRole
    };

    explicit MaterialListModel(MaterialLibrary& library, QObject* parent = nullptr);
    ~MaterialListModel() override;

    void reset(QList<Material> materials);
    const Material* materialAt(int row) const;
    int rowOf(const QString& id) const;
    bool hasThumbnail(const QString& id) const;
    bool thumbnailsIdle() const; // nothing queued or being drawn
    void requestThumbnail(int row);

    static QString kindName(MaterialKind kind);
    static QPixmap kindIcon(MaterialKind kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

signals:
    void thumbnailReady(const QString& materialId);

private:
    struct Job
    {
        QString key; // the content address the thumbnail is drawn from
        QString materialId;
        bool cover = false;
        QString mimeType;
    };
    static Job jobFor(const Material& material);
    void startNext();
    void finish(const QString& key, const QImage& image);

    MaterialLibrary& m_library;
    QList<Material> m_materials;
    QCache<QString, QPixmap> m_thumbnails; // cost in KiB
    QSet<QString> m_failed;
    QSet<QString> m_queuedKeys;
    QList<Job> m_queue;
    QFutureWatcher<QImage>* m_watcher;
    Job m_running;
};

} // namespace ll::ui
