#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

namespace ll {

// CSV for people who open it in Excel or WPS: UTF-8 with a BOM (without it Excel reads GBK), CRLF line ends,
// RFC 4180 quoting, and spreadsheet formula injection neutralised: a cell starting with = + - @ tab or CR
// gets a leading apostrophe, so "=HYPERLINK(...)" typed into a lead form shows as text instead of running.
// (Phone numbers are stored as normalised digits, so "+86..." never reaches a cell.)
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice& device);

    // Writes the BOM; call once before the first row.
    bool writeBom();
    bool writeRow(const QStringList& cells);

    static QString neutraliseFormula(const QString& cell);
    // The cell as it appears in the file: neutralised, then quoted when it holds a delimiter, quote or line
    // break.
    static QString encodeCell(const QString& cell);

private:
    QIODevice& m_device;
};

} // namespace ll
