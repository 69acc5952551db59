#include "DomainTestSupport.h"

#include "domain/ContactRepository.h"
#include "importer/LeadImporter.h"
#include "importer/XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

#include <cstdlib>
#include <cstring>

using namespace ll;
using namespace ll::test;

namespace {

using Parts = QMap<QString, QByteArray>;

const QByteArray kXmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const QByteArray kMainNs = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
const QByteArray kRelNs = "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

// The parts every workbook has; the sheet, shared strings and styles are the test's.
Parts workbook(const QByteArray& sheetData, const QByteArray& sharedStrings = {},
               const QByteArray& styles = {}, bool date1904 = false)
{
    Parts p;
    p[QStringLiteral("[Content_Types].xml")] =
        kXmlHead + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
    p[QStringLiteral("xl/workbook.xml")] =
        kXmlHead + "<workbook " + kMainNs + " " + kRelNs + ">" +
        (date1904 ? "<workbookPr date1904=\"1\"/>" : "") +
        "<sheets><sheet name=\"线索\" sheetId=\"1\" r:id=\"rId7\"/><sheet name=\"Other\" sheetId=\"2\" "
        "r:id=\"rId8\"/></sheets></workbook>";
    QByteArray rels =
        kXmlHead + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                   "<Relationship Id=\"rId8\" "
                   "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                   "Target=\"worksheets/other.xml\"/>"
                   "<Relationship Id=\"rId7\" "
                   "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                   "Target=\"/xl/worksheets/leads.xml\"/>";
    if (!sharedStrings.isEmpty())
        rels += "<Relationship Id=\"rId9\" "
                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
                "Target=\"sharedStrings.xml\"/>";
    if (!styles.isEmpty())
        rels += "<Relationship Id=\"rId10\" "
                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
                "Target=\"styles.xml\"/>";
    rels += "</Relationships>";
    p[QStringLiteral("xl/_rels/workbook.xml.rels")] = rels;
    p[QStringLiteral("xl/worksheets/leads.xml")] =
        kXmlHead + "<worksheet " + kMainNs + "><sheetData>" + sheetData + "</sheetData></worksheet>";
    p[QStringLiteral("xl/worksheets/other.xml")] =
        kXmlHead + "<worksheet " + kMainNs +
        "><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>wrong sheet</t></is></c></row>"
        "</sheetData></worksheet>";
    if (!sharedStrings.isEmpty())
        p[QStringLiteral("xl/sharedStrings.xml")] =
            kXmlHead + "<sst " + kMainNs + ">" + sharedStrings + "</sst>";
    if (!styles.isEmpty())
        p[QStringLiteral("xl/styles.xml")] =
            kXmlHead + "<styleSheet " + kMainNs + ">" + styles + "</styleSheet>";
    return p;
}

// Writes the parts as a real zip archive with libzip, deflated like Excel's.
void writeZip(const QString& path, const Parts& parts)
{
    int error = 0;
    zip_t* zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip)
        qFatal("zip_open %d", error);
    for (auto it = parts.constBegin(); it != parts.constEnd(); ++it) {
        // libzip reads the buffer at zip_close; a malloc'd copy it frees itself keeps it alive until then.
        void* copy = malloc(size_t(it.value().size()));
        memcpy(copy, it.value().constData(), size_t(it.value().size()));
        zip_source_t* src = zip_source_buffer(zip, copy, zip_uint64_t(it.value().size()), 1);
        if (!src || zip_file_add(zip, it.key().toUtf8().constData(), src, ZIP_FL_ENC_UTF_8) < 0)
            qFatal("zip_file_add: %s", zip_strerror(zip));
    }
    if (zip_close(zip) != 0)
        qFatal("zip_close: %s", zip_strerror(zip));
}

QByteArray sharedString(const char* text)
{
    return QByteArray("<si><t>") + text + "</t></si>";
}

QList<std::pair<qint64, QStringList>> readRows(const QString& path, const XlsxLimits& limits = {})
{
    QList<std::pair<qint64, QStringList>> rows;
    const Status s = XlsxReader::readFirstSheet(
        path,
        [&](qint64 row, const QStringList& cells) {
            rows.append({row, cells});
        },
        limits);
    if (!s.ok())
        qFatal("readFirstSheet: %s", qPrintable(s.message()));
    return rows;
}

