#include "DomainTestSupport.h"
#include "ImporterTestSupport.h"

#include "domain/ContactRepository.h"
#include "domain/TagRepository.h"
#include "importer/ContactExport.h"
#include "importer/CsvReader.h"
#include "importer/CsvWriter.h"
#include "importer/LeadImporter.h"
#include "importer/VCard.h"

#include <QBuffer>
#include <QStringDecoder>
#include <QTemporaryDir>

using namespace ll;
using namespace ll::test;

class TestContactExport : public QObject
{
    Q_OBJECT

    static QByteArray exportTo(Store& store, ExportFormat format, ContactQuery query = {})
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ContactExportOptions options;
        options.format = format;
        options.query = query;
        options.timeZone = QTimeZone("Asia/Shanghai");
        auto n = exportContacts(store, options, buffer);
        if (!n.ok())
            qFatal("export: %s", qPrintable(n.message()));
        return buffer.data();
    }

    static QList<QStringList> parseCsv(const QByteArray& bytes)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        auto reader = CsvReader::open(buffer);
        QList<QStringList> rows;
        CsvRecord r;
        while (reader.value()->next(r))
            rows << r.fields;
        return rows;
    }

    // Unfolds vCard lines (RFC 6350 §3.2) for checking values.
    static QString unfold(const QByteArray& card)
    {
        QByteArray b = card;
        b.replace("\r\n ", "");
        return QString::fromUtf8(b);
    }

