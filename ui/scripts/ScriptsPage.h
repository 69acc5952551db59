#pragma once

#include "library/Actor.h"
#include "library/ScriptLibrary.h"
#include "library/SensitiveWords.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace ll::ui {

class CustomerPicker;
class ScriptEditor;
class ScriptListModel;
class Session;

// The script library (话术库): categories | scripts | editor with a live preview for a chosen customer.
// Copying checks sensitive words, records a follow-up on the customer and counts the use
// (ScriptLibrary::use).
class ScriptsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ScriptsPage(Session& session, QWidget* parent = nullptr);

    void refresh(); // scripts, placeholders and sensitive words from the store
    void selectScript(const QString& id);
    void newScript();
    bool save();
    bool deleteCurrent();    // asks first
    bool copyPersonalised(); // Ctrl+Shift+C
    bool confirmLeave();     // unsaved-edit guard; true when it is fine to move on
    void editSensitiveWords();
    void updateNow(); // runs the pending check and preview at once

    QString currentScriptId() const { return m_currentId; }
    ScriptLibrary& library() { return m_lib; }
    ScriptEditor* editor() const { return m_editor; }
    CustomerPicker* customerPicker() const { return m_picker; }
    QPlainTextEdit* preview() const { return m_preview; }
    QLabel* previewProblems() const { return m_previewProblems; }
    QLabel* statusLabel() const { return m_status; }
    QLineEdit* searchEdit() const { return m_search; }
    QListWidget* categoryList() const { return m_categories; }
    QListView* scriptList() const { return m_list; }
    ScriptListModel* model() const { return m_model; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* copyButton() const { return m_copy; }

signals:
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reloadList();
    void onCurrentChanged(const QModelIndex& current);
    void showScript(const QString& id);
    void updateChecks();
    void updatePreview();
    void updateButtons();
    void say(const QString& message);

    Session& m_session;
    Actor m_actor;
    ScriptLibrary m_lib;
    SensitiveWords m_words;
    QTimer m_searchDebounce;
    QTimer m_checkDebounce;
    QListWidget* m_categories;
    QLineEdit* m_search;
    QListView* m_list;
    ScriptListModel* m_model;
    ScriptEditor* m_editor;
    CustomerPicker* m_picker;
    QPlainTextEdit* m_preview;
    QLabel* m_previewProblems;
    QLabel* m_status;
    QPushButton* m_new;
    QPushButton* m_save;
    QPushButton* m_delete;
    QPushButton* m_copy;
    QString m_currentId;
    bool m_currentReadOnly = false;
    bool m_reverting = false;
};

} // namespace ll::ui
