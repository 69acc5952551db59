#include "import/ImportMappingPage.h"

#include "import/LeadImportWizard.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ll::ui {

namespace {
constexpr int kSampleRowsShown = 8;
}

ImportMappingPage::ImportMappingPage(ImportDraft& draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_table(new QTableWidget)
    , m_message(new QLabel)
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose what each column of the file holds. Columns set to \"Ignore\" are not imported "
                   "but stay in the rejected-rows file."));
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultSectionSize(150);
    m_message->setObjectName(QStringLiteral("mappingMessage"));
    m_message->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
}

QString ImportMappingPage::fieldLabel(LeadField field)
{
    switch (field) {
    case LeadField::Name:
        return tr("Name");
    case LeadField::Phone:
        return tr("Phone");
    case LeadField::Wechat:
        return tr("WeChat ID");
    case LeadField::Nickname:
        return tr("Nickname");
    case LeadField::Source:
        return tr("Source");
    case LeadField::City:
        return tr("City");
    case LeadField::Intent:
        return tr("Intent");
    case LeadField::Created:
        return tr("Lead time");
    case LeadField::Notes:
        return tr("Notes");
    case LeadField::Ignore:
        break;
    }
    return tr("Ignore");
}

void ImportMappingPage::initializePage()
{
    const LeadFilePreview& p = m_draft.preview;
    m_detected = ColumnMapping::detect(p.headers).value();
    // The user's earlier choices for these headers survive going back to the file step.
    auto mapping = ColumnMapping::detect(p.headers, m_draft.overrides);
    if (!mapping.ok()) {
        m_draft.overrides.clear();
        mapping = m_detected;
    }
    const int rows = std::min<int>(int(p.sampleRows.size()), kSampleRowsShown);
    m_table->clear();
    m_table->setColumnCount(int(p.headers.size()));
    m_table->setRowCount(rows + 1);
    m_table->setHorizontalHeaderLabels(p.headers);
    QStringList rowLabels{tr("Import as")};
    for (int r = 0; r < rows; ++r)
        rowLabels << QString::number(r + 2); // the file's line (the header is line 1)
    m_table->setVerticalHeaderLabels(rowLabels);
    const QStringList codes = leadFieldCodes();
    for (int c = 0; c < p.headers.size(); ++c) {
        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("field%1").arg(c));
        for (const QString& code : codes)
            combo->addItem(fieldLabel(*leadFieldFromCode(code)), code);
        const MappedColumn& col = mapping->columns[c];
        combo->setCurrentIndex(combo->findData(toCode(col.field)));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::updateMapping);
        m_table->setCellWidget(0, c, combo);
        for (int r = 0; r < rows; ++r) {
            auto* item = new QTableWidgetItem(p.sampleRows[r].value(c));
            item->setToolTip(item->text());
            m_table->setItem(r + 1, c, item);
        }
    }
    m_table->setRowHeight(0, m_table->cellWidget(0, 0) ? m_table->cellWidget(0, 0)->sizeHint().height() + 4
                                                       : 30);
    updateMapping();
}

QComboBox* ImportMappingPage::fieldCombo(int column) const
{
    return qobject_cast<QComboBox*>(m_table->cellWidget(0, column));
}

void ImportMappingPage::updateMapping()
{
    const LeadFilePreview& p = m_draft.preview;
    QHash<QString, QString> overrides;
    for (int c = 0; c < p.headers.size(); ++c) {
        const QString code = fieldCombo(c)->currentData().toString();
        if (code != toCode(m_detected.columns[c].field))
            overrides.insert(p.headers[c], code);
    }
    m_draft.overrides = overrides;
    auto mapping = ColumnMapping::detect(p.headers, overrides);
    m_valid = mapping.ok() && (mapping->has(LeadField::Phone) || mapping->has(LeadField::Wechat));
    if (!mapping.ok()) {
        m_message->setStyleSheet(QStringLiteral("color: #b3261e"));
        m_message->setText(mapping.message());
    } else if (!m_valid) {
        m_message->setStyleSheet(QStringLiteral("color: #b3261e"));
        m_message->setText(tr("Choose the column that holds the phone number or the WeChat ID: leads are "
                              "recognised by them, and rows without either are rejected."));
    } else {
        m_message->setStyleSheet(QString());
        m_message->setText(tr("Rows whose mobile or WeChat ID is already known are merged into that contact; "
                              "nothing is imported twice."));
    }
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return m_valid;
}

} // namespace ll::ui
