#include "dialogs/UnlockDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ll::ui {

UnlockDialog::UnlockDialog(QString profileDir, const QString& reason, QWidget* parent)
    : QDialog(parent)
    , m_dir(std::move(profileDir))
{
    setWindowTitle(tr("Unlock Liuliang"));
    KeyVault vault(m_dir);
    m_hasPassphrase = vault.hasPassphrase();
    m_hasKeychain = vault.hasKeychain();

    auto* icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/lock.svg")).pixmap(48, 48));
    auto* title = new QLabel(reason.isEmpty() ? tr("Your customer data is locked.") : reason);
    title->setWordWrap(true);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    title->setFont(f);

    m_pass = new QLineEdit;
    m_pass->setEchoMode(QLineEdit::Password);
    m_pass->setPlaceholderText(tr("Passphrase"));
    m_pass->setObjectName(QStringLiteral("passphrase"));
    m_pass->setVisible(m_hasPassphrase);

    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));

    auto* buttons = new QDialogButtonBox;
    // Only the ways this profile can really be unlocked get a button (the button box would re-show
    // a hidden one).
    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_unlock->setDefault(true);
    m_keychain = new QPushButton(tr("Use &keychain"), this);
    if (m_hasPassphrase)
        buttons->addButton(m_unlock, QDialogButtonBox::AcceptRole);
    else
        m_unlock->hide();
    if (m_hasKeychain)
        buttons->addButton(m_keychain, QDialogButtonBox::ActionRole);
    else
        m_keychain->hide();
    buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockDialog::unlockWithPassphrase);
    connect(m_keychain, &QPushButton::clicked, this, &UnlockDialog::tryKeychain);

    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(title, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pass);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(400);
    if (!m_hasPassphrase && !m_hasKeychain)
        m_message->setText(tr("This profile has no key file. It cannot be unlocked here."));
}

void UnlockDialog::unlockWithPassphrase()
{
    if (m_pass->text().isEmpty()) {
        m_message->setText(tr("Type your passphrase."));
        return;
    }
    setEnabled(false);
    m_message->setText(tr("Checking…"));
    const QString dir = m_dir;
    const QString pass = m_pass->text();
    ProfileTask::run(
        this, true, [dir, pass] { return Profile::unlockWithPassphrase(dir, pass); },
        [this](ProfileResult r) { finish(std::move(r)); });
}

void UnlockDialog::tryKeychain()
{
    setEnabled(false);
    m_message->setText(tr("Asking the keychain…"));
    const QString dir = m_dir;
    ProfileTask::run(
        this, false, [dir] { return Profile::unlockWithKeychain(dir); },
        [this](ProfileResult r) { finish(std::move(r)); });
}

void UnlockDialog::finish(ProfileResult result)
{
    setEnabled(true);
    if (result.ok()) {
        m_profile = std::move(result.value());
        m_pass->clear();
        accept();
        return;
    }
    switch (result.code()) {
    case ErrorCode::WrongPassphrase:
        m_message->setText(tr("That passphrase is not right. Check Caps Lock and the input method "
                              "(中/英), then try again."));
        m_pass->selectAll();
        m_pass->setFocus();
        break;
    case ErrorCode::KeyUnavailable:
        m_message->setText(m_hasPassphrase
                               ? tr("The keychain did not give the key (%1). Type your passphrase instead.")
                                     .arg(result.message())
                               : tr("The keychain did not give the key (%1). Log in to your desktop "
                                    "keyring and try again.")
                                     .arg(result.message()));
        break;
    default:
        m_message->setText(tr("Cannot open the profile: %1").arg(result.message()));
        break;
    }
}

} // namespace ll::ui
