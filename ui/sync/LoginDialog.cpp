#include "sync/LoginDialog.h"

#include "sync/SyncController.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace ll::ui {

namespace {
// The server address and organisation are not secrets and save typing on the next sign-in; the
// password is never stored (the engine keeps only the token, inside the encrypted store).
const QString kServerKey = QStringLiteral("sync/lastServer");
const QString kOrgKey = QStringLiteral("sync/lastOrg");
} // namespace

LoginDialog::LoginDialog(SyncController& controller, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setWindowTitle(tr("Sign in to the server"));
    QSettings settings;
    m_server = new QLineEdit(settings.value(kServerKey).toString());
    m_server->setPlaceholderText(QStringLiteral("https://scrm.example.com"));
    m_org = new QLineEdit(settings.value(kOrgKey).toString());
    m_user = new QLineEdit;
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);

    m_advanced = new QGroupBox(tr("Advanced (private servers)"));
    m_advanced->setCheckable(true);
    m_advanced->setChecked(false);
    m_caFile = new QLineEdit;
    m_caFile->setPlaceholderText(tr("Certificate authority file (PEM)"));
    auto* browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Certificate authority"), QString(),
                                                          tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    m_pin = new QLineEdit;
    m_pin->setPlaceholderText(QStringLiteral("sha256//…"));
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto* advanced = new QFormLayout(m_advanced);
    advanced->addRow(tr("CA file:"), caRow);
    advanced->addRow(tr("Public-key pin:"), m_pin);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Organisation:"), m_org);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_advanced);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    connect(&controller, &SyncController::loginFinished, this, &LoginDialog::finished);
    (m_server->text().isEmpty() ? m_server : m_user)->setFocus();
}

void LoginDialog::signIn()
{
    if (m_waiting)
        return;
    const QString server = m_server->text().trimmed();
    const QUrl url(server);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        finished(false, tr("The server address must start with https://"), {});
        return;
    }
    if (m_org->text().trimmed().isEmpty() || m_user->text().trimmed().isEmpty() ||
        m_password->text().isEmpty()) {
        finished(false, tr("Please fill in the organisation, user name and password."), {});
        return;
    }
    sync::ServerConfig config;
    config.url = server;
    if (m_advanced->isChecked()) {
        config.caFile = m_caFile->text().trimmed();
        config.pinnedPublicKey = m_pin->text().trimmed();
    }
    m_waiting = true;
    m_signIn->setEnabled(false);
    m_error->setStyleSheet(QString());
    m_error->setText(tr("Signing in…"));
    m_error->show();
    m_controller.login(config, m_org->text().trimmed(), m_user->text().trimmed(), m_password->text());
}

void LoginDialog::finished(bool ok, const QString& message, const QString& detail)
{
    m_waiting = false;
    m_signIn->setEnabled(true);
    if (ok) {
        QSettings settings;
        settings.setValue(kServerKey, m_server->text().trimmed());
        settings.setValue(kOrgKey, m_org->text().trimmed());
        m_password->clear();
        accept();
        return;
    }
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_error->setText(message);
    m_error->setToolTip(detail);
    m_error->show();
}

} // namespace ll::ui
