#pragma once

#include "domain/NotesConflicts.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace ll {
class Store;
}

namespace ll::ui {

// Every open notes conflict, one line per contact edit: review them one after another from here, or jump
// to the contact. Opened from the status bar's "N notes conflicts".
class ConflictListDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictListDialog(Store& store, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    QPushButton* reviewButton() const { return m_review; }
    QPushButton* showContactButton() const { return m_show; }
    int count() const;

    // Opens the review dialog for the selected conflict; true when a decision was saved.
    bool reviewSelected();

signals:
    void conflictResolved(const QString& contactId);
    void showContactRequested(const QString& contactId);

private:
    void reload();

    Store& m_store;
    QList<NotesConflict> m_conflicts;
    QListWidget* m_list;
    QLabel* m_empty;
    QPushButton* m_review;
    QPushButton* m_show;
};

} // namespace ll::ui
