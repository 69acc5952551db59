#pragma once

#include "library/Actor.h"
#include "reminders/ReminderRule.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace ll::ui {

class Session;

// Adds or edits one reminder rule: every kind's settings, the scope (tags, stages, stores) and the
// suggested script. Only the fields the kind uses are shown. Saving goes through RuleRepository, whose
// validation errors are shown inline; the dialog stays open until the rule is saved.
class RuleEditDialog : public QDialog
{
    Q_OBJECT

public:
    RuleEditDialog(Session& session, const Actor& actor, const std::optional<ReminderRule>& rule,
                   QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* kindBox() const { return m_kind; }
    QSpinBox* leadDaysBox() const { return m_leadDays; }
    QSpinBox* thresholdBox() const { return m_threshold; }
    QComboBox* productBox() const { return m_product; }
    QComboBox* scriptBox() const { return m_script; }
    QLabel* errorLabel() const { return m_error; }
    // The saved rule, after accept().
    const ReminderRule& saved() const { return m_saved; }

    bool save();

private:
    void fillChoices();
    void showFieldsForKind();
    RuleInput input() const;

    Session& m_session;
    Actor m_actor;
    std::optional<ReminderRule> m_rule;
    ReminderRule m_saved;
    QFormLayout* m_form;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLabel* m_kindHelp;
    QSpinBox* m_leadDays;
    QSpinBox* m_threshold;
    QComboBox* m_product;
    QComboBox* m_holiday;
    QComboBox* m_dateField;
    QCheckBox* m_yearly;
    QListWidget* m_tags;
    QListWidget* m_stages;
    QListWidget* m_stores;
    QComboBox* m_script;
    QCheckBox* m_enabled;
    QCheckBox* m_team;
    QLabel* m_error;
};

} // namespace ll::ui
