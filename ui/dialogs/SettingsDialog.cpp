#include "dialogs/SettingsDialog.h"

#include "app/Language.h"
#include "today/ReminderNotifier.h"
#include "today/TodayPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSettings>
#include <QSpinBox>

namespace ll::ui {

namespace {
const QString kIdleKey = QStringLiteral("security/idleLockMinutes");
}

int SettingsDialog::idleLockMinutes()
{
    return QSettings().value(kIdleKey, 10).toInt();
}

void SettingsDialog::setIdleLockMinutes(int minutes)
{
    QSettings().setValue(kIdleKey, minutes);
}

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Same as the system"), QString());
    // Language names are written in their own language so anyone can find theirs.
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(Language::preference())));

    m_idle = new QSpinBox;
    m_idle->setRange(0, 240);
    m_idle->setSpecialValueText(tr("Never"));
    m_idle->setSuffix(tr(" min"));
    m_idle->setValue(idleLockMinutes());
    m_dormant = new QSpinBox;
    m_dormant->setRange(1, 365);
    m_dormant->setSuffix(tr(" days"));
    m_dormant->setValue(TodayPage::dormantDays());
    m_notify = new QCheckBox(tr("Show a desktop notification when a reminder becomes due"));
    m_notify->setObjectName(QStringLiteral("notifyReminders"));
    m_notify->setChecked(ReminderNotifier::enabled());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Lock after no use for:"), m_idle);
    form->addRow(tr("“Not contacted for a long time” means:"), m_dormant);
    form->addRow(QString(), m_notify);
    form->addRow(buttons);
}

bool SettingsDialog::apply()
{
    setIdleLockMinutes(m_idle->value());
    TodayPage::setDormantDays(m_dormant->value());
    ReminderNotifier::setEnabled(m_notify->isChecked());
    const QString lang = m_language->currentData().toString();
    const bool changed = lang != Language::preference();
    Language::setPreference(lang);
    return changed;
}

} // namespace ll::ui
