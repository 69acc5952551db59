#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace ll::ui {

struct ImportDraft;
class LeadImportJob;
struct LeadImportOutcome;
class Session;

// Step 4: the import itself, on a pool thread, with progress by bytes and rows. Cancel (Esc) asks, then
// stops after the rows done so far are committed.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportRunPage(Session& session, ImportDraft& draft, LeadImportJob* job, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    void stop();

    QProgressBar* progressBar() const { return m_bar; }
    QLabel* statusLabel() const { return m_status; }

signals:
    void runFinished();

private:
    void onFinished(const LeadImportOutcome& outcome);

    Session& m_session;
    ImportDraft& m_draft;
    LeadImportJob* m_job;
    QProgressBar* m_bar;
    QLabel* m_status;
    bool m_done = false;
};

} // namespace ll::ui
