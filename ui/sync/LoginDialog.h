#pragma once

#include <QDialog>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ll::ui {

class SyncController;

// Signs this profile in to the company's server: server address, organisation, user name and password;
// "Advanced" holds a private CA file and a public-key pin. Sign-in runs on the sync thread; errors are shown
// in the dialog, which stays open until sign-in succeeds or the user cancels.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(SyncController& controller, QWidget* parent = nullptr);

    QLineEdit* serverEdit() const { return m_server; }
    QLineEdit* orgEdit() const { return m_org; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* caFileEdit() const { return m_caFile; }
    QLineEdit* pinEdit() const { return m_pin; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* signInButton() const { return m_signIn; }

    void signIn();

private:
    void finished(bool ok, const QString& message, const QString& detail);

    SyncController& m_controller;
    QLineEdit* m_server;
    QLineEdit* m_org;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QGroupBox* m_advanced;
    QLineEdit* m_caFile;
    QLineEdit* m_pin;
    QLabel* m_error;
    QPushButton* m_signIn;
    bool m_waiting = false;
};

} // namespace ll::ui
