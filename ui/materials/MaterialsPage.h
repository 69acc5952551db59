#pragma once

#include "library/Actor.h"
#include "library/MaterialLibrary.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QMimeData;
class QPushButton;

namespace ll::ui {

class CustomerPicker;
class MaterialListModel;
class Session;

// The material library (素材库): a grid of thumbnails with kind and text filters, adding files (dialog or
// drag-and-drop), links and mini-program cards, and the per-material actions Copy, Save as and Open, each
// recorded as a use (and a follow-up when a customer is picked). Decrypted bytes stay in memory: only
// Save as and Open write a file, to the place the user chose.
class MaterialsPage : public QWidget
{
    Q_OBJECT

public:
    explicit MaterialsPage(Session& session, QWidget* parent = nullptr);

    void refresh();
    void addFileDialog(const QString& path = {});
    void addLinkDialog();
    void addMiniProgramDialog();
    // Adds without a dialog; a refusal (too large, invalid) is shown in a message box.
    bool addMaterial(const MaterialInput& input, bool team = false);
    void addFiles(const QStringList& paths);

    void selectMaterial(const QString& id);
    QString currentMaterialId() const;
    bool copyCurrent();
    bool saveCurrentTo(const QString& path);   // Save as, after the user chose the path
    bool openCurrentFrom(const QString& path); // Open, after the user chose where the file goes
    void saveCurrentAs();
    void openCurrent();
    bool deleteCurrent();

    MaterialLibrary& library() { return m_lib; }
    MaterialListModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* kindFilter() const { return m_kind; }
    CustomerPicker* customerPicker() const { return m_picker; }
    QLabel* statusLabel() const { return m_status; }
    void applyFilterNow();

signals:
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // A material that arrived by sync has no file on this device until first used: downloads it now, with
    // a cancellable progress dialog. False (after telling the user) when it could not be fetched.
    bool ensureLocalFile(const Material& m);
    static QStringList localFiles(const QMimeData* mime);
    bool recordUse(const Material& material, const QString& action);
    void updateButtons();
    void say(const QString& message);

    Session& m_session;
    Actor m_actor;
    MaterialLibrary m_lib;
    QTimer m_debounce;
    QLineEdit* m_search;
    QComboBox* m_kind;
    QListView* m_view;
    MaterialListModel* m_model;
    CustomerPicker* m_picker;
    QPushButton* m_copy;
    QPushButton* m_saveAs;
    QPushButton* m_open;
    QPushButton* m_delete;
    QLabel* m_status;
};

} // namespace ll::ui
