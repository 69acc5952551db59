#include "dialogs/CreateProfileDialog.h"

#include "domain/OrgRepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace ll::ui {

namespace {

// A profile used on its own still needs someone to act as: new contacts, personal scripts and materials
// belong to a staff member. Offline the user runs their own shop (admin, like `liuliang-cli init`);
// signing in to a server later hands these records over to the server's account.
Status createLocalIdentity(Profile& profile)
{
    OrgRepository org(profile.store());
    auto created = org.setOrg(CreateProfileDialog::tr("My shop"));
    if (!created.ok())
        return created.error();
    auto shop = org.addStore(CreateProfileDialog::tr("My shop"));
    if (!shop.ok())
        return shop.error();
    QString name = qEnvironmentVariable("USER").trimmed();
    if (name.isEmpty())
        name = CreateProfileDialog::tr("Me");
    auto me = org.addStaff(name, QStringLiteral("admin"), shop.value().id);
    if (!me.ok())
        return me.error();
    return profile.store().setActorId(me.value().id);
}

} // namespace

namespace {
// Long enough that a guess per 0.5 s of Argon2id takes years; short enough to type every morning.
constexpr int kMinPassphraseLength = 8;
} // namespace

CreateProfileDialog::CreateProfileDialog(QString profileDir, KdfParams kdf, QWidget* parent)
    : QDialog(parent)
    , m_dir(std::move(profileDir))
    , m_kdf(kdf)
{
    setWindowTitle(tr("Welcome to Liuliang"));
    auto* intro = new QLabel(tr("<b>Your customers stay on this computer, encrypted.</b><br>"
                                "Nobody can read them without unlocking, not even with the laptop in hand. "
                                "Choose how you will unlock Liuliang:"));
    intro->setWordWrap(true);

    m_usePass = new QCheckBox(tr("With a &passphrase I type when I open Liuliang"));
    m_usePass->setChecked(true);
    auto* passHelp = new QLabel(tr("Safest choice. If you forget the passphrase, nobody can recover the data "
                                   "on this computer, so write it down somewhere safe."));
    passHelp->setWordWrap(true);
    passHelp->setIndent(20);
    m_pass = new QLineEdit;
    m_pass->setEchoMode(QLineEdit::Password);
    m_pass->setObjectName(QStringLiteral("passphrase"));
    m_confirm = new QLineEdit;
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirm->setObjectName(QStringLiteral("confirmPassphrase"));
    auto* form = new QFormLayout;
    form->addRow(tr("Passphrase:"), m_pass);
    form->addRow(tr("Repeat it:"), m_confirm);

    m_useKeychain = new QCheckBox(tr("With this computer's &keychain (no typing)"));
    auto* keyHelp =
        new QLabel(tr("Liuliang opens by itself while you are logged in to this computer account. "
                      "Convenient, but anyone who can use your logged-in account can open it too."));
    keyHelp->setWordWrap(true);
    keyHelp->setIndent(20);

    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("message"));

    auto* buttons = new QDialogButtonBox;
    m_create = buttons->addButton(tr("&Create profile"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &CreateProfileDialog::create);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(m_usePass);
    layout->addWidget(passHelp);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_useKeychain);
    layout->addWidget(keyHelp);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    for (QLineEdit* e : {m_pass, m_confirm})
        connect(e, &QLineEdit::textChanged, this, &CreateProfileDialog::updateState);
    for (QCheckBox* b : {m_usePass, m_useKeychain})
        connect(b, &QCheckBox::toggled, this, &CreateProfileDialog::updateState);
    updateState();
}

void CreateProfileDialog::updateState()
{
    const bool pass = m_usePass->isChecked();
    m_pass->setEnabled(pass);
    m_confirm->setEnabled(pass);
    QString problem;
    if (!pass && !m_useKeychain->isChecked())
        problem = tr("Choose at least one way to unlock.");
    else if (pass && m_pass->text().size() < kMinPassphraseLength)
        problem = tr("The passphrase needs at least %n characters.", nullptr, kMinPassphraseLength);
    else if (pass && m_pass->text() != m_confirm->text())
        problem = tr("The two passphrases are not the same yet.");
    else if (!pass)
        problem = tr("Without a passphrase, losing this computer's keychain (for example after "
                     "reinstalling the system) means losing the data.");
    m_message->setText(problem);
    m_create->setEnabled(!pass ? m_useKeychain->isChecked() : problem.isEmpty());
}

void CreateProfileDialog::create()
{
    KeyProtection protection;
    protection.kdf = m_kdf;
    protection.useKeychain = m_useKeychain->isChecked();
    if (m_usePass->isChecked())
        protection.passphrase = m_pass->text();
    setEnabled(false);
    m_message->setText(tr("Creating the encrypted profile…"));
    const QString dir = m_dir;
    // The keychain can only be reached from the UI thread; pure passphrase work can leave it.
    ProfileTask::run(
        this, !protection.useKeychain, [dir, protection] { return Profile::create(dir, protection); },
        [this](ProfileResult result) {
            setEnabled(true);
            if (!result.ok()) {
                m_message->setText(tr("Could not create the profile: %1").arg(result.message()));
                return;
            }
            m_profile = std::move(result.value());
            if (const Status identity = createLocalIdentity(*m_profile); !identity.ok())
                QMessageBox::warning(
                    this, windowTitle(),
                    tr("The profile was created, but your local identity could not be set up: %1")
                        .arg(identity.message()));
            accept();
        });
}

} // namespace ll::ui
