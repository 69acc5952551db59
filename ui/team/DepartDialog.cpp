#include "DepartDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ll::ui {

DepartDialog::DepartDialog(const Directory& directory, const QString& myId, QWidget* parent)
    : QDialog(parent)
    , m_staff(new QComboBox)
    , m_toOne(new QRadioButton(tr("Give all their customers to one guide:")))
    , m_evenly(new QRadioButton(tr("Share them evenly between these guides:")))
    , m_byStore(new QRadioButton(tr("Give each customer to a guide of its own store")))
    , m_nobody(new QRadioButton(tr("Keep their customers where they are (reassign later)")))
    , m_receiver(new QComboBox)
    , m_evenlyList(new QListWidget)
    , m_capacity(new QSpinBox)
    , m_reason(new QLineEdit)
    , m_confirm(new QCheckBox(tr("I understand: their account is closed and their devices are wiped "
                                 "at the next sync.")))
{
    setWindowTitle(tr("Depart staff"));
    for (const DirectoryStaff& s : directory.staff) {
        if (s.status != QLatin1String("active") || s.id == myId)
            continue;
        m_staff->addItem(s.name, s.id);
        if (s.role != QLatin1String("guide"))
            continue;
        m_receiver->addItem(s.name, s.id);
        auto* item = new QListWidgetItem(s.name, m_evenlyList);
        item->setData(Qt::UserRole, s.id);
        item->setCheckState(Qt::Unchecked);
    }
    m_capacity->setRange(0, 1'000'000);
    m_capacity->setSpecialValueText(tr("no limit"));
    m_capacity->setToolTip(tr("A receiver takes customers only while it owns fewer than this."));
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(tr("e.g. left the company"));
    m_toOne->setChecked(true);
    m_evenlyList->setMaximumHeight(120);

    auto* form = new QFormLayout;
    form->addRow(tr("Leaving:"), m_staff);
    auto* receivers = new QVBoxLayout;
    receivers->addWidget(m_toOne);
    receivers->addWidget(m_receiver);
    receivers->addWidget(m_evenly);
    receivers->addWidget(m_evenlyList);
    receivers->addWidget(m_byStore);
    receivers->addWidget(m_nobody);
    form->addRow(tr("Their customers:"), receivers);
    form->addRow(tr("Capacity:"), m_capacity);
    form->addRow(tr("Reason:"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Depart"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_confirm);
    layout->addWidget(buttons);

    for (QRadioButton* r : {m_toOne, m_evenly, m_byStore, m_nobody})
        connect(r, &QRadioButton::toggled, this, &DepartDialog::update);
    connect(m_confirm, &QCheckBox::toggled, this, &DepartDialog::update);
    connect(m_staff, &QComboBox::currentIndexChanged, this, &DepartDialog::update);
    connect(m_receiver, &QComboBox::currentIndexChanged, this, &DepartDialog::update);
    connect(m_evenlyList, &QListWidget::itemChanged, this, &DepartDialog::update);
    update();
}

QString DepartDialog::staffId() const
{
    return m_staff->currentData().toString();
}

TransferTargets DepartDialog::targets() const
{
    TransferTargets t;
    if (m_toOne->isChecked())
        t.to = m_receiver->currentData().toString();
    if (m_evenly->isChecked())
        for (int i = 0; i < m_evenlyList->count(); ++i)
            if (m_evenlyList->item(i)->checkState() == Qt::Checked)
                t.evenly << m_evenlyList->item(i)->data(Qt::UserRole).toString();
    t.byStore = m_byStore->isChecked();
    if (m_capacity->value() > 0)
        t.capacity = m_capacity->value();
    t.reason = m_reason->text().trimmed();
    return t;
}

void DepartDialog::update()
{
    m_receiver->setEnabled(m_toOne->isChecked());
    m_evenlyList->setEnabled(m_evenly->isChecked());
    const TransferTargets t = targets();
    const QString leaving = staffId();
    // The leaver cannot receive their own customers.
    const bool receiversOk = m_nobody->isChecked() || t.byStore ||
                             (m_toOne->isChecked() && !t.to.isEmpty() && t.to != leaving) ||
                             (m_evenly->isChecked() && !t.evenly.isEmpty() && !t.evenly.contains(leaving));
    m_ok->setEnabled(!leaving.isEmpty() && receiversOk && m_confirm->isChecked());
}

} // namespace ll::ui
