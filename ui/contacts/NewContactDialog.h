#pragma once

#include "domain/Contact.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ll::ui {

class Session;

// Ctrl+N: the few fields a guide has at hand when a customer walks in. Everything else is edited in the
// detail pane afterwards. Bad input stays in the dialog with the reason shown; nothing is dropped.
class NewContactDialog : public QDialog
{
    Q_OBJECT

public:
    NewContactDialog(Session& session, const QString& defaultStage, QWidget* parent = nullptr);

    Contact created() const { return m_created; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QLabel* errorLabel() const { return m_error; }
    void submit();

private:
    Session& m_session;
    QLineEdit* m_name;
    QLineEdit* m_nickname;
    QLineEdit* m_phone;
    QComboBox* m_stage;
    QLabel* m_error;
    Contact m_created;
};

} // namespace ll::ui
