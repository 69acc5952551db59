#pragma once

#include "library/Actor.h"
#include "reminders/ReminderRule.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ll::ui {

class Session;

// Lists the reminder rules (team and the guide's own) with add / edit / delete / enable, and opens the
// holiday list. changed() tells the caller to regenerate the reminders once the dialog closes.
class RulesDialog : public QDialog
{
    Q_OBJECT

public:
    RulesDialog(Session& session, const Actor& actor, QWidget* parent = nullptr);

    bool changed() const { return m_changed; }
    QTableWidget* table() const { return m_table; }
    const QList<ReminderRule>& rules() const { return m_rules; }

    void reload();
    void addRule();
    void editRule();
    bool deleteRule(bool ask = true);
    bool setEnabled(int row, bool on);
    void editHolidays();

private:
    const ReminderRule* currentRule() const;
    void updateButtons();
    static QString details(const ReminderRule& rule);

    Session& m_session;
    Actor m_actor;
    QList<ReminderRule> m_rules;
    bool m_changed = false;
    bool m_loading = false;
    QTableWidget* m_table;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QLabel* m_error;
};

} // namespace ll::ui
