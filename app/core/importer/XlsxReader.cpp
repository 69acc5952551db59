#include "importer/XlsxReader.h"

#include "importer/LeadColumns.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

#include <zip.h>

#include <cmath>

namespace ll {

namespace {

// Messages of this file, filed under ll::XlsxReader for lupdate and at run time alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::XlsxReader)
};

constexpr qint64 kMaxRow = 1048576; // Excel's limits; anything beyond is not a real sheet
constexpr int kMaxColumns = 16384;

Error notAWorkbook(const QString& detail)
{
    return makeError(ErrorCode::InvalidInput,
                     Text::tr("The file is not a readable Excel workbook: %1").arg(detail));
}

// One part of the archive as a sequential device, so QXmlStreamReader pulls it in chunks as it parses.
// Reading past the size limit fails (the inflated size in the zip directory can lie).
class ZipPartDevice : public QIODevice
{
public:
    ZipPartDevice(zip_file_t* file, qint64 limit)
        : m_file(file)
        , m_limit(limit)
    {
        open(QIODevice::ReadOnly);
    }
    ~ZipPartDevice() override { zip_fclose(m_file); }

    bool isSequential() const override { return true; }
    bool tooLarge() const { return m_tooLarge; }
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        if (m_tooLarge || m_failed)
            return -1;
        const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(maxSize));
        if (n < 0) {
            m_failed = true;
            return -1;
        }
        m_total += n;
        if (m_total > m_limit) {
            m_tooLarge = true;
            return -1;
        }
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    zip_file_t* m_file;
    qint64 m_limit;
    qint64 m_total = 0;
    bool m_tooLarge = false;
    bool m_failed = false;
};

class Archive
{
public:
    explicit Archive(zip_t* zip)
        : m_zip(zip)
    {}
    ~Archive() { zip_discard(m_zip); }
    Archive(const Archive&) = delete;
    Archive& operator=(const Archive&) = delete;

    bool has(const QString& name) const { return zip_name_locate(m_zip, name.toUtf8().constData(), 0) >= 0; }

    Result<std::unique_ptr<ZipPartDevice>> open(const QString& name, const XlsxLimits& limits) const
    {
        const QByteArray n = name.toUtf8();
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat(m_zip, n.constData(), 0, &st) != 0)
            return notAWorkbook(Text::tr("%1 is missing").arg(name));
        if ((st.valid & ZIP_STAT_SIZE) && qint64(st.size) > limits.maxPartBytes)
            return tooLarge(name, limits);
        zip_file_t* file = zip_fopen(m_zip, n.constData(), 0);
        if (!file)
            return notAWorkbook(QString::fromUtf8(zip_strerror(m_zip)));
        return std::make_unique<ZipPartDevice>(file, limits.maxPartBytes);
    }

    static Error tooLarge(const QString& name, const XlsxLimits& limits)
    {
        const qint64 kib = limits.maxPartBytes >> 10;
        const QString size = kib >= 1024 ? Text::tr("%1 MiB").arg(kib >> 10) : Text::tr("%1 KiB").arg(kib);
        return makeError(
            ErrorCode::InvalidInput,
            Text::tr("The workbook is too large to import: %1 unpacks to more than %2. Save the sheet "
                     "as CSV and import that.")
                .arg(name, size));
    }

private:
    zip_t* m_zip;
};

// The error of a finished or failed parse of one part.
Status partStatus(const QXmlStreamReader& xml, const ZipPartDevice& device, const QString& name,
                  const XlsxLimits& limits)
{
    if (device.tooLarge())
        return Archive::tooLarge(name, limits);
    if (device.failed())
        return notAWorkbook(Text::tr("%1 cannot be unpacked").arg(name));
    if (xml.hasError())
        return notAWorkbook(Text::tr("%1: %2 (line %3)").arg(name, xml.errorString()).arg(xml.lineNumber()));
    return {};
}

struct Relationship
{
    QString type;
    QString target; // path inside the archive
};

