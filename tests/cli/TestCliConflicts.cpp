#include "CliRunner.h"

#include "profile/Profile.h"
#include "store/Statement.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ll;

// `conflicts list|resolve` through the real liuliang-cli binary; the conflict row is written the way the sync
// engine's ChangeApplier writes it.
class TestCliConflicts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_dir;
    QString m_contactId;

    CliRunner cli() const { return CliRunner(m_dir); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_dir = m_tmp.filePath(QStringLiteral("profile"));
        const CliRunner::Run init =
            cli()({QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("留量测试"),
                   QStringLiteral("--staff"), QStringLiteral("王导购"), QStringLiteral("--role"),
                   QStringLiteral("guide")});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        const CliRunner::Run added =
            cli()({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--name"),
                   QStringLiteral("张三"), QStringLiteral("--notes"), QStringLiteral("喜欢瑜伽"),
                   QStringLiteral("--json")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        m_contactId = added.json().value(QStringLiteral("id")).toString();

        auto profile = Profile::unlockWithPassphrase(m_dir, cli().passphrase());
        QVERIFY2(profile.ok(), qPrintable(profile.message()));
        Statement st((*profile)->store().db(),
                     "INSERT INTO record_conflict (entity, record_id, field, value, hlc) "
                     "VALUES ('contact', ?, 'notes', ?, ?)");
        st.bind(1, m_contactId)
            .bind(2, QStringLiteral("喜欢跑步"))
            .bind(3, QStringLiteral("000001732540000123-0000-tablet-7f3a"));
        QVERIFY(st.exec().ok());
    }

    void listShowsBothTextsAndResolveKeepsTheirs()
    {
        const CliRunner::Run list =
            cli()({QStringLiteral("conflicts"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        const QJsonArray conflicts = list.json().value(QStringLiteral("conflicts")).toArray();
        QCOMPARE(conflicts.size(), 1);
        const QJsonObject c = conflicts.first().toObject();
        QCOMPARE(c.value(QStringLiteral("contact_id")).toString(), m_contactId);
        QCOMPARE(c.value(QStringLiteral("current")).toString(), QStringLiteral("喜欢瑜伽"));
        QCOMPARE(c.value(QStringLiteral("other")).toString(), QStringLiteral("喜欢跑步"));
        QCOMPARE(c.value(QStringLiteral("device_id")).toString(), QStringLiteral("tablet-7f3a"));
        const QString id = QString::number(c.value(QStringLiteral("id")).toInteger());
        const CliRunner::Run text = cli()({QStringLiteral("conflicts"), QStringLiteral("list")});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        for (const char* expected : {"张三", "喜欢瑜伽", "喜欢跑步", "tablet-7f3a"})
            QVERIFY2(QString::fromUtf8(text.out).contains(QString::fromUtf8(expected)), expected);

        // Usage errors exit 2 and change nothing.
        QCOMPARE(cli()({QStringLiteral("conflicts"), QStringLiteral("resolve"), QStringLiteral("x"),
                        QStringLiteral("--keep"), QStringLiteral("theirs")})
                     .exitCode,
                 2);
        QCOMPARE(cli()({QStringLiteral("conflicts"), QStringLiteral("resolve"), id}).exitCode, 2);
        QCOMPARE(cli()({QStringLiteral("conflicts"), QStringLiteral("resolve"), id, QStringLiteral("--keep"),
                        QStringLiteral("merged")})
                     .exitCode,
                 2);

        const CliRunner::Run resolved = cli()({QStringLiteral("conflicts"), QStringLiteral("resolve"), id,
                                               QStringLiteral("--keep"), QStringLiteral("theirs")});
        QVERIFY2(resolved.exitCode == 0, resolved.err.constData());
        const CliRunner::Run shown =
            cli()({QStringLiteral("contact"), QStringLiteral("show"), m_contactId, QStringLiteral("--json")});
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        QCOMPARE(shown.json().value(QStringLiteral("notes")).toString(), QStringLiteral("喜欢跑步"));
        // Settled: gone from the list, and a second decision is refused as not found (5).
        const CliRunner::Run after =
            cli()({QStringLiteral("conflicts"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(after.json().value(QStringLiteral("conflicts")).toArray().size(), 0);
        QCOMPARE(cli()({QStringLiteral("conflicts"), QStringLiteral("resolve"), id, QStringLiteral("--keep"),
                        QStringLiteral("mine")})
                     .exitCode,
                 5);
    }
};

QTEST_GUILESS_MAIN(TestCliConflicts)
#include "TestCliConflicts.moc"
