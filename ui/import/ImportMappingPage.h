#pragma once

#include "importer/LeadColumns.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace ll::ui {

struct ImportDraft;

// Step 2: one column per column of the file, a field chooser above the file's first rows, pre-filled with
// what the header names mean (Chinese synonyms included). Next needs a phone or WeChat column: those
// identify a lead.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportDraft& draft, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    static QString fieldLabel(LeadField field);

    QTableWidget* table() const { return m_table; }
    // The field chooser of the file's column `column` (0-based).
    QComboBox* fieldCombo(int column) const;
    QLabel* messageLabel() const { return m_message; }

private:
    void updateMapping();

    ImportDraft& m_draft;
    QTableWidget* m_table;
    QLabel* m_message;
    ColumnMapping m_detected; // from the header names alone
    bool m_valid = false;
};

} // namespace ll::ui
