#pragma once

#include "importer/TextDecoding.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

namespace ll {

// One logical CSV record (a quoted field may span several physical lines).
struct CsvRecord
{
    QStringList fields;
    qint64 line = 0;            // 1-based physical line the record starts on
    QString error;              // non-empty: the record is malformed (e.g. an unterminated quote)
    bool malformedText = false; // bytes not valid in the file's encoding were replaced by U+FFFD
};

// A streaming RFC 4180 reader: holds one read buffer and the current record, never the file.
//  - encoding from detectEncoding() (BOM, UTF-8, GBK/GB18030 via ICU) unless one is forced;
//  - CRLF, LF and lone CR line ends; quoted fields with embedded line breaks and doubled quotes
//    (a line break inside quotes is returned as "\n");
//  - the delimiter is ',' unless the first line has more tabs or semicolons (TSV "Unicode text" from Excel);
//  - records whose fields are all blank (empty lines, ",,,," rows) are skipped and counted.
class CsvReader
{
public:
    // The device must be open for reading; it is not owned. `encoding` empty = detect.
    static Result<std::unique_ptr<CsvReader>> open(QIODevice& device, const QString& encoding = {});
    ~CsvReader();

    // false at the end of input.
    bool next(CsvRecord& record);

    DetectedEncoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 blankRecordsSkipped() const { return m_blankSkipped; }
    // An I/O error reading the device (the records before it were returned).
    QString ioError() const { return m_ioError; }

private:
    CsvReader(QIODevice& device, DetectedEncoding encoding, std::unique_ptr<TextDecoder> decoder,
              QByteArray firstBytes);
    bool fill();
    bool readRecord(CsvRecord& record);
    void chooseDelimiter();

    QIODevice& m_device;
    DetectedEncoding m_encoding;
    std::unique_ptr<TextDecoder> m_decoder;
    QString m_text;
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_bytesRead = 0;
    qint64 m_line = 1;
    qint64 m_blankSkipped = 0;
    QChar m_delimiter = QLatin1Char(',');
    QString m_ioError;
};

} // namespace ll
