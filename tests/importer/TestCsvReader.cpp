#include "ImporterTestSupport.h"

#include "importer/CsvReader.h"
#include "importer/LeadColumns.h"
#include "importer/LeadRow.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace ll;

class TestCsvReader : public QObject
{
    Q_OBJECT

private:
    static QList<CsvRecord> readAllRecords(const QByteArray& bytes, QString* encoding = nullptr,
                                           qint64* blanks = nullptr)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        auto reader = CsvReader::open(buffer);
        if (!reader.ok())
            qFatal("open: %s", qPrintable(reader.message()));
        QList<CsvRecord> out;
        CsvRecord r;
        while (reader.value()->next(r))
            out << r;
        if (encoding)
            *encoding = reader.value()->encoding().name;
        if (blanks)
            *blanks = reader.value()->blankRecordsSkipped();
        return out;
    }

private slots:
    void gbkFileIsDetectedAndDecoded()
    {
        const QString text =
            QStringLiteral("姓名,手机号,城市\n张三,13800138000,北京\n李四,13900139000,上海市\n");
        const QByteArray gbk = encodeText(text, QStringLiteral("GB18030")).value();
        QVERIFY(gbk != text.toUtf8());
        QString encoding;
        const auto records = readAllRecords(gbk, &encoding);
        QCOMPARE(encoding, QStringLiteral("GB18030"));
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[0].fields, (QStringList{"姓名", "手机号", "城市"}));
        QCOMPARE(records[2].fields, (QStringList{"李四", "13900139000", "上海市"}));
        QVERIFY(!records[1].malformedText);
    }

    void gbkWithFewChineseCharactersIsStillGb18030()
    {
        // Mostly ASCII with one short Chinese word: not valid UTF-8, so never decoded as Latin-1.
        QByteArray bytes = "name,phone,city\nTom,13800138000,";
        bytes += encodeText(QStringLiteral("北京"), QStringLiteral("GB18030")).value();
        bytes += "\n";
        QString encoding;
        const auto records = readAllRecords(bytes, &encoding);
        QCOMPARE(encoding, QStringLiteral("GB18030"));
        QCOMPARE(records[1].fields.last(), QStringLiteral("北京"));
    }

    void utf8WithAndWithoutBomReadTheSame()
    {
        const QByteArray plain = QStringLiteral("姓名,手机\n王五,13700137000\n").toUtf8();
        QString e1, e2;
        const auto a = readAllRecords(plain, &e1);
        const auto b = readAllRecords(QByteArray("\xEF\xBB\xBF") + plain, &e2);
        QCOMPARE(e1, QStringLiteral("UTF-8"));
        QCOMPARE(e2, QStringLiteral("UTF-8"));
        QCOMPARE(a[0].fields, b[0].fields);
        QCOMPARE(b[0].fields.first(), QStringLiteral("姓名")); // no U+FEFF glued to the first header
        QCOMPARE(a[1].fields, b[1].fields);
    }

    void utf16LittleEndianWithBomIsRead()
    {
        const QString text = QStringLiteral("姓名\t手机\n赵六\t13600136000\n");
        QByteArray bytes("\xFF\xFE");
        bytes += encodeText(text, QStringLiteral("UTF-16LE")).value();
        QString encoding;
        const auto records = readAllRecords(bytes, &encoding);
        QCOMPARE(encoding, QStringLiteral("UTF-16LE"));
        QCOMPARE(records[1].fields, (QStringList{"赵六", "13600136000"}));
    }

    void crlfQuotedNewlinesDoubledQuotesAndBlankLines()
    {
        const QByteArray bytes = "name,notes\r\n"
                                 "\r\n"
                                 "A,\"line one\r\nline two\"\r\n"
                                 ",\r\n"
                                 "B,\"she said \"\"hi\"\", then left\"\r\n"
                                 "\n"
                                 "C,\"a,b\"\r\n";
        qint64 blanks = 0;
        const auto records = readAllRecords(bytes, nullptr, &blanks);
        QCOMPARE(records.size(), 4);
        QCOMPARE(records[1].fields, (QStringList{"A", "line one\nline two"}));
        QCOMPARE(records[1].line, 3);
        QCOMPARE(records[2].fields, (QStringList{"B", "she said \"hi\", then left"}));
        QCOMPARE(records[2].line, 6); // the quoted line break counted: A spans lines 3-4, ",," is line 5
        QCOMPARE(records[3].fields, (QStringList{"C", "a,b"}));
        QCOMPARE(records[3].line, 8);
        QCOMPARE(blanks, 3);
    }

    void unterminatedQuoteIsReportedNotSwallowedSilently()
    {
        const auto records = readAllRecords("name,notes\nA,\"never closed\nB,x\n");
        QCOMPARE(records.size(), 2);
        QVERIFY(!records[1].error.isEmpty());
        QVERIFY(records[1].error.contains(QLatin1String("2")));
    }

    void invalidBytesInUtf8FileMarkTheirRow()
    {
        QByteArray bytes = QStringLiteral("姓名,手机\n").toUtf8();
        bytes += QStringLiteral("张三,13800138000\n").toUtf8();
        // 70 KB later (past the detection sample) a stray GBK byte pair appears.
        for (int i = 0; i < 5000; ++i)
            bytes +=
                QStringLiteral("用户%1,1380013%2\n").arg(i).arg(i % 10000, 4, 10, QLatin1Char('0')).toUtf8();
        bytes += "bad\xB1\xB1,13800138001\n";
        QString encoding;
        const auto records = readAllRecords(bytes, &encoding);
        QCOMPARE(encoding, QStringLiteral("UTF-8"));
        QVERIFY(bytes.indexOf("bad") > 64 * 1024);
        QVERIFY(!records[1].malformedText);
        QVERIFY(records.last().malformedText);
    }

    void recordsSpanningReadChunksAreWhole()
    {
        // Quoted fields and multi-byte characters straddle the 64 KiB read boundary somewhere in here.
        QByteArray bytes = "name,notes\n";
        const int rows = 5000;
        for (int i = 0; i < rows; ++i)
            bytes += QStringLiteral("客户%1,\"备注 %1\n第二行, \"\"引号\"\"\"\n").arg(i).toUtf8();
        const auto records = readAllRecords(bytes);
        QCOMPARE(records.size(), rows + 1);
        for (int i = 0; i < rows; ++i) {
            QCOMPARE(records[i + 1].fields.size(), 2);
            QCOMPARE(records[i + 1].fields[0], QStringLiteral("客户%1").arg(i));
            QCOMPARE(records[i + 1].fields[1], QStringLiteral("备注 %1\n第二行, \"引号\"").arg(i));
            QCOMPARE(records[i + 1].line, 2 + 2 * i);
        }
    }

    void gbkCharactersSpanningReadChunksDecode()
    {
        QString text = QStringLiteral("姓名,备注\n");
        for (int i = 0; i < 4000; ++i)
            text += QStringLiteral("张%1,这是一条很长的中文备注用来跨越缓冲区边界\n").arg(i);
        const auto records = readAllRecords(encodeText(text, QStringLiteral("GB18030")).value());
        QCOMPARE(records.size(), 4001);
        for (const CsvRecord& r : records)
            QVERIFY2(!r.malformedText, qPrintable(QString::number(r.line)));
        QCOMPARE(records.last().fields.last(), QStringLiteral("这是一条很长的中文备注用来跨越缓冲区边界"));
    }

    void tabSeparatedFilesAreDetected()
    {
        const auto records = readAllRecords("name\tphone\nA\t13800138000\n");
        QCOMPARE(records[1].fields, (QStringList{"A", "13800138000"}));
    }

    void chineseAndEnglishHeaderSynonymsMap()
    {
        const QStringList headers{"客户姓名", "手机号码",     "微信号",          "微信昵称",
                                  "线索来源", "所在城市",     "意向等级",        "留资时间",
                                  "备注",     "Phone Number", "*联系电话(必填)", "广告计划"};
        auto m = ColumnMapping::detect(headers);
        QVERIFY(m.ok());
        const QList<LeadField> expected{LeadField::Name,     LeadField::Phone,   LeadField::Wechat,
                                        LeadField::Nickname, LeadField::Source,  LeadField::City,
                                        LeadField::Intent,   LeadField::Created, LeadField::Notes,
                                        LeadField::Phone,    LeadField::Phone,   LeadField::Ignore};
        for (int i = 0; i < headers.size(); ++i)
            QCOMPARE(m->columns[i].field, expected[i]);
        for (const char* h :
             {"姓名", "名字", "手机", "电话", "联系电话", "微信", "昵称", "渠道", "来源", "城市", "意向",
              "创建时间", "name", "wechat", "WeChat ID", "created_at", "notes", "city", "intent"})
            QVERIFY2(leadFieldForHeader(QString::fromUtf8(h)).has_value(), h);
    }

    void explicitMappingOverridesDetection()
    {
        auto m = ColumnMapping::detect({"客户", "号码", "备注"},
                                       {{QStringLiteral("号码"), QStringLiteral("phone")},
                                        {QStringLiteral("备注"), QStringLiteral("ignore")}});
        QVERIFY2(m.ok(), qPrintable(m.message()));
        QCOMPARE(m->columns[1].field, LeadField::Phone);
        QVERIFY(m->columns[1].overridden);
        QCOMPARE(m->columns[2].field, LeadField::Ignore);
        QCOMPARE(ColumnMapping::detect({"a"}, {{QStringLiteral("b"), QStringLiteral("phone")}}).code(),
                 ErrorCode::NotFound);
        QCOMPARE(ColumnMapping::detect({"a"}, {{QStringLiteral("a"), QStringLiteral("telephone")}}).code(),
                 ErrorCode::InvalidInput);
    }

    void leadTimesInTheFormatsExportsUse()
    {
        const QTimeZone shanghai("Asia/Shanghai");
        const QDateTime expected(QDate(2026, 5, 1), QTime(14, 30), Qt::UTC);
        const QDateTime local = expected.addSecs(8 * 3600); // 22:30 in Shanghai
        Q_UNUSED(local);
        for (const char* text :
             {"2026-05-01 22:30", "2026/5/1 22:30:00", "2026年5月1日 22:30", "2026-05-01T22:30:00+08:00",
              "2026-05-01T14:30:00Z", "2026.05.01 22:30", "1777645800", "1777645800000"})
            QCOMPARE(parseLeadTime(QString::fromUtf8(text), shanghai), expected);
        QCOMPARE(parseLeadTime(QStringLiteral("2026-05-01"), shanghai),
                 QDateTime(QDate(2026, 4, 30), QTime(16, 0), Qt::UTC));
        QVERIFY(!parseLeadTime(QStringLiteral("2026-02-30 10:00"), shanghai).isValid());
        QVERIFY(!parseLeadTime(QStringLiteral("昨天"), shanghai).isValid());
    }

    void intentLevelsFromWordsAndLetters()
    {
        QCOMPARE(parseIntent(QStringLiteral("高")), 3);
        QCOMPARE(parseIntent(QStringLiteral("A")), 3);
        QCOMPARE(parseIntent(QStringLiteral("意向强")), 3);
        QCOMPARE(parseIntent(QStringLiteral("一般")), 2);
        QCOMPARE(parseIntent(QStringLiteral("低")), 1);
        QCOMPARE(parseIntent(QStringLiteral("")), 0);
        QVERIFY(!parseIntent(QStringLiteral("待定")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
