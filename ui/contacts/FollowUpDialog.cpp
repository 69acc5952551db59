#include "contacts/FollowUpDialog.h"

#include "util/DisplayNames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace ll::ui {

FollowUpDialog::FollowUpDialog(const QString& contactName, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Follow-up with %1").arg(contactName));
    m_kind = new QComboBox;
    for (FollowUpKind k :
         {FollowUpKind::Call, FollowUpKind::Chat, FollowUpKind::Visit, FollowUpKind::Message})
        m_kind->addItem(DisplayNames::followUpKind(k), toCode(k));
    m_outcome = new QComboBox;
    m_outcome->setEditable(true);
    m_outcome->addItems({QString(), tr("Interested"), tr("No answer"), tr("Call back later"),
                         tr("Not interested"), tr("Bought")});
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("followUpNote"));
    m_note->setPlaceholderText(tr("What was said? (optional)"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(buttons);
    setMinimumWidth(420);
    m_note->setFocus();
}

FollowUpInput FollowUpDialog::input(const QString& contactId) const
{
    FollowUpInput in;
    in.contactId = contactId;
    in.kind = m_kind->currentData().toString();
    in.outcome = m_outcome->currentText().trimmed();
    in.note = m_note->text().trimmed();
    in.happenedAt = QDateTime::currentDateTimeUtc();
    return in;
}

} // namespace ll::ui
