#pragma once

#include "domain/FollowUp.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace ll::ui {

// Logging a contact is the most frequent thing a guide does, so it is two keystrokes: the shortcut opens
// this with "Call" chosen and the cursor in the note, Enter saves. Kind and outcome are one Tab away.
class FollowUpDialog : public QDialog
{
    Q_OBJECT

public:
    FollowUpDialog(const QString& contactName, QWidget* parent = nullptr);

    FollowUpInput input(const QString& contactId) const;
    QComboBox* kindBox() const { return m_kind; }
    QComboBox* outcomeBox() const { return m_outcome; }
    QLineEdit* noteEdit() const { return m_note; }

private:
    QComboBox* m_kind;
    QComboBox* m_outcome;
    QLineEdit* m_note;
};

} // namespace ll::ui
