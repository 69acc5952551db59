#include "import/ImportReportPage.h"

#include "app/Session.h"
#include "import/LeadImportWizard.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace ll::ui {

ImportReportPage::ImportReportPage(Session& session, ImportDraft& draft, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_draft(draft)
    , m_headline(new QLabel)
    , m_numbers(new QWidget)
    , m_allocation(new QLabel)
    , m_rejected(new QTableWidget)
    , m_openRejected(new QPushButton(tr("&Open rejected-rows file")))
    , m_showFolder(new QPushButton(tr("Show in &folder")))
{
    setTitle(tr("Import report"));
    setFinalPage(true);
    m_headline->setObjectName(QStringLiteral("reportHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* form = new QFormLayout(m_numbers);
    form->setContentsMargins(0, 0, 0, 0);
    const struct
    {
        const char* name;
        QString label;
    } lines[] = {
        {"rowsRead", tr("Rows read:")},
        {"newContacts", tr("New contacts:")},
        {"mergedDuplicates", tr("Merged into existing contacts:")},
        {"unchanged", tr("Already imported, unchanged:")},
        {"rejected", tr("Rejected:")},
    };
    for (const auto& l : lines) {
        auto* value = new QLabel;
        value->setObjectName(QLatin1String(l.name));
        form->addRow(l.label, value);
    }
    m_allocation->setObjectName(QStringLiteral("reportAllocation"));
    m_allocation->setWordWrap(true);
    m_rejected->setObjectName(QStringLiteral("rejectedTable"));
    m_rejected->setColumnCount(2);
    m_rejected->setHorizontalHeaderLabels({tr("Line"), tr("Reason")});
    m_rejected->horizontalHeader()->setStretchLastSection(true);
    m_rejected->verticalHeader()->hide();
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejected->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_openRejected, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_draft.outcome->report.rejectedPath)); });
    connect(m_showFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(
            QUrl::fromLocalFile(QFileInfo(m_draft.outcome->report.rejectedPath).absolutePath()));
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openRejected);
    buttons->addWidget(m_showFolder);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_numbers);
    layout->addWidget(m_allocation);
    layout->addWidget(m_rejected, 1);
    layout->addLayout(buttons);
}

QLabel* ImportReportPage::numberLabel(const QString& name) const
{
    return m_numbers->findChild<QLabel*>(name);
}

QString ImportReportPage::staffName(const QString& id) const
{
    auto staff = m_session.org().staff(id);
    return staff.ok() && !staff->name.isEmpty() ? staff->name : id;
}

void ImportReportPage::initializePage()
{
    const LeadImportOutcome outcome = m_draft.outcome.value_or(LeadImportOutcome{});
    const LeadImportReport& r = outcome.report;
    const QLocale locale;
    const bool started = outcome.ok();
    m_numbers->setVisible(started);
    m_allocation->setVisible(started && !r.allocated.isEmpty());
    m_rejected->setVisible(started && r.rejectedCount > 0);
    const bool haveFile = started && !r.rejectedPath.isEmpty() && QFileInfo::exists(r.rejectedPath);
    m_openRejected->setVisible(haveFile);
    m_showFolder->setVisible(haveFile);
    if (!started) {
        m_headline->setText(tr("Nothing was imported: %1").arg(outcome.error.message));
        return;
    }
    if (r.error.code != ErrorCode::Ok)
        m_headline->setText(tr("The import stopped at line %1: %2. The rows before it are saved; importing "
                               "the file again continues without duplicating them.")
                                .arg(r.stoppedAtLine)
                                .arg(r.error.message));
    else if (r.cancelled)
        m_headline->setText(tr("Stopped at line %1 as asked. The rows before it are saved; importing the "
                               "file again adds the rest without duplicating anything.")
                                .arg(r.stoppedAtLine));
    else
        m_headline->setText(tr("Import complete."));
    numberLabel(QStringLiteral("rowsRead"))->setText(locale.toString(r.rowsRead));
    numberLabel(QStringLiteral("newContacts"))->setText(locale.toString(r.newContacts));
    numberLabel(QStringLiteral("mergedDuplicates"))->setText(locale.toString(r.mergedDuplicates));
    numberLabel(QStringLiteral("unchanged"))->setText(locale.toString(r.unchanged));
    numberLabel(QStringLiteral("rejected"))
        ->setText(r.rejectedCount == 0
                      ? locale.toString(0)
                      : tr("%1 — written to %2, fix them there and import that file")
                            .arg(locale.toString(r.rejectedCount), QFileInfo(r.rejectedPath).fileName()));
    QStringList allocated;
    for (auto it = r.allocated.constBegin(); it != r.allocated.constEnd(); ++it)
        allocated << tr("%1: %2").arg(staffName(it.key()), locale.toString(it.value()));
    allocated.sort();
    m_allocation->setText(tr("New leads given to: %1").arg(allocated.join(tr(", "))));
    const int shown = int(std::min<qsizetype>(r.rejected.size(), kRejectedShown));
    m_rejected->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        m_rejected->setItem(i, 0, new QTableWidgetItem(QString::number(r.rejected[i].line)));
        auto* reason = new QTableWidgetItem(r.rejected[i].reason);
        reason->setToolTip(r.rejected[i].reason);
        m_rejected->setItem(i, 1, reason);
    }
    m_rejected->resizeColumnToContents(0);
}

} // namespace ll::ui
