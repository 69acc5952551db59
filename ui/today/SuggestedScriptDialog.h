#pragma once

#include "library/Actor.h"
#include "reminders/Reminder.h"
#include "util/Result.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ll::ui {

class Session;

// The rule's suggested script, personalised for the reminder's customer, with Copy. Copying goes through
// ScriptLibrary::use() like the Scripts page: the use is counted and recorded as a follow-up, which in turn
// answers the reminder once the contact's reminders are recomputed (the Today page does that).
class SuggestedScriptDialog : public QDialog
{
    Q_OBJECT

public:
    SuggestedScriptDialog(Session& session, const Actor& actor, const Reminder& reminder,
                          QWidget* parent = nullptr);

    // Renders and records the use, puts the text on the clipboard; returns the copied text.
    static Result<QString> copyForCustomer(Session& session, const Actor& actor, const Reminder& reminder);
    // The product the script's {product} refers to: the run-out reminder's product, else the default.
    static QString productOf(const Reminder& reminder);

    QPlainTextEdit* textView() const { return m_text; }
    QPushButton* copyButton() const { return m_copy; }
    QString copiedText() const { return m_copied; }

private:
    void copy();

    Session& m_session;
    Actor m_actor;
    Reminder m_reminder;
    QPlainTextEdit* m_text;
    QLabel* m_problem;
    QPushButton* m_copy;
    QString m_copied;
};

} // namespace ll::ui
