#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QIODevice;

namespace ll {

struct XlsxLimits
{
    // The largest part of the archive (sheet, shared strings, ...) read once inflated. A zip bomb stops
    // here with a clear error instead of filling memory. 256 MiB is a sheet of well over a million leads.
    qint64 maxPartBytes = qint64(256) << 20;
};

// Reads the first worksheet of an Excel .xlsx workbook (Office Open XML) as rows of text, the way the
// sheet shows it:
//  - shared strings, inline strings (rich text runs joined), formula results, booleans (TRUE/FALSE);
//  - numbers as written in the file, except that floating forms of whole numbers ("1.3800138E10",
//    "13800138000.0") come out as their digits, so a phone number typed as a number stays a phone number;
//  - date cells (a date number format, or any number in a column whose header means 创建时间) as ISO text
//    ("2024-03-01 09:30:00"), honouring the 1904 date system.
// The sheet XML is streamed from the archive (QXmlStreamReader), never loaded as a DOM.
class XlsxReader
{
public:
    // One row of the sheet: its 1-based row number and its cells, trailing empty cells removed.
    // Rows the sheet does not list, and rows with only empty cells, are not delivered.
    using RowSink = std::function<void(qint64 row, const QStringList& cells)>;

    // InvalidInput for a file that is not a readable workbook (not a zip, no worksheet, malformed XML)
    // or a part over the size limit; Io when the file cannot be opened.
    static Status readFirstSheet(const QString& path, const RowSink& sink, const XlsxLimits& limits = {});

    // The same as CSV text (UTF-8 with BOM) in memory, for the CSV lead importer. Blank lines stand for
    // the sheet's empty rows so the importer's line numbers are the sheet's row numbers (until a cell holds
    // a line break), and every row is padded to the header's width.
    static Result<QByteArray> toCsv(const QString& path, const XlsxLimits& limits = {});

    // By the file name: ".xlsx" (any case).
    static bool isXlsx(const QString& path);

    // An Excel serial date (days since the workbook's epoch, the fraction the time of day) as ISO text:
    // "yyyy-MM-dd" for whole days, else "yyyy-MM-dd HH:mm:ss". Empty when out of Excel's range.
    static QString serialToIso(double serial, bool date1904 = false);
};

// A lead file ready for LeadImporter::preview/importDevice: a .csv file as it is, a .xlsx workbook as
// CSV text in memory (never a plaintext temporary file).
struct LeadFileSource
{
    std::unique_ptr<QIODevice> device; // open for reading
    qint64 size = 0;                   // bytes the device will deliver (for progress)
    bool fromXlsx = false;
};
Result<LeadFileSource> openLeadFile(const QString& path, const XlsxLimits& limits = {});

} // namespace ll
