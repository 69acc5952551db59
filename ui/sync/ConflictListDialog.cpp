#include "sync/ConflictListDialog.h"

#include "contacts/NotesConflictDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ll::ui {

namespace {

QString describe(const NotesConflict& c)
{
    QString line = c.contactName.isEmpty() ? ConflictListDialog::tr("(no name)") : c.contactName;
    if (c.editedAt.isValid())
        line += QStringLiteral(" · ") + QLocale().toString(c.editedAt.toLocalTime(), QLocale::ShortFormat);
    if (c.fromThisDevice)
        line += QStringLiteral(" · ") + ConflictListDialog::tr("this device");
    else if (!c.deviceId.isEmpty())
        line += QStringLiteral(" · ") + ConflictListDialog::tr("device %1").arg(c.deviceId);
    return line;
}

} // namespace

ConflictListDialog::ConflictListDialog(Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Notes conflicts"));
    auto* intro =
        new QLabel(tr("These customers’ notes were edited on two devices. Review each one to choose "
                      "which text stays; until then both are kept."));
    intro->setWordWrap(true);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_empty = new QLabel(tr("No notes conflicts left."));
    m_empty->setEnabled(false);
    m_review = new QPushButton(tr("&Review…"));
    m_review->setDefault(true);
    m_show = new QPushButton(tr("&Show contact"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_review, QDialogButtonBox::ActionRole);
    buttons->addButton(m_show, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_review, &QPushButton::clicked, this, &ConflictListDialog::reviewSelected);
    connect(m_list, &QListWidget::itemActivated, this, &ConflictListDialog::reviewSelected);
    connect(m_show, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0 || row >= m_conflicts.size())
            return;
        emit showContactRequested(m_conflicts.at(row).contactId);
        accept();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addWidget(buttons);
    resize(480, 360);
    reload();
}

int ConflictListDialog::count() const
{
    return int(m_conflicts.size());
}

void ConflictListDialog::reload()
{
    const int row = qMax(0, m_list->currentRow());
    m_list->clear();
    auto open = NotesConflicts(m_store).unseen();
    m_conflicts = open.ok() ? open.value() : QList<NotesConflict>();
    for (const NotesConflict& c : m_conflicts)
        m_list->addItem(describe(c));
    if (!open.ok())
        m_empty->setText(open.message());
    m_empty->setVisible(m_conflicts.isEmpty());
    m_review->setEnabled(!m_conflicts.isEmpty());
    m_show->setEnabled(!m_conflicts.isEmpty());
    if (!m_conflicts.isEmpty())
        m_list->setCurrentRow(qMin(row, int(m_conflicts.size()) - 1));
}

bool ConflictListDialog::reviewSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_conflicts.size())
        return false;
    NotesConflicts conflicts(m_store);
    // Re-read: a sync or the detail pane may have changed the notes since the list was shown.
    auto current = conflicts.get(m_conflicts.at(row).id);
    if (!current.ok()) {
        reload();
        return false;
    }
    NotesConflictDialog dialog(conflicts, current.value(), this);
    const bool decided = dialog.exec() == QDialog::Accepted;
    if (decided)
        emit conflictResolved(current->contactId);
    // The next one is selected, so walking through them is Enter, decide, Enter, decide…
    reload();
    return decided;
}

} // namespace ll::ui
