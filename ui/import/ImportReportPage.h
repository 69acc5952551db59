#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ll::ui {

struct ImportDraft;
class Session;

// Step 5: what the import did — rows read, new, merged, unchanged, rejected with their reasons, leads given
// to each guide — and the rejected-rows file to fix and import again.
class ImportReportPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportReportPage(Session& session, ImportDraft& draft, QWidget* parent = nullptr);

    void initializePage() override;

    // The number shown for one line of the report ("rowsRead", "newContacts", "mergedDuplicates",
    // "unchanged", "rejected"), as the label's object name.
    QLabel* numberLabel(const QString& name) const;
    QLabel* headlineLabel() const { return m_headline; }
    QTableWidget* rejectedTable() const { return m_rejected; }
    QPushButton* openRejectedButton() const { return m_openRejected; }

    static constexpr int kRejectedShown = 500;

private:
    QString staffName(const QString& id) const;

    Session& m_session;
    ImportDraft& m_draft;
    QLabel* m_headline;
    QWidget* m_numbers;
    QLabel* m_allocation;
    QTableWidget* m_rejected;
    QPushButton* m_openRejected;
    QPushButton* m_showFolder;
};

} // namespace ll::ui
