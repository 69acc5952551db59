#include "import/LeadImportWizard.h"

#include "import/ImportFilePage.h"
#include "import/ImportMappingPage.h"
#include "import/ImportOptionsPage.h"
#include "import/ImportReportPage.h"
#include "import/ImportRunPage.h"

#include <QFileInfo>
#include <QMessageBox>

namespace ll::ui {

LeadImportWizard::LeadImportWizard(Session& session, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_job(new LeadImportJob(this))
{
    setWindowTitle(tr("Import leads"));
    setObjectName(QStringLiteral("leadImportWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_file = new ImportFilePage(m_draft);
    m_mapping = new ImportMappingPage(m_draft);
    m_options = new ImportOptionsPage(session, m_draft);
    m_run = new ImportRunPage(session, m_draft, m_job);
    m_report = new ImportReportPage(session, m_draft);
    setPage(FileStep, m_file);
    setPage(MappingStep, m_mapping);
    setPage(OptionsStep, m_options);
    setPage(RunStep, m_run);
    setPage(ReportStep, m_report);
    setStartId(FileStep);
    connect(m_run, &ImportRunPage::runFinished, this, [this] {
        emit imported();
        next();
        const LeadImportOutcome& outcome = *m_draft.outcome;
        const QString problem = !outcome.ok() ? outcome.error.message : outcome.report.error.message;
        if (!problem.isEmpty())
            QMessageBox::warning(this, tr("Import leads"), problem);
    });
    resize(900, 620);
}

void LeadImportWizard::setFile(const QString& path)
{
    m_file->choose(path);
}

bool LeadImportWizard::isLeadFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"csv" || suffix == u"txt" || suffix == u"tsv" || suffix == u"xlsx";
}

void LeadImportWizard::reject()
{
    if (!m_job->isRunning())
        return QWizard::reject();
    if (m_job->isCancelling())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Stop the import?"),
        tr("The rows imported so far are kept. Importing the same file again later is safe: it adds only "
           "what is still missing."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes && m_job->isRunning())
        m_run->stop();
}

} // namespace ll::ui
