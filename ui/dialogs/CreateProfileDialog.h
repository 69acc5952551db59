#pragma once

#include "app/ProfileTask.h"
#include "crypto/KdfParams.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ll::ui {

// First run: explains in plain words how the customer data will be locked, then creates the
// encrypted profile. Never shown when a profile exists (Profile::create would refuse anyway).
class CreateProfileDialog : public QDialog
{
    Q_OBJECT

public:
    CreateProfileDialog(QString profileDir, KdfParams kdf, QWidget* parent = nullptr);

    std::unique_ptr<Profile> takeProfile() { return std::move(m_profile); }

    QLineEdit* passphraseEdit() const { return m_pass; }
    QLineEdit* confirmEdit() const { return m_confirm; }
    QCheckBox* passphraseBox() const { return m_usePass; }
    QCheckBox* keychainBox() const { return m_useKeychain; }
    QPushButton* createButton() const { return m_create; }
    QLabel* messageLabel() const { return m_message; }

private:
    void updateState();
    void create();

    QString m_dir;
    KdfParams m_kdf;
    QCheckBox* m_usePass;
    QLineEdit* m_pass;
    QLineEdit* m_confirm;
    QCheckBox* m_useKeychain;
    QLabel* m_message;
    QPushButton* m_create;
    std::unique_ptr<Profile> m_profile;
};

} // namespace ll::ui
