#include "insight/ChartCard.h"

#include "importer/CsvWriter.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

namespace ll::ui {

namespace {

QToolButton* flatButton(const QString& text, const QString& tip, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}

QString safeFileName(QString title)
{
    static const QString forbidden = QStringLiteral("\\/:*?\"<>|");
    for (QChar& c : title)
        if (forbidden.contains(c))
            c = u'_';
    return title;
}

} // namespace

ChartCard::ChartCard(const QString& title, Orientation orientation, QWidget* parent)
    : QFrame(parent)
    , m_title(title)
    , m_orientation(orientation)
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("chartCard"));

    auto* heading = new QLabel(title, this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    m_toggle = flatButton(tr("Table"), tr("Show the numbers as a table"), this);
    m_toggle->setCheckable(true);
    connect(m_toggle, &QToolButton::toggled, this, &ChartCard::showTable);
    auto* csv = flatButton(tr("CSV…"), tr("Export the numbers as a CSV file (opens in Excel and WPS)"), this);
    connect(csv, &QToolButton::clicked, this, &ChartCard::askExportCsv);
    auto* png = flatButton(tr("PNG…"), tr("Export the chart as an image"), this);
    connect(png, &QToolButton::clicked, this, &ChartCard::askExportPng);

    auto* top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(m_toggle);
    top->addWidget(csv);
    top->addWidget(png);

    m_chartView = new QChartView(this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_empty = new QLabel(tr("No data yet."), this);
    m_empty->setAlignment(Qt::AlignCenter);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_chartView);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    rebuildChart();
}

void ChartCard::setData(const QString& categoryHeader, const QStringList& rowLabels,
                        const QList<Series>& series)
{
    m_categoryHeader = categoryHeader;
    m_labels = rowLabels;
    m_series = series;
    rebuildChart();
    rebuildTable();
    showTable(m_toggle->isChecked());
}

void ChartCard::showTable(bool table)
{
    if (m_toggle->isChecked() != table)
        m_toggle->setChecked(table); // re-enters through toggled()
    m_toggle->setText(table ? tr("Chart") : tr("Table"));
    if (m_labels.isEmpty() && !table)
        m_stack->setCurrentWidget(m_empty);
    else
        m_stack->setCurrentWidget(table ? static_cast<QWidget*>(m_table) : m_chartView);
}

bool ChartCard::isShowingTable() const
{
    return m_stack->currentWidget() == m_table;
}

QList<QStringList> ChartCard::tableRows() const
{
    QList<QStringList> rows;
    QStringList header{m_categoryHeader};
    for (const Series& s : m_series)
        header << s.name;
    rows << header;
    for (int i = 0; i < m_labels.size(); ++i) {
        QStringList row{m_labels.at(i)};
        for (const Series& s : m_series)
            row << QString::number(i < s.values.size() ? s.values.at(i) : 0);
        rows << row;
    }
    return rows;
}

void ChartCard::rebuildChart()
{
    auto* chart = new QChart;
    chart->legend()->setVisible(m_series.size() > 1);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));

    QAbstractBarSeries* bars = m_orientation == Orientation::Horizontal
                                   ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                   : static_cast<QAbstractBarSeries*>(new QBarSeries);
    // Horizontal bars are laid out bottom-up; listing them reversed makes them read top-down like the table.
    const bool reversed = m_orientation == Orientation::Horizontal;
    QStringList labels;
    for (qsizetype i = 0; i < m_labels.size(); ++i)
        labels << m_labels.at(reversed ? m_labels.size() - 1 - i : i);
    qint64 top = 0;
    for (const Series& s : m_series) {
        auto* set = new QBarSet(s.name);
        for (qsizetype i = 0; i < m_labels.size(); ++i) {
            const qsizetype at = reversed ? m_labels.size() - 1 - i : i;
            const qint64 v = at < s.values.size() ? s.values.at(at) : 0;
            *set << double(v);
            top = qMax(top, v);
        }
        bars->append(set);
    }
    bars->setLabelsVisible(true);
    chart->addSeries(bars);

    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    auto* values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    values->setRange(0, double(qMax<qint64>(top + top / 8 + 1, 4)));
    values->setTickCount(5);
    if (m_orientation == Orientation::Horizontal) {
        chart->addAxis(values, Qt::AlignBottom);
        chart->addAxis(categories, Qt::AlignLeft);
    } else {
        chart->addAxis(categories, Qt::AlignBottom);
        chart->addAxis(values, Qt::AlignLeft);
    }
    bars->attachAxis(categories);
    bars->attachAxis(values);

    QChart* old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
}

void ChartCard::rebuildTable()
{
    const QList<QStringList> rows = tableRows();
    m_table->clear();
    m_table->setColumnCount(int(rows.first().size()));
    m_table->setHorizontalHeaderLabels(rows.first());
    m_table->setRowCount(int(rows.size() - 1));
    for (int r = 1; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size(); ++c) {
            auto* item = new QTableWidgetItem(rows.at(r).at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r - 1, c, item);
        }
    m_table->resizeColumnsToContents();
}

bool ChartCard::exportCsv(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    CsvWriter writer(file);
    bool ok = writer.writeBom();
    for (const QStringList& row : tableRows())
        ok = ok && writer.writeRow(row);
    if (!ok || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool ChartCard::exportPng(const QString& path, QString* error) const
{
    const QPixmap image = m_chartView->grab();
    if (image.isNull() || !image.save(path, "PNG")) {
        *error = tr("The image could not be written.");
        return false;
    }
    return true;
}

void ChartCard::askExportCsv()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export numbers"), dir + u'/' + safeFileName(m_title) + QStringLiteral(".csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export numbers"), tr("Could not save %1: %2").arg(path, error));
}

void ChartCard::askExportPng()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart"), dir + u'/' + safeFileName(m_title) + QStringLiteral(".png"),
        tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPng(path, &error))
        QMessageBox::warning(this, tr("Export chart"), tr("Could not save %1: %2").arg(path, error));
}

} // namespace ll::ui
