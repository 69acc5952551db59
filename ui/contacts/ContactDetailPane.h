#pragma once

#include "domain/Contact.h"
#include "domain/FollowUp.h"

#include <QWidget>

class QFrame;
class QLabel;
class QListWidget;
class QPushButton;

namespace ll::ui {

class ContactProfileForm;
class Session;
class TagEditor;

// The right-hand pane: one customer's profile (editable), tags, purchases, follow-up timeline and a
// duplicate warning with a merge action. Profile edits are kept until saved; callers ask
// confirmLeave() before showing another contact so an edit is never lost by a click in the list.
class ContactDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit ContactDetailPane(Session& session, QWidget* parent = nullptr);

    void showContact(const QString& contactId);
    QString contactId() const { return m_contact.id; }
    bool isDirty() const;
    bool save();
    // True when it is fine to show something else: nothing unsaved, or the user saved or discarded.
    bool confirmLeave();
    // Opens the quick follow-up dialog (modal) and records the result.
    void addFollowUp();
    bool addFollowUp(const FollowUpInput& input);

    ContactProfileForm* form() const { return m_form; }
    TagEditor* tagEditor() const { return m_tags; }
    QListWidget* timeline() const { return m_timeline; }
    QPushButton* saveButton() const { return m_save; }
    QFrame* conflictBanner() const { return m_conflictBanner; }
    // "Taken over from X on <day>", shown when a transfer moved the customer to its owner.
    QLabel* takenOverLabel() const { return m_takenOver; }

    // Shows or hides the "notes were edited on two devices" banner (after a sync, or a decision elsewhere).
    void refreshConflicts();
    // Opens the notes conflict dialog for the shown contact; true when a decision was saved.
    bool reviewConflict();

signals:
    void contactChanged(const QString& contactId);
    void contactMerged(const QString& keptId, const QString& mergedId);
    // A notes conflict was resolved here: the status bar's count is out of date.
    void notesConflictsChanged();

private:
    void reloadHistory();
    void checkDuplicates();
    void mergeDuplicate();
    void updateHeader();

    Session& m_session;
    Contact m_contact;
    QString m_duplicateId;
    QWidget* m_body;
    QLabel* m_placeholder;
    QLabel* m_header;
    QLabel* m_takenOver;
    QFrame* m_duplicateBanner;
    QFrame* m_conflictBanner;
    QLabel* m_duplicateText;
    ContactProfileForm* m_form;
    QPushButton* m_save;
    QPushButton* m_revert;
    TagEditor* m_tags;
    QListWidget* m_purchases;
    QListWidget* m_timeline;
    QLabel* m_status;
};

} // namespace ll::ui