// "worksheets/sheet1.xml" relative to "xl/", or "/xl/worksheets/sheet1.xml" from the root.
QString resolveTarget(const QString& baseDir, const QString& target)
{
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(baseDir + QLatin1Char('/') + target);
}

Result<QHash<QString, Relationship>> readRelationships(const Archive& archive, const QString& relsPath,
                                                       const QString& baseDir, const XlsxLimits& limits)
{
    QHash<QString, Relationship> out;
    if (!archive.has(relsPath))
        return out;
    auto device = archive.open(relsPath, limits);
    if (!device.ok())
        return device.error();
    QXmlStreamReader xml(device.value().get());
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
            const auto a = xml.attributes();
            out.insert(a.value(QLatin1String("Id")).toString(),
                       {a.value(QLatin1String("Type")).toString(),
                        resolveTarget(baseDir, a.value(QLatin1String("Target")).toString())});
        }
    }
    LL_TRY(partStatus(xml, *device.value(), relsPath, limits));
    return out;
}

struct Workbook
{
    QString firstSheet; // path inside the archive
    QString sharedStrings;
    QString styles;
    bool date1904 = false;
};

Result<Workbook> readWorkbook(const Archive& archive, const XlsxLimits& limits)
{
    const QString path = QStringLiteral("xl/workbook.xml");
    auto rels = readRelationships(archive, QStringLiteral("xl/_rels/workbook.xml.rels"), QStringLiteral("xl"),
                                  limits);
    if (!rels.ok())
        return rels.error();
    auto device = archive.open(path, limits);
    if (!device.ok())
        return device.error();
    Workbook wb;
    QString sheetRelId;
    QXmlStreamReader xml(device.value().get());
    while (!xml.atEnd() && sheetRelId.isEmpty()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto a = xml.attributes();
        if (xml.name() == u"workbookPr") {
            const auto v = a.value(QLatin1String("date1904"));
            wb.date1904 = v == u"1" || v == u"true";
        } else if (xml.name() == u"sheet") {
            for (const QXmlStreamAttribute& attr : a)
                if (attr.name() == u"id" && !attr.namespaceUri().isEmpty())
                    sheetRelId = attr.value().toString();
        }
    }
    LL_TRY(partStatus(xml, *device.value(), path, limits));
    for (const Relationship& r : rels.value()) {
        if (r.type.endsWith(u"/sharedStrings"))
            wb.sharedStrings = r.target;
        else if (r.type.endsWith(u"/styles"))
            wb.styles = r.target;
    }
    wb.firstSheet = rels->value(sheetRelId).target;
    // Writers that skip the relationships still use the conventional names.
    if (wb.firstSheet.isEmpty())
        wb.firstSheet = QStringLiteral("xl/worksheets/sheet1.xml");
    if (wb.sharedStrings.isEmpty() && archive.has(QStringLiteral("xl/sharedStrings.xml")))
        wb.sharedStrings = QStringLiteral("xl/sharedStrings.xml");
    if (wb.styles.isEmpty() && archive.has(QStringLiteral("xl/styles.xml")))
        wb.styles = QStringLiteral("xl/styles.xml");
    return wb;
}

// The text of a string item (<si>, <is>): its <t> runs, without phonetic guides (<rPh>).
QString readStringItem(QXmlStreamReader& xml)
{
    QString text;
    const QString element = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0)
                text += xml.readElementText();
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == element)
                break;
        }
    }
    return text;
}

Result<QStringList> readSharedStrings(const Archive& archive, const QString& path, const XlsxLimits& limits)
{
    QStringList out;
    if (path.isEmpty())
        return out;
    auto device = archive.open(path, limits);
    if (!device.ok())
        return device.error();
    QXmlStreamReader xml(device.value().get());
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si")
            out << readStringItem(xml);
    }
    LL_TRY(partStatus(xml, *device.value(), path, limits));
    return out;
}

