#include "crypto/DataKey.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "store/Schema.h"
#include "store/Statement.h"

#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace ll;

namespace {

// Data typical of each schema version, inserted before migrating onwards. When a step is added,
// add its fixture here so the upgrade from that version is proven to keep existing data.
const QMap<int, const char*> kSeedAtVersion = {
    {1, "INSERT INTO contact (id, name, created_at, updated_at) "
        "VALUES ('00000000-0000-4000-8000-000000000001', '王秀英', 1, 1);"
        "INSERT INTO tag_group (id, name) VALUES ('00000000-0000-4000-8000-0000000000g1', '兴趣');"},
    {2, "INSERT INTO holiday (id, name, day) VALUES ('00000000-0000-5000-8000-0000000000h1', '春节', "
        "'2026-02-17');"},
    // v4 adds the reminder key index: generated reminders stored before it must satisfy and keep it.
    {3,
     "INSERT INTO contact (id, name, created_at, updated_at) "
     "VALUES ('00000000-0000-4000-8000-000000000003', '李娜', 1, 1);"
     "INSERT INTO reminder (id, rule_rowid, contact_rowid, kind, subject, anchor, due_on, due_at) "
     "SELECT '00000000-0000-5000-8000-0000000000r1', 1, rowid, 'birthday', '', '2025-03-01', '2025-02-22', 1 "
     "FROM contact;"},
    // v5 rebuilds reminder_rule (the 'takeover' kind): rules keep their rowids, which reminders refer to.
    {4, "INSERT INTO reminder_rule (rowid, id, name, kind, lead_days, created_at) "
        "VALUES (7, '00000000-0000-5000-8000-0000000000u1', '生日', 'birthday', 3, 1);"},
    // A contact a transfer handed over (the take-over marker of v5) keeps its marker.
    {5, "INSERT INTO contact (id, name, created_at, updated_at, taken_over_from, taken_over_from_name, "
        "taken_over_at) VALUES ('00000000-0000-4000-8000-000000000005', '赵敏', 1, 1, "
        "'00000000-0000-4000-8000-0000000000s1', '王芳', 1700000000000);"},
    // v7 indexes follow-ups and purchases with their tombstone flag: live and deleted rows are both kept.
    {6, "INSERT INTO contact (id, name, created_at, updated_at) "
        "VALUES ('00000000-0000-4000-8000-000000000006', '孙丽', 1, 1);"
        "INSERT INTO product (id, sku, name, cycle_days) "
        "VALUES ('00000000-0000-5000-8000-0000000000p6', 'P6', '精油', 90);"
        "INSERT INTO followup (id, contact_rowid, kind, happened_at, deleted) "
        "SELECT '00000000-0000-5000-8000-0000000000f6', rowid, 'call', 1700000000000, 0 FROM contact "
        "WHERE name = '孙丽';"
        "INSERT INTO followup (id, contact_rowid, kind, happened_at, deleted) "
        "SELECT '00000000-0000-5000-8000-0000000000f7', rowid, 'call', 1700000001000, 1 FROM contact "
        "WHERE name = '孙丽';"
        "INSERT INTO purchase (id, contact_rowid, product_rowid, quantity, purchased_on) SELECT "
        "'00000000-0000-5000-8000-0000000000b6', c.rowid, p.rowid, 2, '2025-09-01' FROM contact c, product p "
        "WHERE c.name = '孙丽' AND p.sku = 'P6';"},
    // v8 changes no table (older builds must refuse the new outbox op and compact clocks): rows in the older
    // forms stay as they are.
    {7,
     "INSERT INTO contact (id, name, created_at, updated_at, clocks) "
     "VALUES ('00000000-0000-4000-8000-000000000007', '周洁', 1, 1, "
     "'city=000001732540000123-002a-laptop_1;name=000001732540000123-002a-laptop_1');"
     "INSERT INTO outbox (entity, record_id, op, payload, created_at) VALUES ('contact', "
     "'00000000-0000-4000-8000-000000000007', 'add', "
     "'{\"c\":\"000001732540000123-002a-laptop_1\",\"element\":\"+8613800138000\",\"set\":\"phones\"}', 1);"},
    // v9 moves the search index to its own file: the store's copy goes, the contacts stay (Store::open then
    // rebuilds the index from them; TestSearchFile covers that).
    {8, "INSERT INTO contact (id, name, created_at, updated_at) "
        "VALUES ('00000000-0000-4000-8000-000000000008', '钱多', 1, 1);"
        "INSERT INTO contact_fts (docid, tokens) VALUES (last_insert_rowid(), '钱 多 钱多 qianduo qd');"},
};

const QMap<int, const char*> kCheckAfterUpgrade = {
    {1, "SELECT count(*) FROM contact WHERE name = '王秀英'"},
    {2, "SELECT count(*) FROM holiday WHERE name = '春节'"},
    {3, "SELECT count(*) FROM reminder INDEXED BY reminder_by_key WHERE rule_rowid = 1 AND subject = ''"},
    {4,
     "SELECT (SELECT count(*) FROM reminder_rule WHERE rowid = 7 AND kind = 'birthday' AND lead_days = 3) * "
     "(SELECT count(*) FROM sqlite_master WHERE name = 'reminder_rule' AND sql LIKE '%''takeover''%')"},
    {5, "SELECT count(*) FROM contact WHERE taken_over_from_name = '王芳' AND taken_over_at = 1700000000000"},
    {6, "SELECT (SELECT count(*) FROM followup INDEXED BY followup_by_contact_live WHERE deleted = 0) * "
        "(SELECT count(*) FROM followup WHERE deleted = 1) * "
        "(SELECT count(*) FROM purchase INDEXED BY purchase_by_contact_product "
        "WHERE deleted = 0 AND quantity = 2)"},
    {7, "SELECT (SELECT count(*) FROM contact WHERE name = '周洁' AND clocks LIKE 'city=0%;name=0%') * "
        "(SELECT count(*) FROM outbox WHERE op = 'add')"},
    {8, "SELECT (SELECT count(*) FROM contact WHERE name = '钱多') * "
        "(SELECT count(*) = 0 FROM sqlite_master WHERE name LIKE 'contact_fts%')"},
};

std::unique_ptr<Database> freshDatabase(const QString& path)
{
    Database::Options options;
    options.create = true;
    auto db = Database::open(path, DataKey::generate(), options);
    if (!db.ok())
        qFatal("%s", qPrintable(db.message()));
    return std::move(db.value());
}

} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT

