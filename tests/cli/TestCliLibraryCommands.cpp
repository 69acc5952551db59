#include "CliRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// The rule, reminders, script, sensitive and material groups, driven through the real liuliang-cli binary.
// Every call pays the Argon2id unlock, so each test makes only the calls it needs.
class TestCliLibraryCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_dir;
    QString m_contactId;

    CliRunner cli() const { return CliRunner(m_dir); }
    static QStringList reminderIds(const QJsonObject& due); // every reminder id in `reminders due --json`

private Q_SLOTS:
    void initTestCase();
    void runOutReminderIsDueOnceAndDoneClosesIt();
    void scriptRendersTheContactsNameAndRefusesUnknownPlaceholders();
    void sensitiveWordBlocksRender();
    void materialIsStoredEncryptedAndExportedIdentically();
};

void TestCliLibraryCommands::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_dir = m_tmp.filePath(QStringLiteral("profile"));
    const CliRunner::Run init =
        cli()({QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("留量测试"), QStringLiteral("--staff"),
               QStringLiteral("李店长"), QStringLiteral("--role"), QStringLiteral("manager")});
    QVERIFY2(init.exitCode == 0, init.err.constData());
    const CliRunner::Run contact = cli()({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--name"),
                                          QStringLiteral("张三"), QStringLiteral("--json")});
    QVERIFY2(contact.exitCode == 0, contact.err.constData());
    m_contactId = contact.json().value(QStringLiteral("id")).toString();
    QVERIFY(!m_contactId.isEmpty());
}