// Whether a custom number format shows a date or time: it has y, d, h or s outside quoted text,
// [bracketed] parts and escaped characters ("m" alone could be minutes or months, and is never alone).
bool isDateFormatCode(const QString& code)
{
    bool quoted = false, bracket = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i].toLower();
        if (quoted) {
            quoted = c != QLatin1Char('"');
        } else if (bracket) {
            bracket = c != QLatin1Char(']');
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char('[')) {
            bracket = true;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i; // the next character is literal or padding
        } else if (c == QLatin1Char('y') || c == QLatin1Char('d') || c == QLatin1Char('h') ||
                   c == QLatin1Char('s')) {
            return true;
        }
    }
    return false;
}

bool isBuiltInDateFormat(int id)
{
    // 14-22 dates and times; 27-36 and 50-58 the East Asian date formats (yyyy"年"m"月"d"日" ...);
    // 45-47 times.
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
           (id >= 50 && id <= 58);
}

// Per cell style index (the s attribute of a cell): whether it shows a date.
Result<QList<bool>> readDateStyles(const Archive& archive, const QString& path, const XlsxLimits& limits)
{
    QList<bool> out;
    if (path.isEmpty())
        return out;
    auto device = archive.open(path, limits);
    if (!device.ok())
        return device.error();
    QSet<int> customDates;
    bool inCellXfs = false;
    QXmlStreamReader xml(device.value().get());
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs")
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto a = xml.attributes();
        if (xml.name() == u"numFmt" && isDateFormatCode(a.value(QLatin1String("formatCode")).toString()))
            customDates.insert(a.value(QLatin1String("numFmtId")).toInt());
        else if (xml.name() == u"cellXfs")
            inCellXfs = true;
        else if (inCellXfs && xml.name() == u"xf") {
            const int id = a.value(QLatin1String("numFmtId")).toInt();
            out << (isBuiltInDateFormat(id) || customDates.contains(id));
        }
    }
    LL_TRY(partStatus(xml, *device.value(), path, limits));
    return out;
}

// "B12" → column 1 (0-based); -1 when the reference has no letters or is beyond Excel's last column.
int columnOf(QStringView ref)
{
    int col = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref[i].isLetter(); ++i) {
        const int letter = ref[i].toUpper().unicode() - 'A';
        if (letter < 0 || letter > 25)
            return -1;
        col = col * 26 + letter + 1;
        if (col > kMaxColumns)
            return -1;
    }
    return i == 0 ? -1 : col - 1;
}

// A number cell as the sheet shows it in General format: whole numbers as plain digits.
QString numberText(const QString& raw)
{
    const QString v = raw.trimmed();
    bool digitsOnly = !v.isEmpty();
    for (qsizetype i = 0; i < v.size() && digitsOnly; ++i)
        digitsOnly = v[i].isDigit() || (i == 0 && v[i] == QLatin1Char('-') && v.size() > 1);
    if (digitsOnly)
        return v;
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return v;
    if (d == std::floor(d) && std::fabs(d) < 1e15)
        return QString::number(qint64(d));
    return QString::number(d, 'g', 15);
}

struct SheetContext
{
    QStringList shared;
    QList<bool> dateStyles;
    bool date1904 = false;
    QSet<int> dateColumns; // from the header row: columns that mean 创建时间
};

QString cellText(QXmlStreamReader& xml, const SheetContext& ctx, int column)
{
    const auto a = xml.attributes();
    const QString type = a.value(QLatin1String("t")).toString();
    const int style = a.value(QLatin1String("s")).toInt();
    QString value;
    bool haveValue = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"c")
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"v") {
            value = xml.readElementText();
            haveValue = true;
        } else if (xml.name() == u"is") {
            value = readStringItem(xml);
            haveValue = true;
        } else {
            xml.skipCurrentElement(); // <f> formulas and extensions: the cached value is what counts
        }
    }
    if (!haveValue)
        return {};
    if (type == u"s") {
        bool ok = false;
        const int index = value.trimmed().toInt(&ok);
        return ok && index >= 0 && index < ctx.shared.size() ? ctx.shared[index] : QString();
    }
    if (type == u"b")
        return value.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (!type.isEmpty() && type != u"n")
        return value; // inlineStr, str (formula text), e (error), d (ISO date)
    const bool dateStyle = style >= 0 && style < ctx.dateStyles.size() && ctx.dateStyles[style];
    if (dateStyle || ctx.dateColumns.contains(column)) {
        bool ok = false;
        const double serial = value.trimmed().toDouble(&ok);
        const QString iso = ok ? XlsxReader::serialToIso(serial, ctx.date1904) : QString();
        if (!iso.isEmpty())
            return iso;
    }
    return numberText(value);
}

