#pragma once

#include "domain/NotesConflicts.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextEdit;

namespace ll::ui {

// Both versions of a contact's notes side by side (read-only, lines only one side has are highlighted),
// an editable merged text pre-filled with both, and the three ways out: keep this device's version, keep the
// other, save the merged text. Esc (or closing) decides later: the conflict stays open.
class NotesConflictDialog : public QDialog
{
    Q_OBJECT

public:
    NotesConflictDialog(NotesConflicts& conflicts, const NotesConflict& conflict, QWidget* parent = nullptr);

    QTextEdit* currentView() const { return m_current; }
    QTextEdit* otherView() const { return m_other; }
    QPlainTextEdit* mergedEdit() const { return m_merged; }
    QPushButton* keepCurrentButton() const { return m_keepCurrent; }
    QPushButton* keepOtherButton() const { return m_keepOther; }
    QPushButton* saveMergedButton() const { return m_saveMerged; }
    QLabel* errorLabel() const { return m_error; }

private:
    void decide(NotesChoice choice);

    NotesConflicts& m_conflicts;
    NotesConflict m_conflict;
    QTextEdit* m_current;
    QTextEdit* m_other;
    QPlainTextEdit* m_merged;
    QPushButton* m_keepCurrent;
    QPushButton* m_keepOther;
    QPushButton* m_saveMerged;
    QLabel* m_error;
};

} // namespace ll::ui
