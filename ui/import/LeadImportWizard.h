#pragma once

#include "import/LeadImportJob.h"
#include "importer/LeadImporter.h"

#include <QWizard>

#include <optional>

namespace ll::ui {

class ImportFilePage;
class ImportMappingPage;
class ImportOptionsPage;
class ImportReportPage;
class ImportRunPage;
class Session;

// What the steps of the wizard decide, shared by its pages.
struct ImportDraft
{
    QString path;
    QString encoding; // forced by the user; empty = detected
    bool fromXlsx = false;
    LeadFilePreview preview;
    QHash<QString, QString> overrides; // header → field code, where the user changed the detected mapping
    LeadImportOptions options;
    std::optional<LeadImportOutcome> outcome;
};

// "Import leads…": file → column mapping → options → run → report. The import runs off the UI thread
// (LeadImportJob); Esc or Cancel while it runs asks before stopping it, and stopping keeps what is done.
class LeadImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FileStep,
        MappingStep,
        OptionsStep,
        RunStep,
        ReportStep
    };

    explicit LeadImportWizard(Session& session, QWidget* parent = nullptr);

    // Starts with this file chosen (a dropped file, or tests).
    void setFile(const QString& path);
    // .csv, .txt, .tsv or .xlsx: what the Leads page accepts as a drop.
    static bool isLeadFile(const QString& path);

    Session& session() { return m_session; }
    ImportDraft& draft() { return m_draft; }
    LeadImportJob* job() const { return m_job; }
    ImportFilePage* filePage() const { return m_file; }
    ImportMappingPage* mappingPage() const { return m_mapping; }
    ImportOptionsPage* optionsPage() const { return m_options; }
    ImportRunPage* runPage() const { return m_run; }
    ImportReportPage* reportPage() const { return m_report; }

signals:
    // Contacts may have been written (also after a cancelled or failed run): lists should reload.
    void imported();

public slots:
    void reject() override;

private:
    Session& m_session;
    ImportDraft m_draft;
    LeadImportJob* m_job;
    ImportFilePage* m_file;
    ImportMappingPage* m_mapping;
    ImportOptionsPage* m_options;
    ImportRunPage* m_run;
    ImportReportPage* m_report;
};

} // namespace ll::ui
