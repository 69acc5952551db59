#include "import/ImportOptionsPage.h"

#include "app/Session.h"
#include "import/LeadImportWizard.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ll::ui {

ImportOptionsPage::ImportOptionsPage(Session& session, ImportDraft& draft, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_draft(draft)
    , m_source(new QLineEdit)
    , m_allocation(new QGroupBox(tr("Owners of new leads")))
    , m_keepMine(new QRadioButton(tr("Keep them myself")))
    , m_roundRobin(new QRadioButton(tr("Share them in turn between the checked guides")))
    , m_byCity(new QRadioButton(tr("Give each lead to a guide of a store in its city")))
    , m_byLoad(new QRadioButton(tr("Give each lead to the checked guide with the fewest customers")))
    , m_guides(new QListWidget)
    , m_rejected(new QLineEdit)
{
    setTitle(tr("Import options"));
    setSubTitle(tr("Leads already known are merged and keep their owner; these options apply to new ones."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_source->setObjectName(QStringLiteral("importSource"));
    m_source->setMaxLength(100);
    m_source->setPlaceholderText(tr("e.g. 抖音 or 小红书 — for rows without a source"));
    m_guides->setObjectName(QStringLiteral("importGuides"));
    m_guides->setMaximumHeight(130);
    m_byCity->setToolTip(tr("Leads of a city without a store go to the checked guides in turn."));
    m_keepMine->setChecked(true);
    auto* allocationLayout = new QVBoxLayout(m_allocation);
    for (QRadioButton* r : {m_keepMine, m_roundRobin, m_byCity, m_byLoad}) {
        allocationLayout->addWidget(r);
        connect(r, &QRadioButton::toggled, this, [this] {
            m_guides->setEnabled(!m_keepMine->isChecked());
            emit completeChanged();
        });
    }
    allocationLayout->addWidget(m_guides);
    connect(m_guides, &QListWidget::itemChanged, this, &ImportOptionsPage::completeChanged);

    m_rejected->setObjectName(QStringLiteral("rejectedPath"));
    auto* browse = new QPushButton(tr("Choose…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Rejected rows"), m_rejected->text(),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            m_rejected->setText(path);
    });
    connect(m_rejected, &QLineEdit::textChanged, this, &ImportOptionsPage::completeChanged);
    auto* rejectedRow = new QHBoxLayout;
    rejectedRow->addWidget(m_rejected, 1);
    rejectedRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("Default &source:"), m_source);
    form->addRow(tr("&Rejected rows to:"), rejectedRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_allocation);
    layout->addStretch(1);
}

void ImportOptionsPage::initializePage()
{
    const QFileInfo file(m_draft.path);
    m_rejected->setText(QDir::toNativeSeparators(
        file.absoluteDir().filePath(file.completeBaseName() + QStringLiteral("-rejected.csv"))));
    loadGuides();
}

void ImportOptionsPage::loadGuides()
{
    m_guides->clear();
    auto staff = m_session.org().staffList();
    auto stores = m_session.org().stores();
    const QString me = m_session.store().actorId();
    bool mayAllocate = false;
    QList<const Staff*> guides;
    if (staff.ok()) {
        for (const Staff& s : staff.value()) {
            if (s.id == me && s.role != StaffRole::Guide)
                mayAllocate = true;
            if (s.status == StaffStatus::Active && s.role == StaffRole::Guide)
                guides << &s;
        }
    }
    // A guide's profile, or a manager without guides on this device, has nobody to give leads to.
    mayAllocate = mayAllocate && !guides.isEmpty();
    m_mayAllocate = mayAllocate;
    m_allocation->setVisible(mayAllocate);
    bool anyCity = false;
    if (stores.ok())
        for (const StoreInfo& s : stores.value())
            anyCity = anyCity || !s.city.trimmed().isEmpty();
    m_byCity->setVisible(anyCity);
    for (const Staff* s : guides) {
        auto* item = new QListWidgetItem(s->name, m_guides);
        item->setData(Qt::UserRole, s->id);
        item->setCheckState(Qt::Checked);
    }
    if (!mayAllocate || (!anyCity && m_byCity->isChecked()))
        m_keepMine->setChecked(true);
    m_guides->setEnabled(!m_keepMine->isChecked());
}

QStringList ImportOptionsPage::checkedGuides() const
{
    QStringList ids;
    for (int i = 0; i < m_guides->count(); ++i)
        if (m_guides->item(i)->checkState() == Qt::Checked)
            ids << m_guides->item(i)->data(Qt::UserRole).toString();
    return ids;
}

bool ImportOptionsPage::isComplete() const
{
    if (m_rejected->text().trimmed().isEmpty())
        return false;
    return m_keepMine->isChecked() || !m_mayAllocate || !checkedGuides().isEmpty();
}

bool ImportOptionsPage::validatePage()
{
    LeadImportOptions& o = m_draft.options;
    o.encoding = m_draft.encoding;
    o.columnOverrides = m_draft.overrides;
    o.defaultSource = m_source->text().trimmed();
    o.rejectedPath = QDir::fromNativeSeparators(m_rejected->text().trimmed());
    o.allocation = {};
    if (m_mayAllocate && !m_keepMine->isChecked()) {
        o.allocation.strategy = m_roundRobin->isChecked() ? AllocationStrategy::RoundRobin
                                : m_byCity->isChecked()   ? AllocationStrategy::City
                                                          : AllocationStrategy::Load;
        o.allocation.guideIds = checkedGuides();
    }
    return true;
}

} // namespace ll::ui
