#include "scripts/SensitiveWordsDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ll::ui {

SensitiveWordsDialog::SensitiveWordsDialog(SensitiveWords& words, bool canEdit, QWidget* parent)
    : QDialog(parent)
    , m_words(words)
{
    setWindowTitle(tr("Sensitive words"));
    auto* intro =
        new QLabel(tr("Scripts containing these words cannot be saved or copied. Chinese words match "
                      "anywhere, English words as whole words; case, full-width and traditional "
                      "forms are ignored."));
    intro->setWordWrap(true);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("sensitiveWordList"));
    m_word = new QLineEdit;
    m_word->setPlaceholderText(tr("New word, e.g. 加微信 or cashback"));
    m_add = new QPushButton(tr("&Add"));
    m_remove = new QPushButton(tr("&Remove"));
    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02020"));
    m_error->hide();

    auto* row = new QHBoxLayout;
    row->addWidget(m_word, 1);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    if (!canEdit) {
        const QString why = tr("Only managers and admins can change the team's sensitive words.");
        for (QWidget* w :
             {static_cast<QWidget*>(m_word), static_cast<QWidget*>(m_add), static_cast<QWidget*>(m_remove)}) {
            w->setEnabled(false);
            w->setToolTip(why);
        }
    }
    connect(m_add, &QPushButton::clicked, this, [this] { addWord(m_word->text()); });
    connect(m_word, &QLineEdit::returnPressed, this, [this] { addWord(m_word->text()); });
    connect(m_remove, &QPushButton::clicked, this, &SensitiveWordsDialog::removeSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(420, 440);
    reload();
}

void SensitiveWordsDialog::reload()
{
    m_list->clear();
    auto words = m_words.list();
    if (!words.ok()) {
        showError(words.message());
        return;
    }
    m_list->addItems(words.value());
}

void SensitiveWordsDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool SensitiveWordsDialog::addWord(const QString& word)
{
    if (word.trimmed().isEmpty())
        return false;
    const Status status = m_words.add(word.trimmed());
    if (!status.ok()) {
        showError(status.message());
        return false;
    }
    showError({});
    m_word->clear();
    m_changed = true;
    reload();
    return true;
}

bool SensitiveWordsDialog::removeSelected()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return false;
    const Status status = m_words.remove(item->text());
    if (!status.ok()) {
        showError(status.message());
        return false;
    }
    showError({});
    m_changed = true;
    reload();
    return true;
}

} // namespace ll::ui
