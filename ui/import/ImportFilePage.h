#pragma once

#include "importer/LeadImporter.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ll::ui {

struct ImportDraft;

// Step 1: the file, its detected encoding (with an override) and delimiter. The file is previewed on a
// pool thread: an .xlsx sheet is converted in full to find its first rows.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportDraft& draft, QWidget* parent = nullptr);

    void choose(const QString& path);
    bool isComplete() const override;

    QLineEdit* pathEdit() const { return m_path; }
    QComboBox* encodingCombo() const { return m_encoding; }
    QLabel* detectedLabel() const { return m_detected; }
    QLabel* errorLabel() const { return m_error; }
    bool isPreviewing() const { return m_watcher.isRunning(); }

signals:
    void previewed();

private:
    struct Preview
    {
        QString path;
        QString encoding;
        bool fromXlsx = false;
        std::optional<LeadFilePreview> preview;
        QString error;
    };

    void browse();
    void startPreview();
    void showPreview(const Preview& result);

    ImportDraft& m_draft;
    QLineEdit* m_path;
    QComboBox* m_encoding;
    QLabel* m_detected;
    QLabel* m_delimiter;
    QLabel* m_columns;
    QLabel* m_error;
    QFutureWatcher<Preview> m_watcher;
    bool m_pending = false; // another preview asked for while one runs
    bool m_ready = false;
};

} // namespace ll::ui