QStringList TestCliLibraryCommands::reminderIds(const QJsonObject& due)
{
    QStringList ids;
    for (const QJsonValue& group : due.value(QStringLiteral("groups")).toArray())
        for (const QJsonValue& r : group.toObject().value(QStringLiteral("reminders")).toArray())
            ids << r.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

void TestCliLibraryCommands::runOutReminderIsDueOnceAndDoneClosesIt()
{
    const QString day = QStringLiteral("2026-12-01");
    const QStringList due{QStringLiteral("reminders"), QStringLiteral("due"), QStringLiteral("--json"),
                          QStringLiteral("--date"), day};
    QCOMPARE(cli()({QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--sku"), QStringLiteral("OIL-90"),
                    QStringLiteral("--name"), QStringLiteral("香薰精油"), QStringLiteral("--cycle-days"),
                    QStringLiteral("90")})
                 .exitCode,
             0);
    const CliRunner::Run rule =
        cli()({QStringLiteral("rule"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("精油快用完"),
               QStringLiteral("--kind"), QStringLiteral("runout"), QStringLiteral("--product"), QStringLiteral("OIL-90"),
               QStringLiteral("--lead-days"), QStringLiteral("5"), QStringLiteral("--team"), QStringLiteral("--json")});
    QVERIFY2(rule.exitCode == 0, rule.err.constData());
    QCOMPARE(rule.json().value(QStringLiteral("kind")).toString(), QStringLiteral("runout"));
    QCOMPARE(rule.json().value(QStringLiteral("team")).toBool(), true);
    QCOMPARE(rule.json().value(QStringLiteral("lead_days")).toInt(), 5);

    // Nothing due yet; this also stores the reference date, so the reminder below can only come from the
    // incremental recompute that `purchase add` runs.
    const CliRunner::Run before = cli()(due);
    QVERIFY2(before.exitCode == 0, before.err.constData());
    QCOMPARE(before.json().value(QStringLiteral("total")).toInt(), 0);

    // 1 Sep + 90 days − 5 lead days = 25 Nov: overdue on 1 Dec.
    const CliRunner::Run purchase =
        cli()({QStringLiteral("purchase"), QStringLiteral("add"), m_contactId, QStringLiteral("--product"),
               QStringLiteral("OIL-90"), QStringLiteral("--date"), QStringLiteral("2026-09-01")});
    QVERIFY2(purchase.exitCode == 0, purchase.err.constData());
    QVERIFY2(purchase.err.isEmpty(), purchase.err.constData());

    const CliRunner::Run first = cli()(due);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const QJsonObject json = first.json();
    QCOMPARE(json.value(QStringLiteral("date")).toString(), day);
    QCOMPARE(json.value(QStringLiteral("total")).toInt(), 1);
    const QJsonObject group = json.value(QStringLiteral("groups")).toArray().at(0).toObject();
    QCOMPARE(group.value(QStringLiteral("kind")).toString(), QStringLiteral("runout"));
    const QJsonObject reminder = group.value(QStringLiteral("reminders")).toArray().at(0).toObject();
    QCOMPARE(reminder.value(QStringLiteral("contact_id")).toString(), m_contactId);
    QCOMPARE(reminder.value(QStringLiteral("contact_name")).toString(), QStringLiteral("张三"));
    QCOMPARE(reminder.value(QStringLiteral("due_on")).toString(), QStringLiteral("2026-11-25"));
    QCOMPARE(reminder.value(QStringLiteral("anchor")).toString(), QStringLiteral("2026-09-01"));
    QCOMPARE(reminder.value(QStringLiteral("subject_label")).toString(), QStringLiteral("香薰精油"));
    QCOMPARE(reminder.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
    QCOMPARE(reminder.value(QStringLiteral("overdue")).toBool(), true);
    const QString id = reminder.value(QStringLiteral("id")).toString();

    // Asking again (a new process, a regeneration) lists the very same reminder once.
    const CliRunner::Run second = cli()(due);
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(reminderIds(second.json()), QStringList{id});

    // Snoozed past the day asked about: not due then, and the state printed is the one stored.
    const CliRunner::Run snoozed =
        cli()({QStringLiteral("reminders"), QStringLiteral("snooze"), id, QStringLiteral("--until"),
               QStringLiteral("2099-01-01"), QStringLiteral("--json")});
    QVERIFY2(snoozed.exitCode == 0, snoozed.err.constData());
    QCOMPARE(snoozed.json().value(QStringLiteral("state")).toString(), QStringLiteral("snoozed"));
    QCOMPARE(snoozed.json().value(QStringLiteral("snoozed_until")).toString(), QStringLiteral("2099-01-01"));
    QCOMPARE(cli()(due).json().value(QStringLiteral("total")).toInt(), 0);

    const CliRunner::Run done = cli()({QStringLiteral("reminders"), QStringLiteral("done"), id.left(8),
                                       QStringLiteral("--json")});
    QVERIFY2(done.exitCode == 0, done.err.constData());
    QCOMPARE(done.json().value(QStringLiteral("state")).toString(), QStringLiteral("done"));

    const CliRunner::Run after = cli()(due);
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.json().value(QStringLiteral("total")).toInt(), 0);
}

void TestCliLibraryCommands::scriptRendersTheContactsNameAndRefusesUnknownPlaceholders()
{
    const CliRunner::Run add =
        cli()({QStringLiteral("script"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("欢迎新客"),
               QStringLiteral("--category"), QStringLiteral("welcome"), QStringLiteral("--body"),
               QStringLiteral("{name}您好，欢迎光临{{门店}}！"), QStringLiteral("--json")});
    QVERIFY2(add.exitCode == 0, add.err.constData());
    const QString id = add.json().value(QStringLiteral("id")).toString();
    QCOMPARE(add.json().value(QStringLiteral("category")).toString(), QStringLiteral("welcome"));

    const CliRunner::Run render = cli()({QStringLiteral("script"), QStringLiteral("render"), id,
                                         QStringLiteral("--contact"), m_contactId.left(8)});
    QVERIFY2(render.exitCode == 0, render.err.constData());
    QCOMPARE(QString::fromUtf8(render.out), QStringLiteral("张三您好，欢迎光临{门店}！\n"));

    const CliRunner::Run unknown =
        cli()({QStringLiteral("script"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("错字"),
               QStringLiteral("--body"), QStringLiteral("{nmae}您好")});
    QCOMPARE(unknown.exitCode, 6);
    QVERIFY2(unknown.err.contains("{nmae}"), unknown.err.constData());
}

void TestCliLibraryCommands::sensitiveWordBlocksRender()
{
    const CliRunner::Run add =
        cli()({QStringLiteral("script"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("返现活动"),
               QStringLiteral("--body"), QStringLiteral("{name}，下单立享返现"), QStringLiteral("--json")});
    QVERIFY2(add.exitCode == 0, add.err.constData());
    const QString id = add.json().value(QStringLiteral("id")).toString();
    const CliRunner::Run word = cli()({QStringLiteral("sensitive"), QStringLiteral("add"), QStringLiteral("返现")});
    QVERIFY2(word.exitCode == 0, word.err.constData());

    const CliRunner::Run render = cli()({QStringLiteral("script"), QStringLiteral("render"), id,
                                         QStringLiteral("--contact"), m_contactId, QStringLiteral("--json")});
    QCOMPARE(render.exitCode, 6);
    QVERIFY2(QString::fromUtf8(render.err).contains(QStringLiteral("返现")), render.err.constData());
    const QJsonObject json = render.json();
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(true), false);
    QVERIFY(json.value(QStringLiteral("text")).isNull());
    QCOMPARE(json.value(QStringLiteral("sensitive_words")).toArray().first().toString(), QStringLiteral("返现"));
}

void TestCliLibraryCommands::materialIsStoredEncryptedAndExportedIdentically()
{
    // Random bytes, so any run of them in a profile file can only be the plaintext leaking.
    QByteArray bytes(96 * 1024, '\0');
    QRandomGenerator rng(20261125);
    for (char& b : bytes)
        b = char(rng.bounded(256));
    const QString file = m_tmp.filePath(QStringLiteral("海报.png"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(bytes), qint64(bytes.size()));
    }
    const CliRunner::Run add =
        cli()({QStringLiteral("material"), QStringLiteral("add"), file, QStringLiteral("--kind"),
               QStringLiteral("poster"), QStringLiteral("--title"), QStringLiteral("双11海报"), QStringLiteral("--tag"),
               QStringLiteral("双11"), QStringLiteral("--json")});
    QVERIFY2(add.exitCode == 0, add.err.constData());
    const QString id = add.json().value(QStringLiteral("id")).toString();
    QCOMPARE(add.json().value(QStringLiteral("size")).toInteger(), qint64(bytes.size()));
    QCOMPARE(add.json().value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));

    const CliRunner::Run list = cli()({QStringLiteral("material"), QStringLiteral("list"), QStringLiteral("--search"),
                                       QStringLiteral("shuang"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, list.err.constData());
    const QJsonArray materials = list.json().value(QStringLiteral("materials")).toArray();
    QCOMPARE(materials.size(), 1);
    QCOMPARE(materials.at(0).toObject().value(QStringLiteral("id")).toString(), id);
    QCOMPARE(materials.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("poster"));

    const QString exported = m_tmp.filePath(QStringLiteral("exported.png"));
    const CliRunner::Run exportRun =
        cli()({QStringLiteral("material"), QStringLiteral("export"), id.left(8), QStringLiteral("--out"), exported});
    QVERIFY2(exportRun.exitCode == 0, exportRun.err.constData());
    QFile in(exported);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QCOMPARE(in.readAll(), bytes);

    // No file of the profile holds any 32-byte run of the plaintext.
    QDirIterator it(m_dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        ++files;
        for (qsizetype at = 0; at + 32 <= bytes.size(); at += 4096)
            QVERIFY2(!content.contains(bytes.mid(at, 32)), qPrintable(f.fileName()));
    }
    QVERIFY(files >= 2);
}

QTEST_GUILESS_MAIN(TestCliLibraryCommands)
#include "TestCliLibraryCommands.moc"
