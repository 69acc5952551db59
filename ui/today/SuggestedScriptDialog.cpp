#include "today/SuggestedScriptDialog.h"

#include "app/Session.h"
#include "library/ScriptLibrary.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ll::ui {

QString SuggestedScriptDialog::productOf(const Reminder& reminder)
{
    return reminder.kind == RuleKind::RunOut ? reminder.subject : QString();
}

Result<QString> SuggestedScriptDialog::copyForCustomer(Session& session, const Actor& actor,
                                                       const Reminder& reminder)
{
    if (reminder.scriptId.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("This reminder's rule suggests no script."));
    ScriptLibrary library(session.store(), actor);
    auto used = library.use(reminder.scriptId, reminder.contactId, productOf(reminder));
    if (!used.ok())
        return used.error();
    QGuiApplication::clipboard()->setText(used->text);
    return used->text;
}

SuggestedScriptDialog::SuggestedScriptDialog(Session& session, const Actor& actor, const Reminder& reminder,
                                             QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_actor(actor)
    , m_reminder(reminder)
{
    setWindowTitle(tr("Suggested message for %1").arg(reminder.contactName));
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("suggestedScriptText"));
    m_text->setReadOnly(true);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("suggestedScriptProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_problem->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::AcceptRole);
    m_copy->setObjectName(QStringLiteral("copyScript"));
    m_copy->setDefault(true);
    connect(m_copy, &QPushButton::clicked, this, &SuggestedScriptDialog::copy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel;
    layout->addWidget(title);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(480, 300);

    ScriptLibrary library(session.store(), actor);
    if (auto script = library.get(reminder.scriptId); script.ok())
        title->setText(tr("<b>%1</b>").arg(script->title.toHtmlEscaped()));
    auto text = library.render(reminder.scriptId, reminder.contactId, productOf(reminder));
    if (text.ok()) {
        m_text->setPlainText(text.value());
    } else {
        // Never show a half-filled text that could be sent by mistake; say what is missing instead.
        m_problem->setText(text.message());
        m_problem->show();
        m_text->hide();
        m_copy->setEnabled(false);
    }
}

void SuggestedScriptDialog::copy()
{
    auto copied = copyForCustomer(m_session, m_actor, m_reminder);
    if (!copied.ok()) {
        m_problem->setText(copied.message());
        m_problem->show();
        return;
    }
    m_copied = copied.value();
    accept();
}

} // namespace ll::ui
