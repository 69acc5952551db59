#pragma once

#include "domain/Contact.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QToolButton;

namespace ll::ui {

// The editable profile of one contact. Validates as the user types: a bad phone or birthday is
// highlighted with the reason next to the field and blocks saving; nothing is silently dropped.
class ContactProfileForm : public QWidget
{
    Q_OBJECT

public:
    explicit ContactProfileForm(QWidget* parent = nullptr);

    void load(const Contact& contact);
    void clear();
    bool isDirty() const { return m_dirty; }
    // Validates every field; on success fills `input` with the changed profile.
    bool collect(ContactInput& input);
    // Shows an error the repository reported (it names the field) when no inline check caught it.
    void showSaveError(const QString& message);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* phoneEdit() const { return m_phones; }
    QLineEdit* birthdayEdit() const { return m_birthday; }
    QLabel* phoneError() const { return m_phoneError; }
    QLabel* birthdayError() const { return m_birthdayError; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    void revealPhones();

signals:
    void dirtyChanged(bool dirty);

private:
    void markDirty();
    bool validatePhones();
    bool validateBirthday();
    bool validateName();
    static void setFieldError(QWidget* field, QLabel* label, const QString& reason);

    Contact m_contact;
    bool m_loading = false;
    bool m_dirty = false;
    bool m_phonesRevealed = false;
    QLineEdit* m_name;
    QLabel* m_nameError;
    QLineEdit* m_nickname;
    QLineEdit* m_wechat;
    QLineEdit* m_phones;
    QToolButton* m_reveal;
    QLabel* m_phoneError;
    QComboBox* m_gender;
    QLineEdit* m_birthday;
    QLabel* m_birthdayError;
    QLineEdit* m_city;
    QComboBox* m_source;
    QComboBox* m_stage;
    QComboBox* m_intent;
    QSpinBox* m_points;
    QPlainTextEdit* m_notes;
    QLabel* m_saveError;
};

} // namespace ll::ui
