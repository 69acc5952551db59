#include "CliRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Drives the real liuliang-cli binary, one process per command, exactly as a script would: every command
// below is also a relaunch that must see what the previous processes wrote.
class TestCliEndToEnd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_dir;

    CliRunner cli() const { return CliRunner(m_dir); }
    int contactCount() const;
    QString addContact(const QStringList& args) const; // returns the new id

private Q_SLOTS:
    void initTestCase();
    void initCreatesOwnerOnlyEncryptedProfile();
    void contactIsFoundByInitialsTaggedFollowedUpAndShown();
    void phonesAreMaskedUnlessRevealed();
    void relaunchSeesEverythingWritten();
    void editChangesOnlyTheGivenFieldsAndRejectsBadValuesWhole();
    void wrongPassphraseExitsThreeAndChangesNoFile();
    void initOverExistingProfileExitsEightAndKeepsTheKey();
    void badPhoneExitsSixAndAddsNothing();
    void overlongNameExitsSixAndAddsNothing();
    void invalidUtf8ArgumentIsRejectedBeforeAnythingIsWritten();
    void deletingMissingContactExitsFive();
    void deletedContactIsGoneAndSecondDeleteExitsFive();
    void unknownTagOrProductExitsFiveAndWritesNothing();
    void mergeKeepsOneContactWithBothPhones();
    void missingProfileExitsFour();
    void lockedProfileWithoutTerminalOrEnvironmentExitsTwo();
    void terminalPromptReadsPassphraseWithoutEcho();
    void initOnTerminalAsksTwiceAndRefusesMismatch();
    void usageErrorsExitTwo();
    void helpDocumentsCommandsAndExitCodes();
    void checkPrintsOkOnAHealthyStore();
    void storeFileHoldsNoCustomerNameOrPhone();
};

void TestCliEndToEnd::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_dir = m_tmp.filePath(QStringLiteral("profile"));
    const CliRunner::Run init =
        cli()({QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("留量测试"),
               QStringLiteral("--staff"), QStringLiteral("王导购"), QStringLiteral("--role"),
               QStringLiteral("guide")});
    QVERIFY2(init.exitCode == 0, init.err.constData());
}

int TestCliEndToEnd::contactCount() const
{
    const CliRunner::Run run =
        cli()({QStringLiteral("contact"), QStringLiteral("list"), QStringLiteral("--json")});
    return run.exitCode == 0 ? run.json().value(QStringLiteral("total")).toInt(-1) : -1;
}

QString TestCliEndToEnd::addContact(const QStringList& args) const
{
    const CliRunner::Run run = cli()(QStringList{QStringLiteral("contact"), QStringLiteral("add")} + args +
                                     QStringList{QStringLiteral("--json")});
    if (run.exitCode != 0)
        qWarning("contact add failed: %s", run.err.constData());
    return run.json().value(QStringLiteral("id")).toString();
}