// A lead export as ad platforms write it: Chinese headers as shared strings, the phone a number cell,
// the WeChat ID an inline string, 创建时间 an Excel serial date, notes in rich-text runs with a phonetic
// guide, a blank row, and a row whose trailing cells are missing.
Parts leadWorkbook()
{
    const QByteArray sst = sharedString("客户姓名") + sharedString("手机号") + sharedString("微信号") +
                           sharedString("创建时间") + sharedString("备注") + sharedString("张三") +
                           "<si><r><t>想了解</t></r><r><rPr><b/></rPr><t>价格, \"急\"</t></r>"
                           "<rPh sb=\"0\" eb=\"1\"><t>ソウ</t></rPh></si>" +
                           sharedString("李四");
    const QByteArray rows =
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
        "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\" t=\"s\"><v>4</v></c>"
        "<c r=\"F1\" s=\"0\"/></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>5</v></c><c r=\"B2\"><v>13800138000</v></c>"
        "<c r=\"C2\" t=\"inlineStr\"><is><t>zhang_san88</t></is></c><c r=\"D2\"><v>45352.5</v></c>"
        "<c r=\"E2\" t=\"s\"><v>6</v></c></row>"
        "<row r=\"3\"><c r=\"A3\" s=\"0\"/></row>"
        "<row r=\"5\"><c r=\"A5\" t=\"s\"><v>7</v></c><c r=\"B5\"><v>1.3900139E10</v></c></row>";
    return workbook(rows, sst);
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void sharedAndInlineStringsReadTheFirstSheetWithChineseHeaders()
    {
        const QString file = path(QStringLiteral("leads.xlsx"));
        writeZip(file, leadWorkbook());
        const auto rows = readRows(file);
        QCOMPARE(rows.size(), 3); // the blank row 3 and the missing row 4 are not delivered
        QCOMPARE(rows[0].first, 1);
        QCOMPARE(rows[0].second,
                 (QStringList{QStringLiteral("客户姓名"), QStringLiteral("手机号"), QStringLiteral("微信号"),
                              QStringLiteral("创建时间"), QStringLiteral("备注")}));
        QCOMPARE(rows[1].first, 2);
        QCOMPARE(rows[1].second[0], QStringLiteral("张三"));
        QCOMPARE(rows[1].second[2], QStringLiteral("zhang_san88"));
        // Rich-text runs joined, the phonetic guide left out.
        QCOMPARE(rows[1].second[4], QStringLiteral("想了解价格, \"急\""));
        QCOMPARE(rows[2].first, 5);
        QCOMPARE(rows[2].second, (QStringList{QStringLiteral("李四"), QStringLiteral("13900139000")}));
    }

    void phoneNumberStoredAsNumberComesOutAsDigits()
    {
        const QString file = path(QStringLiteral("numbers.xlsx"));
        writeZip(file,
                 workbook("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>手机</t></is></c>"
                          "<c r=\"B1\" t=\"inlineStr\"><is><t>金额</t></is></c></row>"
                          "<row r=\"2\"><c r=\"A2\"><v>13800138000</v></c><c r=\"B2\"><v>0.1</v></c></row>"
                          "<row r=\"3\"><c r=\"A3\"><v>1.3800138001E10</v></c><c r=\"B3\"><v>2.50</v></c>"
                          "</row>"
                          "<row r=\"4\"><c r=\"A4\"><v>13800138002.0</v></c><c r=\"B4\" t=\"b\"><v>1</v></c>"
                          "</row>"));
        const auto rows = readRows(file);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[1].second, (QStringList{QStringLiteral("13800138000"), QStringLiteral("0.1")}));
        QCOMPARE(rows[2].second, (QStringList{QStringLiteral("13800138001"), QStringLiteral("2.5")}));
        QCOMPARE(rows[3].second, (QStringList{QStringLiteral("13800138002"), QStringLiteral("TRUE")}));
    }

    void serialDatesInTheCreatedColumnBecomeIsoText()
    {
        const QString file = path(QStringLiteral("dates.xlsx"));
        writeZip(file, leadWorkbook());
        const auto rows = readRows(file);
        QCOMPARE(rows[1].second[3], QStringLiteral("2024-03-01 12:00:00"));
        // Outside the 创建时间 column a number without a date format stays a number.
        QCOMPARE(rows[1].second[1], QStringLiteral("13800138000"));
    }

    void dateFormattedCellsBecomeIsoTextInAnyColumn()
    {
        const QString file = path(QStringLiteral("styled.xlsx"));
        const QByteArray styles =
            "<numFmts count=\"1\"><numFmt numFmtId=\"176\" formatCode=\"yyyy&quot;年&quot;m"
            "&quot;月&quot;d&quot;日&quot;\"/><numFmt numFmtId=\"177\" "
            "formatCode=\"#,##0.00&quot;元&quot;\"/></numFmts>"
            "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
            "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>"
            "<xf numFmtId=\"176\"/><xf numFmtId=\"177\"/></cellXfs>";
        writeZip(
            file,
            workbook("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>到店日期</t></is></c></row>"
                     "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>45352</v></c><c r=\"B2\" s=\"2\"><v>45353.75</v>"
                     "</c><c r=\"C2\" s=\"3\"><v>45352</v></c><c r=\"D2\" s=\"0\"><v>45352</v></c></row>",
                     {}, styles));
        const auto rows = readRows(file);
        QCOMPARE(rows[1].second,
                 (QStringList{QStringLiteral("2024-03-01"), QStringLiteral("2024-03-02 18:00:00"),
                              QStringLiteral("45352"), QStringLiteral("45352")}));
    }

    void date1904WorkbooksCountFrom1904()
    {
        QCOMPARE(XlsxReader::serialToIso(0, true), QStringLiteral("1904-01-01"));
        QCOMPARE(XlsxReader::serialToIso(45352), QStringLiteral("2024-03-01"));
        QCOMPARE(XlsxReader::serialToIso(1), QStringLiteral("1900-01-01"));
        QCOMPARE(XlsxReader::serialToIso(61), QStringLiteral("1900-03-01"));
        QVERIFY(XlsxReader::serialToIso(-1).isEmpty());
        QVERIFY(XlsxReader::serialToIso(1e9).isEmpty());
        const QString file = path(QStringLiteral("mac.xlsx"));
        writeZip(file, workbook("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>留资时间</t></is></c></row>"
                                "<row r=\"2\"><c r=\"A2\"><v>43890</v></c></row>",
                                {}, {}, true));
        QCOMPARE(readRows(file)[1].second[0], QStringLiteral("2024-03-01"));
    }

    void csvKeepsSheetRowNumbersAndPadsShortRows()
    {
        const QString file = path(QStringLiteral("csv.xlsx"));
        writeZip(file, leadWorkbook());
        const auto csv = XlsxReader::toCsv(file);
        QVERIFY2(csv.ok(), qPrintable(csv.message()));
        QVERIFY(csv->startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(csv->mid(3)).split(QLatin1Char('\n'));
        QCOMPARE(lines[0], QStringLiteral("客户姓名,手机号,微信号,创建时间,备注"));
        QCOMPARE(
            lines[1],
            QStringLiteral("张三,13800138000,zhang_san88,2024-03-01 12:00:00,\"想了解价格, \"\"急\"\"\""));
        QCOMPARE(lines[2], QString());
        QCOMPARE(lines[3], QString());
        QCOMPARE(lines[4], QStringLiteral("李四,13900139000,,,"));
    }

    void importsThroughTheCsvImporterWithoutATemporaryFile()
    {
        const QString file = path(QStringLiteral("import.xlsx"));
        writeZip(file, leadWorkbook());
        TempStore s;
        const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
        auto source = openLeadFile(file);
        QVERIFY2(source.ok(), qPrintable(source.message()));
        QVERIFY(source->fromXlsx);
        LeadImportOptions options;
        options.rejectedPath = path(QStringLiteral("import-rejected.csv"));
        auto report = LeadImporter(*s).importDevice(*source->device, source->size, options);
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QCOMPARE(report->rowsRead, 2);
        QCOMPARE(report->newContacts, 2);
        QCOMPARE(report->rejectedCount, 0);
        ContactQuery q;
        q.limit = 0;
        const QList<Contact> contacts = ContactRepository(*s).list(q).value();
        QCOMPARE(contacts.size(), 2);
        bool sawZhang = false;
        for (const Contact& c : contacts) {
            if (c.name != QStringLiteral("张三"))
                continue;
            sawZhang = true;
            QVERIFY(!c.phones.isEmpty());
            QCOMPARE(c.phones.constFirst().digits(), QStringLiteral("13800138000"));
            QCOMPARE(c.createdAt.toTimeZone(QTimeZone::systemTimeZone()).date(), QDate(2024, 3, 1));
        }
        QVERIFY(sawZhang);
        // Nothing but the workbook itself in the folder: the sheet was converted in memory.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);

        auto again = openLeadFile(file);
        QVERIFY(again.ok());
        auto second = LeadImporter(*s).importDevice(*again->device, again->size, options);
        QVERIFY(second.ok());
        QCOMPARE(second->newContacts, 0);
        QCOMPARE(second->unchanged, 2);
    }

    void corruptZipIsAnError()
    {
        const QString notZip = path(QStringLiteral("text.xlsx"));
        QFile f(notZip);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("姓名,手机\n张三,13800138000\n");
        f.close();
        const Status s1 = XlsxReader::readFirstSheet(notZip, [](qint64, const QStringList&) {});
        QCOMPARE(s1.code(), ErrorCode::InvalidInput);

        // A real archive cut in half: the central directory is gone.
        const QString whole = path(QStringLiteral("whole.xlsx"));
        writeZip(whole, leadWorkbook());
        QFile in(whole);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        const QString cut = path(QStringLiteral("cut.xlsx"));
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() / 2));
        out.close();
        const Status s2 = XlsxReader::readFirstSheet(cut, [](qint64, const QStringList&) {});
        QCOMPARE(s2.code(), ErrorCode::InvalidInput);
        QVERIFY(!openLeadFile(cut).ok());

        // Well-formed zip, broken sheet XML.
        const QString badXml = path(QStringLiteral("badxml.xlsx"));
        writeZip(badXml, workbook("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></row>"));
        QCOMPARE(XlsxReader::readFirstSheet(badXml, [](qint64, const QStringList&) {}).code(),
                 ErrorCode::InvalidInput);

        // No worksheet at all.
        const QString empty = path(QStringLiteral("noworkbook.xlsx"));
        writeZip(empty, Parts{{QStringLiteral("hello.txt"), "hello"}});
        QCOMPARE(XlsxReader::readFirstSheet(empty, [](qint64, const QStringList&) {}).code(),
                 ErrorCode::InvalidInput);

        QCOMPARE(openLeadFile(path(QStringLiteral("vanished.xlsx"))).code(), ErrorCode::NotFound);
    }

    void oldXlsWorkbookIsRefusedWithAHint()
    {
        const QString xls = path(QStringLiteral("old.xls"));
        QFile f(xls);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromHex("d0cf11e0a1b11ae1") + QByteArray(512, '\0'));
        f.close();
        const auto opened = openLeadFile(xls);
        QCOMPARE(opened.code(), ErrorCode::InvalidInput);
        QVERIFY(opened.message().contains(QStringLiteral(".xlsx")));
    }

    void oversizePartIsAnError()
    {
        QByteArray rows;
        for (int r = 1; r <= 400; ++r)
            rows += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r) +
                    "\"><v>1380013" + QByteArray::number(1000 + r) + "</v></c></row>";
        const QString file = path(QStringLiteral("big.xlsx"));
        writeZip(file, workbook(rows));
        XlsxLimits limits;
        limits.maxPartBytes = 4096;
        const Status s = XlsxReader::readFirstSheet(
            file, [](qint64, const QStringList&) {}, limits);
        QCOMPARE(s.code(), ErrorCode::InvalidInput);
        QVERIFY2(s.message().contains(QStringLiteral("too large")), qPrintable(s.message()));
        QCOMPARE(XlsxReader::toCsv(file, limits).code(), ErrorCode::InvalidInput);
        // Within the default limit it reads.
        QCOMPARE(readRows(file).size(), 400);
    }

    void manyCopiesOfOneLongSharedStringHitTheLimit()
    {
        // A small sheet whose rows all point at one long shared string unpacks to far more CSV than
        // any part of the archive: the CSV is capped too.
        const QByteArray sst = sharedString("手机") + "<si><t>" + QByteArray(3000, 'x') + "</t></si>";
        QByteArray rows = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>";
        for (int r = 2; r <= 60; ++r)
            rows += "<row r=\"" + QByteArray::number(r) + "\"><c t=\"s\"><v>1</v></c></row>";
        const QString file = path(QStringLiteral("amplified.xlsx"));
        writeZip(file, workbook(rows, sst));
        XlsxLimits limits;
        limits.maxPartBytes = 32 * 1024;
        const auto csv = XlsxReader::toCsv(file, limits);
        QCOMPARE(csv.code(), ErrorCode::InvalidInput);
        QVERIFY2(csv.message().contains(QStringLiteral("too large")), qPrintable(csv.message()));
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "TestXlsxReader.moc"
