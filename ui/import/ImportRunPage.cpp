#include "import/ImportRunPage.h"

#include "app/Session.h"
#include "import/LeadImportWizard.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>
#include <QVBoxLayout>

namespace ll::ui {

ImportRunPage::ImportRunPage(Session& session, ImportDraft& draft, LeadImportJob* job, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_draft(draft)
    , m_job(job)
    , m_bar(new QProgressBar)
    , m_status(new QLabel)
{
    setTitle(tr("Importing"));
    setSubTitle(tr("Cancel stops the import safely: the rows done so far are kept, and importing the file "
                   "again later adds only what is missing."));
    m_bar->setObjectName(QStringLiteral("importProgress"));
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(true);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_bar);
    layout->addWidget(m_status);
    layout->addStretch(2);
    connect(m_job, &LeadImportJob::progress, this, [this](qint64 rows, qint64 bytes, qint64 total) {
        if (total > 0)
            m_bar->setValue(int(std::min<qint64>(1000, bytes * 1000 / total)));
        m_status->setText(tr("%1 rows processed").arg(QLocale().toString(rows)));
    });
    connect(m_job, &LeadImportJob::finished, this, &ImportRunPage::onFinished);
}

void ImportRunPage::initializePage()
{
    m_done = false;
    m_draft.outcome.reset();
    m_bar->setValue(0);
    m_status->setText(tr("Starting…"));
    const Status started = m_job->start(m_session.profile(), m_draft.path, m_draft.options);
    if (!started.ok()) {
        LeadImportOutcome failed;
        failed.error = started.error();
        // After the wizard has shown this page, so the move to the report happens from a settled state.
        QTimer::singleShot(0, this, [this, failed] { onFinished(failed); });
    }
}

void ImportRunPage::stop()
{
    m_job->cancel();
    m_status->setText(tr("Stopping after the rows in progress are saved…"));
}

void ImportRunPage::onFinished(const LeadImportOutcome& outcome)
{
    m_draft.outcome = outcome;
    m_done = true;
    m_bar->setValue(1000);
    emit completeChanged();
    emit runFinished();
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

} // namespace ll::ui