Status readSheet(const Archive& archive, const QString& path, SheetContext& ctx, const XlsxLimits& limits,
                 const XlsxReader::RowSink& sink)
{
    auto device = archive.open(path, limits);
    if (!device.ok())
        return device.error();
    QXmlStreamReader xml(device.value().get());
    qint64 rowNumber = 0;
    bool headerSeen = false;
    QStringList cells;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && xml.name() == u"row") {
            const auto r = xml.attributes().value(QLatin1String("r"));
            rowNumber = r.isEmpty() ? rowNumber + 1 : r.toLongLong();
            if (rowNumber < 1 || rowNumber > kMaxRow)
                return notAWorkbook(Text::tr("%1 has a row numbered %2").arg(path, r.toString()));
            cells.clear();
        } else if (token == QXmlStreamReader::StartElement && xml.name() == u"c") {
            const auto ref = xml.attributes().value(QLatin1String("r"));
            const int column = ref.isEmpty() ? int(cells.size()) : columnOf(ref);
            if (column < 0 || column >= kMaxColumns)
                return notAWorkbook(Text::tr("%1 has a cell at %2").arg(path, ref.toString()));
            const QString text = cellText(xml, ctx, column);
            while (cells.size() <= column)
                cells << QString();
            cells[column] = text;
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"row") {
            while (!cells.isEmpty() && cells.constLast().isEmpty())
                cells.removeLast();
            if (cells.isEmpty())
                continue;
            if (!headerSeen) {
                headerSeen = true;
                for (int i = 0; i < cells.size(); ++i)
                    if (leadFieldForHeader(cells[i]) == LeadField::Created)
                        ctx.dateColumns.insert(i);
            }
            sink(rowNumber, cells);
        }
    }
    return partStatus(xml, *device.value(), path, limits);
}

// Quoted when the CSV reader would otherwise split or re-join it; nothing else is changed, since the
// importer reads this text back (formula neutralising is for files people open, not this).
void appendCsvCell(QString& line, const QString& cell)
{
    static const QString special = QStringLiteral(",\"\r\n;\t");
    bool quote = false;
    for (const QChar c : cell)
        if (special.contains(c)) {
            quote = true;
            break;
        }
    if (!quote) {
        line += cell;
        return;
    }
    line += QLatin1Char('"');
    line += QString(cell).replace(QLatin1Char('"'), QLatin1String("\"\""));
    line += QLatin1Char('"');
}

enum class FileKind
{
    Text,
    Zip,
    OldExcel
};

FileKind sniff(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return FileKind::Text;
    const QByteArray head = f.read(8);
    if (head.startsWith("PK\x03\x04"))
        return FileKind::Zip;
    if (head == QByteArray::fromHex("d0cf11e0a1b11ae1"))
        return FileKind::OldExcel;
    return FileKind::Text;
}

} // namespace

Status XlsxReader::readFirstSheet(const QString& path, const RowSink& sink, const XlsxLimits& limits)
{
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Text::tr("Cannot open %1: %2").arg(path, probe.errorString()));
    probe.close();
    int errorCode = 0;
    zip_t* zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &errorCode);
    if (!zip) {
        zip_error_t error;
        zip_error_init_with_code(&error, errorCode);
        const QString detail = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return notAWorkbook(detail);
    }
    const Archive archive(zip);
    auto workbook = readWorkbook(archive, limits);
    if (!workbook.ok())
        return workbook.error();
    SheetContext ctx;
    ctx.date1904 = workbook->date1904;
    auto shared = readSharedStrings(archive, workbook->sharedStrings, limits);
    if (!shared.ok())
        return shared.error();
    ctx.shared = std::move(shared.value());
    auto styles = readDateStyles(archive, workbook->styles, limits);
    if (!styles.ok())
        return styles.error();
    ctx.dateStyles = std::move(styles.value());
    return readSheet(archive, workbook->firstSheet, ctx, limits, sink);
}

