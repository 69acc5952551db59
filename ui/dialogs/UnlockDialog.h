#pragma once

#include "app/ProfileTask.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ll::ui {

// Shown at start and after the idle lock. Nothing of the customer data exists while it is open:
// the store is closed and the main window is destroyed before this dialog appears.
class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    UnlockDialog(QString profileDir, const QString& reason, QWidget* parent = nullptr);

    std::unique_ptr<Profile> takeProfile() { return std::move(m_profile); }
    // Tries the keychain once; on failure the passphrase stays available and the reason is shown.
    void tryKeychain();

    QLineEdit* passphraseEdit() const { return m_pass; }
    QPushButton* unlockButton() const { return m_unlock; }
    QLabel* messageLabel() const { return m_message; }

private:
    void unlockWithPassphrase();
    void finish(ProfileResult result);

    QString m_dir;
    bool m_hasPassphrase = false;
    bool m_hasKeychain = false;
    QLineEdit* m_pass;
    QPushButton* m_unlock;
    QPushButton* m_keychain;
    QLabel* m_message;
    std::unique_ptr<Profile> m_profile;
};

} // namespace ll::ui
