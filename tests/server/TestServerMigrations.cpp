#include "Accounts.h"
#include "Migrations.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ll::server;

// Numbered migrations run the same SQL on SQLite and PostgreSQL, upgrade from every earlier
// version without losing data, and are idempotent.
class TestServerMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;

    std::unique_ptr<SqlConnection> open()
    {
        auto url = DatabaseUrl::resolve(qEnvironmentVariable("LIULIANG_TEST_DATABASE_URL"), dir.path());
        if (!url)
            return nullptr;
        auto conn = SqlConnection::open(url.value());
        return conn ? std::move(conn).value() : nullptr;
    }

    static void dropAll(SqlConnection& conn)
    {
        for (const char* t :
             {"blob_uploads", "blobs", "applied_mutations", "revocations", "records", "org_counters",
              "audit_log", "login_failures", "device_tokens", "staff", "stores", "orgs", "schema_version"})
            QVERIFY(conn.run(QStringLiteral("DROP TABLE IF EXISTS %1").arg(QString::fromLatin1(t))).ok());
    }

private slots:
    void upgradesFromEveryEarlierVersionKeepingData()
    {
        for (int from = 0; from < latestSchemaVersion(); ++from) {
            auto conn = open();
            QVERIFY(conn);
            dropAll(*conn);
            QVERIFY(migrate(*conn, from).ok());
            QCOMPARE(schemaVersion(*conn).value(), from);
            QString org;
            if (from >= 1) {
                auto id = Accounts(*conn).createOrg(QStringLiteral("Before upgrade"));
                QVERIFY(id.ok());
                org = id.value();
            }
            const auto upgraded = migrate(*conn);
            QVERIFY2(upgraded.ok(), qPrintable(upgraded.message()));
            QCOMPARE(schemaVersion(*conn).value(), latestSchemaVersion());
            if (!org.isEmpty())
                QCOMPARE(conn->scalar(QStringLiteral("SELECT name FROM orgs WHERE id = ?"), {org})
                             .value()
                             .toString(),
                         QStringLiteral("Before upgrade"));
            QVERIFY(conn->run(QStringLiteral("SELECT COUNT(*) FROM blob_uploads")).ok());
        }
    }

    void migratingTwiceChangesNothing()
    {
        auto conn = open();
        QVERIFY(conn);
        QVERIFY(migrate(*conn).ok());
        QVERIFY(migrate(*conn).ok());
        QCOMPARE(conn->scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")).value().toInt(),
                 latestSchemaVersion());
    }
};

QTEST_GUILESS_MAIN(TestServerMigrations)
#include "TestServerMigrations.moc"
