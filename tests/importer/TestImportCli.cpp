#include "CliRunner.h"
#include "ImporterTestSupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ll::test;

// `liuliang-cli import leads` and `export contacts`, run as the real binary like an admin's script would.
class TestImportCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_staffId;

    CliRunner cli() const { return CliRunner(m_tmp.filePath(QStringLiteral("profile"))); }
    QString path(const QString& name) const { return m_tmp.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const CliRunner::Run init = cli()({"init", "--org", "留量测试", "--store", "朝阳店", "--staff",
                                           "王导购", "--role", "manager", "--json"});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        m_staffId = init.json().value("staff_id").toString();
        QVERIFY(!m_staffId.isEmpty());
    }

    void importGbkLeadsReportsCountsAndWritesRejectedRows()
    {
        const QString file =
            writeFixture(path("leads.csv"),
                         QStringLiteral("姓名,手机,微信号,来源,城市,意向,创建时间,备注\n"
                                        "张三,13800138000,,抖音,北京,高,2026-05-01 10:00,\"=1+1\n第二行\"\n"
                                        "\n"
                                        "张三,+86 138 0013 8000,zs_wx,腾讯广告,,,,\n"
                                        "座机,010-62345678,,,,,,\n"
                                        "李四,139001390,,,,,,\n"
                                        "王五,,ww_01,,,,,\n"),
                         QStringLiteral("GB18030"), true);
        const QString rejected = path("rejected.csv");
        const CliRunner::Run run =
            cli()({"import", "leads", file, "--json", "--rejected-out", rejected, "--source", "直播",
                   "--allocate", "round-robin", "--guides", m_staffId});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject r = run.json();
        QCOMPARE(r.value("encoding").toString(), QStringLiteral("GB18030"));
        QCOMPARE(r.value("rows_read").toInt(), 5);
        QCOMPARE(r.value("blank_lines").toInt(), 1);
        QCOMPARE(r.value("new_contacts").toInt(), 2);
        QCOMPARE(r.value("merged_duplicates").toInt(), 1);
        QCOMPARE(r.value("rejected_count").toInt(), 2);
        QCOMPARE(r.value("completed").toBool(), true);
        QCOMPARE(r.value("allocated").toObject().value(m_staffId).toInt(), 2);
        const QJsonArray reasons = r.value("rejected").toArray();
        QCOMPARE(reasons.size(), 2);
        QCOMPARE(reasons[0].toObject().value("line").toInt(), 6);
        QCOMPARE(reasons[1].toObject().value("line").toInt(), 7);
        QVERIFY(reasons[1].toObject().value("reason").toString().contains("139001390"));
        QCOMPARE(r.value("rejected_file").toString(), rejected);
        QCOMPARE(r.value("mapping").toArray().first().toObject().value("field").toString(),
                 QStringLiteral("name"));
        const QByteArray rejectedBytes = readAll(rejected);
        QVERIFY(rejectedBytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(QString::fromUtf8(rejectedBytes).contains(QStringLiteral("李四,139001390")));

        const CliRunner::Run again = cli()({"import", "leads", file, "--json", "--source", "直播"});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(again.json().value("new_contacts").toInt(), 0);
        QCOMPARE(again.json().value("merged_duplicates").toInt(), 0);
        QCOMPARE(again.json().value("unchanged").toInt(), 3);

        const CliRunner::Run list = cli()({"contact", "list", "--json", "--reveal"});
        QCOMPARE(list.json().value("total").toInt(), 2);
    }

    void mapOptionNamesColumnsTheHeadersDoNotReveal()
    {
        const QString file = writeFixture(path("odd.csv"), QStringLiteral("客户,号码\n赵六,13600136000\n"));
        const CliRunner::Run refused = cli()({"import", "leads", file});
        QCOMPARE(refused.exitCode, 6);
        QVERIFY(refused.err.contains("--map"));
        const CliRunner::Run run =
            cli()({"import", "leads", file, "--map", "号码=phone", "--map", "客户=name"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(QString::fromUtf8(run.out).contains(QStringLiteral("New contacts: 1")));
        const CliRunner::Run shown = cli()({"contact", "list", "--search", "zhaoliu", "--json"});
        QCOMPARE(shown.json().value("total").toInt(), 1);
    }

    void badOptionsFailBeforeTouchingTheStore()
    {
        const QString file = writeFixture(path("x.csv"), QStringLiteral("手机\n13800138000\n"));
        QCOMPARE(cli()({"import", "leads", file, "--map", "nonsense"}).exitCode, 2);
        QCOMPARE(cli()({"import", "leads", file, "--map", "手机=telephone"}).exitCode, 6);
        QCOMPARE(cli()({"import", "leads", file, "--allocate", "random"}).exitCode, 6);
        QCOMPARE(cli()({"import", "leads", file, "--guides", m_staffId}).exitCode, 2);
        QCOMPARE(cli()({"import", "leads", path("missing.csv")}).exitCode, 5);
        QCOMPARE(cli()({"import", "leads", file, "--allocate", "round-robin", "--guides",
                        "00000000-0000-4000-8000-000000000000"})
                     .exitCode,
                 5);
        QCOMPARE(cli()({"export", "contacts", "--format", "xls", "--out", path("o")}).exitCode, 2);
    }

    void exportContactsToCsvAndVcard()
    {
        const QString csv = path("contacts.csv");
        const CliRunner::Run run = cli()({"export", "contacts", "--format", "csv", "--out", csv, "--json"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().value("contacts").toInt(), 3);
        const QByteArray bytes = readAll(csv);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF姓名,昵称,微信号,手机"));
        // The note "=1+1..." came from a lead form: in the CSV it cannot run as a formula.
        QVERIFY(!bytes.contains(",=1+1"));

        const QString vcf = path("contacts.vcf");
        const CliRunner::Run card =
            cli()({"export", "contacts", "--format", "vcard", "--out", vcf, "--search", "张三"});
        QVERIFY2(card.exitCode == 0, card.err.constData());
        const QByteArray v = readAll(vcf);
        QCOMPARE(v.count("BEGIN:VCARD"), 1);
        QVERIFY(v.contains("TEL;VALUE=uri;TYPE=cell:tel:+86-13800138000\r\n"));
        QVERIFY(v.contains("X-WECHAT:zs_wx\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "TestImportCli.moc"
