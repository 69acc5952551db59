#include "importer/CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace ll {

namespace {

// Messages of this file, filed under ll::LeadImporter for lupdate and at run time alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::LeadImporter)
};

constexpr qint64 kChunk = 64 * 1024;
constexpr qint64 kSample = 64 * 1024;

bool allBlank(const QStringList& fields)
{
    for (const QString& f : fields)
        if (!f.trimmed().isEmpty())
            return false;
    return true;
}

} // namespace

Result<std::unique_ptr<CsvReader>> CsvReader::open(QIODevice& device, const QString& encoding)
{
    QByteArray sample = device.read(kSample);
    if (sample.isEmpty() && !device.errorString().isEmpty() && !device.atEnd())
        return makeError(ErrorCode::Io, Text::tr("Cannot read the file: %1").arg(device.errorString()));
    DetectedEncoding detected = detectEncoding(sample, device.atEnd());
    if (!encoding.isEmpty()) {
        // A forced encoding still skips its own BOM.
        const bool utf8Bom = sample.startsWith("\xEF\xBB\xBF");
        detected = {encoding,
                    (utf8Bom && encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0) ? 3 : 0,
                    100};
    }
    auto decoder = TextDecoder::create(detected.name);
    if (!decoder.ok())
        return decoder.error();
    std::unique_ptr<CsvReader> reader(new CsvReader(device, detected, std::move(decoder.value()), sample));
    reader->chooseDelimiter();
    return reader;
}

CsvReader::CsvReader(QIODevice& device, DetectedEncoding encoding, std::unique_ptr<TextDecoder> decoder,
                     QByteArray firstBytes)
    : m_device(device)
    , m_encoding(std::move(encoding))
    , m_decoder(std::move(decoder))
{
    m_bytesRead = firstBytes.size();
    const QByteArray body = firstBytes.mid(m_encoding.bomLength);
    m_eof = m_device.atEnd();
    m_decoder->decode(body.constData(), body.size(), m_eof, m_text);
}

CsvReader::~CsvReader() = default;

void CsvReader::chooseDelimiter()
{
    int commas = 0, tabs = 0, semicolons = 0;
    bool quoted = false;
    for (const QChar c : m_text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    if (tabs > commas && tabs >= semicolons)
        m_delimiter = QLatin1Char('\t');
    else if (semicolons > commas)
        m_delimiter = QLatin1Char(';');
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    // Keep only the unread tail, so the buffer never grows beyond a chunk plus one record.
    m_text.remove(0, m_pos);
    m_pos = 0;
    const QByteArray bytes = m_device.read(kChunk);
    if (bytes.isEmpty() && !m_device.atEnd()) {
        m_ioError = m_device.errorString();
        m_eof = true;
    }
    m_bytesRead += bytes.size();
    if (m_device.atEnd())
        m_eof = true;
    const qsizetype before = m_text.size();
    m_decoder->decode(bytes.constData(), bytes.size(), m_eof, m_text);
    return m_text.size() > before || !m_eof;
}

bool CsvReader::next(CsvRecord& record)
{
    while (readRecord(record)) {
        if (record.error.isEmpty() && allBlank(record.fields)) {
            ++m_blankSkipped;
            continue;
        }
        return true;
    }
    return false;
}

// A character-level state machine; the buffer may be refilled at any character, so no state lives in locals
// that a refill would invalidate (indices into m_text are re-read after fill()).
bool CsvReader::readRecord(CsvRecord& record)
{
    record.fields.clear();
    record.error.clear();
    record.line = m_line;

    auto peek = [this](QChar& c) {
        while (m_pos >= m_text.size()) {
            if (!fill() && m_pos >= m_text.size())
                return false;
        }
        c = m_text.at(m_pos);
        return true;
    };

    QChar c;
    if (!peek(c))
        return false;

    QString field;
    bool inQuotes = false;
    bool wasQuoted = false;
    qint64 quoteLine = 0;
    while (true) {
        if (!peek(c)) {
            if (inQuotes)
                record.error = Text::tr("a quoted field opened on line %1 is never closed").arg(quoteLine);
            record.fields << field;
            break;
        }
        ++m_pos;
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                QChar n;
                if (peek(n) && n == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++m_pos;
                } else {
                    inQuotes = false;
                }
            } else if (c == QLatin1Char('\r')) {
                QChar n;
                if (peek(n) && n == QLatin1Char('\n'))
                    ++m_pos;
                field += QLatin1Char('\n');
                ++m_line;
            } else {
                if (c == QLatin1Char('\n'))
                    ++m_line;
                field += c;
            }
            continue;
        }
        if (c == m_delimiter) {
            record.fields << field;
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r')) {
                QChar n;
                if (peek(n) && n == QLatin1Char('\n'))
                    ++m_pos;
            }
            ++m_line;
            record.fields << field;
            break;
        } else if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            inQuotes = true;
            wasQuoted = true;
            quoteLine = m_line;
        } else {
            // Text after a closing quote, or a quote inside an unquoted field, is kept as written
            // (lenient, as spreadsheet programs are).
            field += c;
        }
    }
    // The decoder turns bytes that are not valid in the file's encoding into U+FFFD.
    record.malformedText = false;
    for (const QString& f : std::as_const(record.fields))
        record.malformedText = record.malformedText || f.contains(QChar(0xFFFD));
    return true;
}

} // namespace ll
