#pragma once

#include "contacts/SavedSegments.h"
#include "domain/ContactQuery.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QToolButton;

namespace ll::ui {

class ContactDetailPane;
class ContactListModel;
class Session;
class TagFilterPanel;

// Tag panel | contact list with search and filters | detail pane. Used for "Contacts" and, with the
// stage fixed to "lead", for "Leads".
class ContactsPage : public QWidget
{
    Q_OBJECT

public:
    ContactsPage(Session& session, const QString& settingsKey, const QString& fixedStage = {},
                 QWidget* parent = nullptr);

    // How long typing must pause before the list is re-queried: one query per word, not per letter.
    static constexpr int SearchDebounceMs = 150;

    QLineEdit* searchEdit() const { return m_search; }
    ContactListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    ContactDetailPane* detail() const { return m_detail; }
    TagFilterPanel* tagPanel() const { return m_tagPanel; }
    QComboBox* stageFilter() const { return m_stage; }

    ContactQuery currentQuery() const;
    void applyNow(); // runs the pending debounced search at once
    void applySegment(const Segment& segment);
    Status saveSegment(const QString& name);
    void focusSearch();
    void newContact();
    void selectRelative(int delta);
    void selectContact(const QString& contactId);
    bool confirmLeave();
    void saveLayout() const;
    void refresh();

signals:
    void segmentsChanged();
    void importRequested(); // "Import leads…" (the main window owns the wizard)
    void countsChanged();

private:
    void scheduleSearch();
    void onCurrentChanged(const QModelIndex& current);
    void askSegmentName();
    void restoreLayout();

    Session& m_session;
    QString m_settingsKey;
    QString m_fixedStage;
    QTimer m_debounce;
    QLineEdit* m_search;
    QComboBox* m_stage;
    QToolButton* m_reveal;
    QLabel* m_count;
    QTableView* m_view;
    ContactListModel* m_model;
    TagFilterPanel* m_tagPanel;
    ContactDetailPane* m_detail;
    QSplitter* m_splitter;
    QString m_currentId;
    bool m_reverting = false;
};

} // namespace ll::ui
