#pragma once

#include "library/SensitiveWords.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ll::ui {

// The team's sensitive-word list (敏感词): managers and admins add and remove words; guides see the list.
class SensitiveWordsDialog : public QDialog
{
    Q_OBJECT

public:
    SensitiveWordsDialog(SensitiveWords& words, bool canEdit, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    QLineEdit* wordEdit() const { return m_word; }
    bool addWord(const QString& word);
    bool removeSelected();
    bool changed() const { return m_changed; }

private:
    void reload();
    void showError(const QString& message);

    SensitiveWords& m_words;
    QListWidget* m_list;
    QLineEdit* m_word;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_error;
    bool m_changed = false;
};

} // namespace ll::ui