private slots:
    void upgradesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < latestSchemaVersion(); ++v)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
    }

    void upgradesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        auto db = freshDatabase(dir.filePath("s.db"));
        QVERIFY(Migrator::migrate(*db, from).ok());
        QCOMPARE(Migrator::currentVersion(*db).value(), from);
        if (kSeedAtVersion.contains(from))
            QVERIFY(db->exec(kSeedAtVersion.value(from)).ok());

        const Status upgraded = Migrator::migrate(*db);
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.message()));
        QCOMPARE(Migrator::currentVersion(*db).value(), latestSchemaVersion());
        auto problems = db->integrityCheck();
        QVERIFY(problems.ok());
        QVERIFY2(problems.value().isEmpty(), qPrintable(problems.value().join('\n')));
        if (kCheckAfterUpgrade.contains(from)) {
            Statement check(*db, kCheckAfterUpgrade.value(from));
            QVERIFY(check.step().value());
            QCOMPARE(check.int64(0), 1);
        }
    }

    void everyVersionHasASeedFixture()
    {
        for (const SchemaStep& step : schemaSteps())
            QVERIFY2(step.version == latestSchemaVersion() || kSeedAtVersion.contains(step.version),
                     "add a fixture for the new schema version");
        QVERIFY(kSeedAtVersion.contains(1));
    }

    void migratingTwiceIsANoOp()
    {
        QTemporaryDir dir;
        auto db = freshDatabase(dir.filePath("s.db"));
        QVERIFY(Migrator::migrate(*db).ok());
        QVERIFY(Migrator::migrate(*db).ok());
        QCOMPARE(Migrator::currentVersion(*db).value(), latestSchemaVersion());
    }

    void storeFromANewerBuildIsRefused()
    {
        QTemporaryDir dir;
        auto db = freshDatabase(dir.filePath("s.db"));
        QVERIFY(db->exec(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1)).ok());
        const Status result = Migrator::migrate(*db);
        QVERIFY(!result.ok());
        QCOMPARE(result.code(), ErrorCode::Corrupt);
    }

    void failedStepLeavesPreviousVersion()
    {
        QTemporaryDir dir;
        auto db = freshDatabase(dir.filePath("s.db"));
        // A table named like one the first step creates makes that step fail half-way.
        QVERIFY(db->exec("CREATE TABLE product (x INTEGER)").ok());
        QVERIFY(!Migrator::migrate(*db).ok());
        QCOMPARE(Migrator::currentVersion(*db).value(), 0);
        Statement st(*db, "SELECT count(*) FROM sqlite_master WHERE name = 'contact'");
        QVERIFY(st.step().value());
        QCOMPARE(st.int64(0), 0);
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "TestMigrator.moc"
