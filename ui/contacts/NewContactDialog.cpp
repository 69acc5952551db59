#include "contacts/NewContactDialog.h"

#include "app/Session.h"
#include "text/PhoneNumber.h"
#include "util/DisplayNames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace ll::ui {

NewContactDialog::NewContactDialog(Session& session, const QString& defaultStage, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("New contact"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("name"));
    m_nickname = new QLineEdit;
    m_phone = new QLineEdit;
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setPlaceholderText(tr("optional"));
    m_stage = new QComboBox;
    for (const QString& code : stageCodes())
        m_stage->addItem(DisplayNames::stageCode(code), code);
    m_stage->setCurrentIndex(qMax(0, m_stage->findData(defaultStage)));
    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setObjectName(QStringLiteral("error"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewContactDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_phone, &QLineEdit::textEdited, this, [this](const QString& text) {
        QString reason;
        if (!text.trimmed().isEmpty())
            if (auto p = PhoneNumber::parse(text); !p.ok())
                reason = p.message();
        m_error->setText(reason);
        m_phone->setStyleSheet(reason.isEmpty() ? QString() : QStringLiteral("border: 1px solid #c0392b;"));
    });

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("WeChat &nickname:"), m_nickname);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("Stage:"), m_stage);
    form->addRow(m_error);
    form->addRow(buttons);
    setMinimumWidth(380);
}

void NewContactDialog::submit()
{
    ContactInput in;
    in.name = m_name->text().trimmed();
    if (in.name->isEmpty()) {
        m_error->setText(tr("A name is needed, even just a surname like 王女士."));
        m_name->setFocus();
        return;
    }
    if (!m_nickname->text().trimmed().isEmpty())
        in.nickname = m_nickname->text().trimmed();
    if (!m_phone->text().trimmed().isEmpty())
        in.phones = QStringList{m_phone->text().trimmed()};
    in.stage = m_stage->currentData().toString();
    auto added = m_session.contacts().add(in);
    if (!added.ok()) {
        m_error->setText(added.message());
        return;
    }
    m_created = added.value();
    accept();
}

} // namespace ll::ui
