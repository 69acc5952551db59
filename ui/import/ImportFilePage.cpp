#include "import/ImportFilePage.h"

#include "import/LeadImportWizard.h"
#include "importer/XlsxReader.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QtConcurrent>

namespace ll::ui {

namespace {

QString delimiterName(QChar c)
{
    if (c == QLatin1Char('\t'))
        return ImportFilePage::tr("Tab");
    if (c == QLatin1Char(';'))
        return ImportFilePage::tr("Semicolon (;)");
    return ImportFilePage::tr("Comma (,)");
}

} // namespace

ImportFilePage::ImportFilePage(ImportDraft& draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_path(new QLineEdit)
    , m_encoding(new QComboBox)
    , m_detected(new QLabel)
    , m_delimiter(new QLabel)
    , m_columns(new QLabel)
    , m_error(new QLabel)
{
    setTitle(tr("Choose the lead file"));
    setSubTitle(tr("A CSV export of an ad platform or lead form (UTF-8 or GBK), or an Excel .xlsx workbook "
                   "(its first sheet)."));
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("File to import"));
    auto* browseButton = new QPushButton(tr("Choose…"));
    connect(browseButton, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->text() != m_draft.path)
            choose(m_path->text());
    });
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->addItem(tr("Detect automatically"), QString());
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("UTF-8"));
    m_encoding->addItem(tr("GBK / GB18030 (Chinese Windows)"), QStringLiteral("GB18030"));
    m_encoding->addItem(QStringLiteral("UTF-16"), QStringLiteral("UTF-16LE"));
    m_encoding->addItem(tr("Big5 (traditional Chinese)"), QStringLiteral("Big5"));
    m_encoding->setToolTip(tr("Change this only when the names on the next page look garbled."));
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_draft.path.isEmpty())
            startPreview();
    });
    m_error->setObjectName(QStringLiteral("importFileError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_columns->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&File:"), pathRow);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("Detected:"), m_detected);
    form->addRow(tr("Delimiter:"), m_delimiter);
    form->addRow(tr("Columns:"), m_columns);
    form->addRow(m_error);

    connect(&m_watcher, &QFutureWatcher<Preview>::finished, this, [this] {
        if (m_pending) {
            m_pending = false;
            return startPreview();
        }
        showPreview(m_watcher.result());
    });
}

void ImportFilePage::browse()
{
    QSettings settings;
    const QString start = m_draft.path.isEmpty() ? settings.value(QStringLiteral("import/lastDir")).toString()
                                                 : QFileInfo(m_draft.path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import leads"), start, tr("Lead files (*.csv *.txt *.tsv *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/lastDir"), QFileInfo(path).absolutePath());
    choose(path);
}

void ImportFilePage::choose(const QString& path)
{
    m_path->setText(path);
    m_draft.path = path.trimmed();
    startPreview();
}

void ImportFilePage::startPreview()
{
    m_ready = false;
    emit completeChanged();
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    const bool xlsx = XlsxReader::isXlsx(m_draft.path);
    m_encoding->setEnabled(!xlsx);
    m_detected->setText(tr("Reading…"));
    m_delimiter->clear();
    m_columns->clear();
    m_error->clear();
    Preview request;
    request.path = m_draft.path;
    request.encoding = m_encoding->currentData().toString();
    m_watcher.setFuture(QtConcurrent::run([request]() mutable {
        auto source = openLeadFile(request.path);
        if (!source.ok()) {
            request.error = source.message();
            return request;
        }
        request.fromXlsx = source->fromXlsx;
        auto preview = LeadImporter::previewDevice(*source->device, {},
                                                   request.fromXlsx ? QString() : request.encoding, 8);
        if (preview.ok())
            request.preview = std::move(preview.value());
        else
            request.error = preview.message();
        return request;
    }));
}

void ImportFilePage::showPreview(const Preview& result)
{
    if (result.path != m_draft.path)
        return;
    if (!result.preview) {
        m_detected->setText(tr("—"));
        m_error->setText(result.error.isEmpty() ? tr("The file cannot be read.") : result.error);
        emit previewed();
        return;
    }
    const LeadFilePreview& p = *result.preview;
    m_draft.fromXlsx = result.fromXlsx;
    m_draft.encoding = result.fromXlsx ? QString() : result.encoding;
    m_draft.preview = p;
    if (result.fromXlsx) {
        m_detected->setText(tr("Excel workbook, first sheet"));
        m_delimiter->setText(tr("—"));
    } else {
        m_detected->setText(result.encoding.isEmpty()
                                ? tr("%1 (detected%2)")
                                      .arg(p.encoding.name, p.encoding.bomLength > 0
                                                                ? tr(", with byte order mark")
                                                                : QString())
                                : tr("%1 (chosen)").arg(p.encoding.name));
        m_delimiter->setText(delimiterName(p.delimiter));
    }
    m_columns->setText(
        tr("%n column(s): %1", nullptr, int(p.headers.size())).arg(p.headers.join(QStringLiteral(", "))));
    if (p.sampleRows.isEmpty())
        m_error->setText(tr("The file has a header row but no data rows."));
    m_ready = true;
    emit completeChanged();
    emit previewed();
}

bool ImportFilePage::isComplete() const
{
    return m_ready && !m_watcher.isRunning();
}

} // namespace ll::ui
