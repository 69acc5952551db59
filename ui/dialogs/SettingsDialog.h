#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace ll::ui {

// Preferences that are not customer data and so may live in QSettings: language, idle lock, Today threshold,
// reminder notifications.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    static int idleLockMinutes();
    static void setIdleLockMinutes(int minutes);

    QComboBox* languageBox() const { return m_language; }
    QCheckBox* notifyBox() const { return m_notify; }
    // Stores the choices; returns true when the language changed (the window is then rebuilt).
    bool apply();

private:
    QComboBox* m_language;
    QSpinBox* m_idle;
    QSpinBox* m_dormant;
    QCheckBox* m_notify;
};

} // namespace ll::ui
