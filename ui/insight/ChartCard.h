#pragma once

#include <QFrame>
#include <QList>
#include <QStringList>

class QChartView;
class QLabel;
class QStackedWidget;
class QTableWidget;
class QToolButton;

namespace ll::ui {

// One dashboard chart with its numbers: a bar chart, the same data as a table (toggle), and export of
// the table as CSV (Excel-safe) or of the chart as PNG. Every series shares the row labels.
class ChartCard : public QFrame
{
    Q_OBJECT

public:
    struct Series
    {
        QString name;
        QList<qint64> values; // one per row label
    };

    enum class Orientation
    {
        Vertical,   // categories along the bottom (funnels, buckets)
        Horizontal, // categories down the side (rankings with long titles)
    };

    explicit ChartCard(const QString& title, Orientation orientation = Orientation::Vertical,
                       QWidget* parent = nullptr);

    void setData(const QString& categoryHeader, const QStringList& rowLabels, const QList<Series>& series);
    void showTable(bool table);
    bool isShowingTable() const;

    // The numbers as rows (header first): what the table shows and the CSV contains.
    QList<QStringList> tableRows() const;
    QString title() const { return m_title; }
    QChartView* chartView() const { return m_chartView; }
    QTableWidget* table() const { return m_table; }

    bool exportCsv(const QString& path, QString* error) const;
    bool exportPng(const QString& path, QString* error) const;

private:
    void rebuildChart();
    void rebuildTable();
    void askExportCsv();
    void askExportPng();

    QString m_title;
    Orientation m_orientation;
    QString m_categoryHeader;
    QStringList m_labels;
    QList<Series> m_series;

    QLabel* m_empty = nullptr;
    QStackedWidget* m_stack = nullptr;
    QChartView* m_chartView = nullptr;
    QTableWidget* m_table = nullptr;
    QToolButton* m_toggle = nullptr;
};

} // namespace ll::ui