void TestCliEndToEnd::initCreatesOwnerOnlyEncryptedProfile()
{
    const QString dir = m_tmp.filePath(QStringLiteral("fresh"));
    const CliRunner::Run run = CliRunner(dir)({QStringLiteral("init"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(QStringLiteral("passphrase")).toBool(), true);
    const auto ownerRw = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QCOMPARE(QFileInfo(dir).permissions() & ~(ownerRw | QFileDevice::ExeOwner | QFileDevice::ReadUser |
                                              QFileDevice::WriteUser | QFileDevice::ExeUser),
             QFileDevice::Permissions());
    for (const char* file : {"store.db", "key.json"}) {
        const QFileInfo info(QDir(dir).filePath(QLatin1String(file)));
        QVERIFY2(info.exists(), file);
        QCOMPARE(info.permissions() & ~(ownerRw | QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::Permissions());
    }
}

void TestCliEndToEnd::contactIsFoundByInitialsTaggedFollowedUpAndShown()
{
    const QString id =
        addContact({QStringLiteral("--name"), QStringLiteral("张三"), QStringLiteral("--phone"),
                    QStringLiteral("+86 138-0013-8000"), QStringLiteral("--city"), QStringLiteral("上海")});
    QVERIFY(!id.isEmpty());

    const CliRunner::Run tag =
        cli()({QStringLiteral("tag"), QStringLiteral("add"), id, QStringLiteral("VIP")});
    QVERIFY2(tag.exitCode == 0, tag.err.constData());

    const CliRunner::Run found = cli()(
        {QStringLiteral("contact"), QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("zs"),
         QStringLiteral("--tag"), QStringLiteral("VIP"), QStringLiteral("--json")});
    QCOMPARE(found.exitCode, 0);
    const QJsonArray contacts = found.json().value(QStringLiteral("contacts")).toArray();
    QCOMPARE(contacts.size(), 1);
    QCOMPARE(contacts.first().toObject().value(QStringLiteral("id")).toString(), id);
    QCOMPARE(contacts.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("张三"));

    // The short id shown in tables is accepted as CONTACT_ID.
    const CliRunner::Run followUp =
        cli()({QStringLiteral("followup"), QStringLiteral("add"), id.left(8), QStringLiteral("--kind"),
               QStringLiteral("call"), QStringLiteral("--outcome"), QStringLiteral("interested"),
               QStringLiteral("--note"), QStringLiteral("想试新品")});
    QVERIFY2(followUp.exitCode == 0, followUp.err.constData());

    const CliRunner::Run show =
        cli()({QStringLiteral("contact"), QStringLiteral("show"), id, QStringLiteral("--json")});
    QCOMPARE(show.exitCode, 0);
    const QJsonObject shown = show.json();
    QCOMPARE(shown.value(QStringLiteral("city")).toString(), QStringLiteral("上海"));
    const QJsonArray followUps = shown.value(QStringLiteral("follow_ups")).toArray();
    QCOMPARE(followUps.size(), 1);
    QCOMPARE(followUps.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("call"));
    QCOMPARE(followUps.first().toObject().value(QStringLiteral("note")).toString(),
             QStringLiteral("想试新品"));
    const QJsonArray tags = shown.value(QStringLiteral("tags")).toArray();
    QCOMPARE(tags.size(), 1);
    QCOMPARE(tags.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("VIP"));
    QVERIFY(!shown.value(QStringLiteral("last_contacted_at")).isNull());
    QVERIFY(shown.value(QStringLiteral("purchases")).isArray());
}

void TestCliEndToEnd::phonesAreMaskedUnlessRevealed()
{
    const QString id = addContact({QStringLiteral("--name"), QStringLiteral("赵六"),
                                   QStringLiteral("--phone"), QStringLiteral("13900139000")});
    QVERIFY(!id.isEmpty());
    const CliRunner::Run table = cli()({QStringLiteral("contact"), QStringLiteral("show"), id});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(!table.out.contains("13900139000"));
    QVERIFY(table.out.contains("139****9000"));

    const CliRunner::Run masked =
        cli()({QStringLiteral("contact"), QStringLiteral("show"), id, QStringLiteral("--json")});
    const QJsonObject phone = masked.json().value(QStringLiteral("phones")).toArray().first().toObject();
    QCOMPARE(phone.value(QStringLiteral("masked")).toString(), QStringLiteral("139****9000"));
    QVERIFY(phone.value(QStringLiteral("number")).isNull());

    const CliRunner::Run revealed = cli()({QStringLiteral("contact"), QStringLiteral("show"), id,
                                           QStringLiteral("--json"), QStringLiteral("--reveal")});
    QCOMPARE(revealed.json()
                 .value(QStringLiteral("phones"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("number"))
                 .toString(),
             QStringLiteral("13900139000"));
}

void TestCliEndToEnd::relaunchSeesEverythingWritten()
{
    const QString id = addContact({QStringLiteral("--name"), QStringLiteral("孙七")});
    QVERIFY(!id.isEmpty());
    const CliRunner::Run product =
        cli()({QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--sku"),
               QStringLiteral("CREAM-50"), QStringLiteral("--name"), QStringLiteral("面霜"),
               QStringLiteral("--cycle-days"), QStringLiteral("30")});
    QVERIFY2(product.exitCode == 0, product.err.constData());
    const CliRunner::Run purchase =
        cli()({QStringLiteral("purchase"), QStringLiteral("add"), id, QStringLiteral("--product"),
               QStringLiteral("CREAM-50"), QStringLiteral("--quantity"), QStringLiteral("2"),
               QStringLiteral("--amount"), QStringLiteral("0.29"), QStringLiteral("--date"),
               QStringLiteral("2026-01-15")});
    QVERIFY2(purchase.exitCode == 0, purchase.err.constData());

    const QJsonObject shown =
        cli()({QStringLiteral("contact"), QStringLiteral("show"), id, QStringLiteral("--json")}).json();
    const QJsonObject bought = shown.value(QStringLiteral("purchases")).toArray().first().toObject();
    QCOMPARE(bought.value(QStringLiteral("amount_cents")).toInt(), 29);
    QCOMPARE(bought.value(QStringLiteral("quantity")).toInt(), 2);
    QCOMPARE(bought.value(QStringLiteral("purchased_on")).toString(), QStringLiteral("2026-01-15"));
    const QJsonArray products =
        cli()({QStringLiteral("product"), QStringLiteral("list"), QStringLiteral("--json")})
            .json()
            .value(QStringLiteral("products"))
            .toArray();
    QCOMPARE(products.size(), 1);
    QCOMPARE(products.first().toObject().value(QStringLiteral("cycle_days")).toInt(), 30);
}

void TestCliEndToEnd::editChangesOnlyTheGivenFieldsAndRejectsBadValuesWhole()
{
    const QString id =
        addContact({QStringLiteral("--name"), QStringLiteral("钱七"), QStringLiteral("--nickname"),
                    QStringLiteral("小钱"), QStringLiteral("--city"), QStringLiteral("杭州"),
                    QStringLiteral("--phone"), QStringLiteral("13800000001")});
    QVERIFY(!id.isEmpty());
    const CliRunner::Run edited =
        cli()({QStringLiteral("contact"), QStringLiteral("edit"), id, QStringLiteral("--city"),
               QStringLiteral("苏州"), QStringLiteral("--nickname="), QStringLiteral("--add-phone"),
               QStringLiteral("0571-87654321"), QStringLiteral("--intent"), QStringLiteral("3"),
               QStringLiteral("--json")});
    QVERIFY2(edited.exitCode == 0, edited.err.constData());
    QJsonObject contact = edited.json();
    QCOMPARE(contact.value(QStringLiteral("city")).toString(), QStringLiteral("苏州"));
    QVERIFY(contact.value(QStringLiteral("nickname")).isNull());
    QCOMPARE(contact.value(QStringLiteral("name")).toString(), QStringLiteral("钱七"));
    QCOMPARE(contact.value(QStringLiteral("intent")).toInt(), 3);
    QCOMPARE(contact.value(QStringLiteral("phones")).toArray().size(), 2);

    // One bad value fails the whole edit: the valid --city beside it is not applied either.
    const CliRunner::Run bad =
        cli()({QStringLiteral("contact"), QStringLiteral("edit"), id, QStringLiteral("--city"),
               QStringLiteral("南京"), QStringLiteral("--birthday"), QStringLiteral("2001-02-30")});
    QCOMPARE(bad.exitCode, 6);
    contact = cli()({QStringLiteral("contact"), QStringLiteral("show"), id, QStringLiteral("--json")}).json();
    QCOMPARE(contact.value(QStringLiteral("city")).toString(), QStringLiteral("苏州"));
    QCOMPARE(cli()({QStringLiteral("contact"), QStringLiteral("edit"), id}).exitCode, 2);
}

void TestCliEndToEnd::wrongPassphraseExitsThreeAndChangesNoFile()
{
    const QByteArray store = cli().storeBytes();
    const QByteArray key = cli().keyFileBytes();
    const CliRunner::Run run = cli().withPassphrase(QStringLiteral("not the passphrase"),
                                                    {QStringLiteral("contact"), QStringLiteral("list")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(cli().keyFileBytes(), key);
    QCOMPARE(cli().storeBytes(), store);
}

void TestCliEndToEnd::initOverExistingProfileExitsEightAndKeepsTheKey()
{
    const QByteArray key = cli().keyFileBytes();
    const CliRunner::Run run =
        cli().withPassphrase(QStringLiteral("another passphrase"), {QStringLiteral("init")});
    QCOMPARE(run.exitCode, 8);
    QVERIFY(run.err.contains("already exists"));
    QCOMPARE(cli().keyFileBytes(), key);
    QVERIFY(contactCount() >= 0); // the original passphrase still opens the store
}

void TestCliEndToEnd::badPhoneExitsSixAndAddsNothing()
{
    const int before = contactCount();
    for (const char* phone : {"138-abc-8000", "1380013800", "12"}) {
        const CliRunner::Run run =
            cli()({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--name"),
                   QStringLiteral("李四"), QStringLiteral("--phone"), QLatin1String(phone)});
        QCOMPARE(run.exitCode, 6);
        QVERIFY(run.err.contains("--phone"));
    }
    QCOMPARE(contactCount(), before);
}

void TestCliEndToEnd::overlongNameExitsSixAndAddsNothing()
{
    const int before = contactCount();
    const CliRunner::Run run = cli()({QStringLiteral("contact"), QStringLiteral("add"),
                                      QStringLiteral("--name"), QString(101, QChar(0x5f20))});
    QCOMPARE(run.exitCode, 6);
    QVERIFY(run.err.contains("100"));
    QCOMPARE(contactCount(), before);
}

void TestCliEndToEnd::invalidUtf8ArgumentIsRejectedBeforeAnythingIsWritten()
{
    const int before = contactCount();
    const QByteArray store = cli().storeBytes();
    const CliRunner::Run run =
        cli().throughShell(QStringLiteral("contact add --name \"$(printf '\\377\\376abc')\""));
    QCOMPARE(run.exitCode, 6);
    QVERIFY(run.err.contains("UTF-8"));
    QCOMPARE(cli().storeBytes(), store);
    QCOMPARE(contactCount(), before);
}

void TestCliEndToEnd::deletingMissingContactExitsFive()
{
    const CliRunner::Run run = cli()({QStringLiteral("contact"), QStringLiteral("delete"),
                                      QStringLiteral("00000000-0000-4000-8000-000000000000")});
    QCOMPARE(run.exitCode, 5);
    QVERIFY(!run.err.isEmpty());
}

void TestCliEndToEnd::deletedContactIsGoneAndSecondDeleteExitsFive()
{
    const QString id = addContact({QStringLiteral("--name"), QStringLiteral("周八")});
    QVERIFY(!id.isEmpty());
    const int before = contactCount();
    QCOMPARE(cli()({QStringLiteral("contact"), QStringLiteral("delete"), id}).exitCode, 0);
    QCOMPARE(contactCount(), before - 1);
    QCOMPARE(cli()({QStringLiteral("contact"), QStringLiteral("show"), id}).exitCode, 5);
    QCOMPARE(cli()({QStringLiteral("contact"), QStringLiteral("delete"), id}).exitCode, 5);
}

void TestCliEndToEnd::unknownTagOrProductExitsFiveAndWritesNothing()
{
    const QString id = addContact({QStringLiteral("--name"), QStringLiteral("吴九")});
    QVERIFY(!id.isEmpty());
    QCOMPARE(cli()({QStringLiteral("contact"), QStringLiteral("list"), QStringLiteral("--tag"),
                    QStringLiteral("没有这个标签")})
                 .exitCode,
             5);
    QCOMPARE(cli()({QStringLiteral("purchase"), QStringLiteral("add"), id, QStringLiteral("--product"),
                    QStringLiteral("NO-SUCH-SKU")})
                 .exitCode,
             5);
    QCOMPARE(cli()({QStringLiteral("tag"), QStringLiteral("add"),
                    QStringLiteral("00000000-0000-4000-8000-000000000000"), QStringLiteral("新标签")})
                 .exitCode,
             5);
    const QJsonObject shown =
        cli()({QStringLiteral("contact"), QStringLiteral("show"), id, QStringLiteral("--json")}).json();
    QVERIFY(shown.value(QStringLiteral("purchases")).toArray().isEmpty());
    const QByteArray tags =
        cli()({QStringLiteral("tag"), QStringLiteral("list"), QStringLiteral("--json")}).out;
    QVERIFY(!tags.contains("新标签"));
}

void TestCliEndToEnd::mergeKeepsOneContactWithBothPhones()
{
    const QString keep = addContact({QStringLiteral("--name"), QStringLiteral("郑十"),
                                     QStringLiteral("--phone"), QStringLiteral("13700137000")});
    const QString other = addContact({QStringLiteral("--name"), QStringLiteral("郑十"),
                                      QStringLiteral("--phone"), QStringLiteral("13600136000")});
    QVERIFY(!keep.isEmpty() && !other.isEmpty());
    const CliRunner::Run merged = cli()({QStringLiteral("contact"), QStringLiteral("merge"), keep, other,
                                         QStringLiteral("--json"), QStringLiteral("--reveal")});
    QVERIFY2(merged.exitCode == 0, merged.err.constData());
    QCOMPARE(merged.json().value(QStringLiteral("phones")).toArray().size(), 2);
    QCOMPARE(cli()({QStringLiteral("contact"), QStringLiteral("show"), other}).exitCode, 5);
    QCOMPARE(cli()({QStringLiteral("contact"), QStringLiteral("merge"), keep, keep}).exitCode, 6);
}

void TestCliEndToEnd::missingProfileExitsFour()
{
    const CliRunner::Run run = CliRunner(m_tmp.filePath(QStringLiteral("nothing-here")))(
        {QStringLiteral("contact"), QStringLiteral("list")});
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.err.contains("init"));
}

void TestCliEndToEnd::lockedProfileWithoutTerminalOrEnvironmentExitsTwo()
{
    const CliRunner::Run run = CliRunner::bare(
        {QStringLiteral("--profile"), m_dir, QStringLiteral("contact"), QStringLiteral("list")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--passphrase-env"));
}

void TestCliEndToEnd::terminalPromptReadsPassphraseWithoutEcho()
{
    // util-linux `script` gives the CLI a real pseudo-terminal as stdin.
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("util-linux 'script' is not installed");
    for (const auto& [passphrase, expectedExit] :
         {std::pair{CliRunner(m_dir).passphrase(), 0}, std::pair{QStringLiteral("wrong guess"), 3}}) {
        QProcess process;
        process.start(
            script,
            {QStringLiteral("-qec"),
             QStringLiteral("'%1' --profile '%2' contact list").arg(QStringLiteral(LIULIANG_CLI_PATH), m_dir),
             QStringLiteral("/dev/null")});
        QByteArray seen;
        // Typed only once the prompt is up: the prompt flushes earlier type-ahead, as getpass() does.
        while (!seen.contains("Passphrase") && process.waitForReadyRead(60000))
            seen += process.readAll();
        QVERIFY2(seen.contains("Passphrase"), seen.constData());
        process.write(passphrase.toUtf8() + "\n");
        QVERIFY(process.waitForFinished(120000));
        seen += process.readAll();
        QCOMPARE(process.exitCode(), expectedExit);
        QVERIFY2(!seen.contains(passphrase.toUtf8()), "the passphrase was echoed");
    }
}

void TestCliEndToEnd::initOnTerminalAsksTwiceAndRefusesMismatch()
{
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("util-linux 'script' is not installed");
    const QString dir = m_tmp.filePath(QStringLiteral("tty-init"));
    for (const auto& [repeat, expectedExit] :
         {std::pair{QStringLiteral("typo 口令"), 6}, std::pair{QStringLiteral("新口令 tty"), 0}}) {
        QProcess process;
        process.start(script,
                      {QStringLiteral("-qec"),
                       QStringLiteral("'%1' --profile '%2' init").arg(QStringLiteral(LIULIANG_CLI_PATH), dir),
                       QStringLiteral("/dev/null")});
        QByteArray seen;
        for (const auto& [prompt, answer] :
             {std::pair{"New passphrase", QStringLiteral("新口令 tty")}, std::pair{"Repeat", repeat}}) {
            while (!seen.contains(prompt) && process.waitForReadyRead(60000))
                seen += process.readAll();
            QVERIFY2(seen.contains(prompt), seen.constData());
            process.write(answer.toUtf8() + "\n");
        }
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), expectedExit);
        QCOMPARE(QFileInfo::exists(QDir(dir).filePath(QStringLiteral("key.json"))), expectedExit == 0);
    }
    QCOMPARE(CliRunner(dir, QStringLiteral("新口令 tty"))({QStringLiteral("contact"), QStringLiteral("list")})
                 .exitCode,
             0);
}

void TestCliEndToEnd::usageErrorsExitTwo()
{
    QCOMPARE(CliRunner::bare({QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(CliRunner::bare({QStringLiteral("contact"), QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(CliRunner::bare({QStringLiteral("contact"), QStringLiteral("list"), QStringLiteral("--bogus")})
                 .exitCode,
             2);
    QCOMPARE(CliRunner::bare({QStringLiteral("contact"), QStringLiteral("show")}).exitCode, 2);
    QCOMPARE(CliRunner::bare({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--name")})
                 .exitCode,
             2);
    QCOMPARE(CliRunner::bare({}).exitCode, 2);
}

void TestCliEndToEnd::helpDocumentsCommandsAndExitCodes()
{
    const CliRunner::Run help = CliRunner::bare({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char* text : {"init", "check", "contact add", "contact merge", "tag add", "followup add",
                             "product list", "purchase add", "--passphrase-env", "Exit codes"})
        QVERIFY2(help.out.contains(text), text);
    const CliRunner::Run group = CliRunner::bare({QStringLiteral("contact"), QStringLiteral("--help")});
    QCOMPARE(group.exitCode, 0);
    QVERIFY(group.out.contains("--add-phone"));
}

void TestCliEndToEnd::checkPrintsOkOnAHealthyStore()
{
    const CliRunner::Run run = cli()({QStringLiteral("check")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.trimmed().endsWith("ok"));
    const CliRunner::Run json = cli()({QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(json.json().value(QStringLiteral("ok")).toBool(), true);
    QVERIFY(!json.json().value(QStringLiteral("cipher_version")).toString().isEmpty());
}

void TestCliEndToEnd::storeFileHoldsNoCustomerNameOrPhone()
{
    QVERIFY(!addContact({QStringLiteral("--name"), QStringLiteral("钱十一"), QStringLiteral("--phone"),
                         QStringLiteral("13500135000"), QStringLiteral("--notes"),
                         QStringLiteral("喜欢玫瑰香型")})
                 .isEmpty());
    const QByteArray bytes = cli().storeBytes();
    QVERIFY(bytes.size() > 4096);
    QVERIFY(!bytes.startsWith("SQLite format 3"));
    for (const QString& secret :
         {QStringLiteral("张三"), QStringLiteral("赵六"), QStringLiteral("13800138000"),
          QStringLiteral("13900139000"), QStringLiteral("想试新品"), QStringLiteral("钱十一"),
          QStringLiteral("13500135000"), QStringLiteral("喜欢玫瑰香型")})
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
}

QTEST_GUILESS_MAIN(TestCliEndToEnd)
#include "TestCliEndToEnd.moc"