private slots:
    void csvCellsThatLookLikeFormulasAreNeutralised()
    {
        QCOMPARE(CsvWriter::neutraliseFormula(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
        QCOMPARE(CsvWriter::neutraliseFormula(QStringLiteral("+cmd")), QStringLiteral("'+cmd"));
        QCOMPARE(CsvWriter::neutraliseFormula(QStringLiteral("-2")), QStringLiteral("'-2"));
        QCOMPARE(CsvWriter::neutraliseFormula(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(CsvWriter::neutraliseFormula(QStringLiteral("\tx")), QStringLiteral("'\tx"));
        QCOMPARE(CsvWriter::neutraliseFormula(QStringLiteral("\rx")), QStringLiteral("'\rx"));
        QCOMPARE(CsvWriter::neutraliseFormula(QStringLiteral("张=三")), QStringLiteral("张=三"));
        QCOMPARE(CsvWriter::encodeCell(QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")),
                 QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""));
    }

    void csvExportHasBomChineseHeadersAndSafeCells()
    {
        TempStore s;
        ContactRepository repo(*s);
        ContactInput in;
        in.name = QStringLiteral("=HYPERLINK(\"http://evil\",\"点我\")");
        in.nickname = QStringLiteral("@admin");
        in.phones = QStringList{QStringLiteral("+86 138-0013-8000"), QStringLiteral("010-62345678")};
        in.notes = QStringLiteral("第一行\n-第二行, \"引号\"");
        in.city = QStringLiteral("+北京");
        in.intent = 3;
        in.points = -5;
        const Contact c = repo.add(in).value();
        QVERIFY(TagRepository(*s)
                    .tagContact(c.id, TagRepository(*s).resolve(QStringLiteral("VIP"), true).value().id)
                    .ok());

        const QByteArray bytes = exportTo(*s, ExportFormat::Csv);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n"));
        const QList<QStringList> rows = parseCsv(bytes);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0], contactCsvHeader());
        QCOMPARE(rows[0].first(), QStringLiteral("姓名"));
        const QStringList& row = rows[1];
        QCOMPARE(row[0], QStringLiteral("'=HYPERLINK(\"http://evil\",\"点我\")"));
        QCOMPARE(row[1], QStringLiteral("'@admin"));
        QCOMPARE(row[3], QStringLiteral("138 0013 8000 / 010-62345678")); // no leading +: never a formula
        QCOMPARE(row[6], QStringLiteral("'+北京"));
        QCOMPARE(row[9], QStringLiteral("高"));
        QCOMPARE(row[10], QStringLiteral("'-5"));
        QCOMPARE(row[11], QStringLiteral("VIP"));
        QCOMPARE(row[12], QStringLiteral("第一行\n-第二行, \"引号\""));
        QCOMPARE(row[17], c.id);
        for (const QString& cell : row)
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.at(0)), qPrintable(cell));
    }

    void csvExportReimportsAsTheSameContacts()
    {
        TempStore s;
        ContactRepository repo(*s);
        ContactInput in;
        in.name = QStringLiteral("-张三");
        in.phones = QStringList{QStringLiteral("13800138000")};
        in.wechatId = QStringLiteral("zs_wx");
        in.city = QStringLiteral("北京");
        in.source = QStringLiteral("walk_in");
        in.intent = 2;
        QVERIFY(repo.add(in).ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(exportTo(*s, ExportFormat::Csv));
        f.close();

        TempStore other;
        auto report = LeadImporter(*other).importFile(path, {});
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QCOMPARE(report->newContacts, 1);
        ContactQuery q;
        const Contact c = ContactRepository(*other).list(q).value().first();
        QCOMPARE(c.name, QStringLiteral("-张三")); // the formula guard is undone on import
        QCOMPARE(c.wechatId, QStringLiteral("zs_wx"));
        QCOMPARE(c.phones.first().digits(), QStringLiteral("13800138000"));
        QCOMPARE(c.intent, 2);
        QCOMPARE(c.source, QStringLiteral("walk_in"));
    }

    void vcardTextEscapingFollowsRfc6350()
    {
        QCOMPARE(vcard::escapeText(QStringLiteral("a,b;c\\d\ne\r\nf")),
                 QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf"));
        QCOMPARE(vcard::escapeText(QStringLiteral("张三")), QStringLiteral("张三"));
    }

    void vcardLinesFoldAt75OctetsWithoutSplittingUtf8()
    {
        const QString note = QStringLiteral("NOTE:") + QString(60, QChar(0x4E2D)) + QStringLiteral("😀abc") +
                             QString(100, QLatin1Char('x'));
        const QByteArray folded = vcard::foldLine(note);
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> lines = folded.left(folded.size() - 2).split('\n');
        QVERIFY(lines.size() > 3);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QByteArray line = lines[i];
            if (line.endsWith('\r'))
                line.chop(1);
            QVERIFY2(line.size() <= 75, line.constData());
            if (i > 0)
                QVERIFY(line.startsWith(' '));
            const QByteArray content = i > 0 ? line.mid(1) : line;
            QVERIFY2(isValidUtf8Standalone(content), "a UTF-8 sequence was split across lines");
        }
        QByteArray unfolded = folded;
        unfolded.replace("\r\n ", "");
        QCOMPARE(QString::fromUtf8(unfolded.chopped(2)), note);
        QCOMPARE(vcard::foldLine(QStringLiteral("FN:short")), QByteArray("FN:short\r\n"));
    }

    void vcardExportCarriesEscapedFieldsAndTelUris()
    {
        TempStore s;
        ContactRepository repo(*s);
        ContactInput in;
        in.name = QStringLiteral("张三, 李;四\\");
        in.nickname = QStringLiteral("小张");
        in.phones = QStringList{QStringLiteral("13800138000"), QStringLiteral("010-62345678")};
        in.gender = QStringLiteral("女");
        in.birthday = QStringLiteral("1990-02-28");
        in.city = QStringLiteral("北京");
        in.wechatId = QStringLiteral("zs_wx");
        in.notes = QStringLiteral("第一行\n第二行：") + QString(40, QChar(0x4E2D));
        const Contact c = repo.add(in).value();
        QVERIFY(TagRepository(*s)
                    .tagContact(c.id, TagRepository(*s).resolve(QStringLiteral("高,价值"), true).value().id)
                    .ok());
        const QByteArray bytes = exportTo(*s, ExportFormat::VCard);
        for (const QByteArray& line : bytes.split('\n'))
            QVERIFY(line.size() <= 76); // 75 octets + the CR
        const QString card = unfold(bytes);
        QVERIFY(card.startsWith(QStringLiteral("BEGIN:VCARD\r\nVERSION:4.0\r\n")));
        QVERIFY(card.contains(QStringLiteral("\r\nFN:张三\\, 李\\;四\\\\\r\n")));
        QVERIFY(card.contains(QStringLiteral("\r\nNICKNAME:小张\r\n")));
        QVERIFY(card.contains(QStringLiteral("\r\nTEL;VALUE=uri;TYPE=cell:tel:+86-13800138000\r\n")));
        QVERIFY(card.contains(QStringLiteral("\r\nTEL;VALUE=uri;TYPE=voice:tel:+86-1062345678\r\n")));
        QVERIFY(card.contains(QStringLiteral("\r\nGENDER:F\r\n")));
        QVERIFY(card.contains(QStringLiteral("\r\nBDAY:19900228\r\n")));
        QVERIFY(card.contains(QStringLiteral("\r\nADR:;;;北京;;;\r\n")));
        QVERIFY(card.contains(QStringLiteral("\r\nCATEGORIES:高\\,价值\r\n")));
        QVERIFY(card.contains(QStringLiteral("\r\nNOTE:第一行\\n第二行：")));
        QVERIFY(card.contains(QStringLiteral("\r\nUID:urn:uuid:") + c.id + QStringLiteral("\r\n")));
        QVERIFY(card.endsWith(QStringLiteral("END:VCARD\r\n")));
    }

    void exportFiltersBySearchAndTag()
    {
        TempStore s;
        ContactRepository repo(*s);
        for (const char* name : {"张三", "李四", "王五"}) {
            ContactInput in;
            in.name = QString::fromUtf8(name);
            QVERIFY(repo.add(in).ok());
        }
        ContactQuery q;
        q.search = QStringLiteral("zs");
        const QList<QStringList> rows = parseCsv(exportTo(*s, ExportFormat::Csv, q));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1][0], QStringLiteral("张三"));
        QCOMPARE(parseCsv(exportTo(*s, ExportFormat::Csv)).size(), 4);
    }

private:
    static bool isValidUtf8Standalone(const QByteArray& bytes)
    {
        // Every fragment must decode on its own: no lead byte without its continuation bytes.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(bytes);
        return !decoder.hasError() && !text.contains(QChar(0xFFFD));
    }
};

QTEST_GUILESS_MAIN(TestContactExport)
#include "TestContactExport.moc"