Result<QByteArray> XlsxReader::toCsv(const QString& path, const XlsxLimits& limits)
{
    QByteArray out("\xEF\xBB\xBF");
    qint64 lastRow = 0;
    qsizetype width = -1;
    bool overflow = false;
    QString line;
    const Status read = readFirstSheet(
        path,
        [&](qint64 row, const QStringList& cells) {
            // Many rows repeating one long shared string can unpack far beyond the sheet's own size.
            if (overflow || out.size() > limits.maxPartBytes) {
                overflow = true;
                return;
            }
            for (; lastRow + 1 < row; ++lastRow)
                out += '\n';
            lastRow = row;
            if (width < 0)
                width = cells.size();
            line.clear();
            const qsizetype n = std::max(width, cells.size());
            for (qsizetype i = 0; i < n; ++i) {
                if (i > 0)
                    line += QLatin1Char(',');
                if (i < cells.size())
                    appendCsvCell(line, cells[i]);
            }
            line += QLatin1Char('\n');
            out += line.toUtf8();
        },
        limits);
    if (!read.ok())
        return read.error();
    if (overflow)
        return Archive::tooLarge(Text::tr("the first sheet"), limits);
    if (width < 0)
        return makeError(ErrorCode::InvalidInput, Text::tr("The first sheet of the workbook is empty"));
    return out;
}

bool XlsxReader::isXlsx(const QString& path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
}

QString XlsxReader::serialToIso(double serial, bool date1904)
{
    // 2958465 is 9999-12-31, the last day Excel knows.
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466)
        return {};
    const qint64 seconds = std::llround(serial * 86400.0);
    const qint64 days = seconds / 86400;
    const QTime time = QTime(0, 0).addSecs(int(seconds % 86400));
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days);
    else if (days == 0)
        return time.toString(QStringLiteral("HH:mm:ss")); // a time of day without a date
    else if (days < 60)
        date = QDate(1899, 12, 31).addDays(days);
    else if (days == 60)
        return {}; // Excel's 29 February 1900, a day that never was
    else
        date = QDate(1899, 12, 30).addDays(days); // Excel counts 1900 as a leap year
    if (seconds % 86400 == 0)
        return date.toString(Qt::ISODate);
    return date.toString(Qt::ISODate) + QLatin1Char(' ') + time.toString(QStringLiteral("HH:mm:ss"));
}

Result<LeadFileSource> openLeadFile(const QString& path, const XlsxLimits& limits)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, Text::tr("The file %1 does not exist (any more)").arg(path));
    if (!info.isFile())
        return makeError(ErrorCode::InvalidInput, Text::tr("%1 is not a file").arg(path));
    LeadFileSource source;
    const FileKind kind = sniff(path);
    if (kind == FileKind::OldExcel)
        return makeError(
            ErrorCode::InvalidInput,
            Text::tr("%1 is an old Excel .xls workbook. Save it as .xlsx or CSV and import that.")
                .arg(info.fileName()));
    if (kind == FileKind::Zip || XlsxReader::isXlsx(path)) {
        auto csv = XlsxReader::toCsv(path, limits);
        if (!csv.ok())
            return csv.error();
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(csv.value());
        buffer->open(QIODevice::ReadOnly);
        source.size = buffer->size();
        source.device = std::move(buffer);
        source.fromXlsx = true;
        return source;
    }
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Text::tr("Cannot open %1: %2").arg(path, file->errorString()));
    source.size = file->size();
    source.device = std::move(file);
    return source;
}

} // namespace ll
