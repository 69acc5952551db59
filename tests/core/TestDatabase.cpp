#include "crypto/DataKey.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cstdio>

using namespace ll;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    static QByteArray readAll(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static std::unique_ptr<Database> openNew(const QString& path, const DataKey& key)
    {
        Database::Options options;
        options.create = true;
        auto db = Database::open(path, key, options);
        if (!db.ok())
            qFatal("open failed: %s", qPrintable(db.message()));
        return std::move(db.value());
    }

private slots:
    void newStoreIsEncryptedOnDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("s.db");
        const DataKey key = DataKey::generate();
        {
            auto db = openNew(path, key);
            QVERIFY(!db->cipherVersion().isEmpty());
            QVERIFY(db->exec("CREATE TABLE t (v TEXT)").ok());
            Statement ins(*db, "INSERT INTO t VALUES (?)");
            QVERIFY(ins.bind(1, QStringLiteral("王秀英 13800138000")).exec().ok());
        }
        const QByteArray bytes = readAll(path) + readAll(path + "-wal");
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains(QStringLiteral("王秀英").toUtf8()));
        QVERIFY(!bytes.contains("13800138000"));
        QVERIFY(!bytes.contains("CREATE TABLE"));
    }

    void reopenWithSameKeyReadsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("s.db");
        const DataKey key = DataKey::generate();
        {
            auto db = openNew(path, key);
            QVERIFY(db->exec("CREATE TABLE t (v INTEGER); INSERT INTO t VALUES (42);").ok());
        }
        auto db = Database::open(path, key, {});
        QVERIFY2(db.ok(), qPrintable(db.message()));
        Statement st(*db.value(), "SELECT v FROM t");
        QVERIFY(st.step().value());
        QCOMPARE(st.int64(0), 42);
    }

    void wrongKeyIsRefusedAndFileUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("s.db");
        {
            auto db = openNew(path, DataKey::generate());
            QVERIFY(db->exec("CREATE TABLE t (v INTEGER); INSERT INTO t VALUES (1); PRAGMA "
                             "wal_checkpoint(TRUNCATE);")
                        .ok());
        }
        const QByteArray before = readAll(path);
        auto db = Database::open(path, DataKey::generate(), {});
        QVERIFY(!db.ok());
        QCOMPARE(db.code(), ErrorCode::Corrupt);
        QCOMPARE(readAll(path), before);
    }

    void plaintextSqliteFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("plain.db");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0'));
        f.close();
        auto db = Database::open(path, DataKey::generate(), {});
        QVERIFY(!db.ok());
        QCOMPARE(db.code(), ErrorCode::EncryptionInactive);
    }

    void missingFileIsNotCreatedWithoutCreateFlag()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("none.db");
        auto db = Database::open(path, DataKey::generate(), {});
        QCOMPARE(db.code(), ErrorCode::NotInitialised);
        QVERIFY(!QFile::exists(path));
    }

    void connectionUsesWalForeignKeysAndFourKiBPages()
    {
        QTemporaryDir dir;
        auto db = openNew(dir.filePath("s.db"), DataKey::generate());
        Statement journal(*db, "PRAGMA journal_mode");
        QVERIFY(journal.step().value());
        QCOMPARE(journal.text(0), QStringLiteral("wal"));
        Statement fk(*db, "PRAGMA foreign_keys");
        QVERIFY(fk.step().value());
        QCOMPARE(fk.int64(0), 1);
        Statement page(*db, "PRAGMA cipher_page_size");
        QVERIFY(page.step().value());
        QCOMPARE(page.int64(0), 4096);
    }

    void authorizerDeniesVirtualTablesOutsideMigrations()
    {
        QTemporaryDir dir;
        auto db = openNew(dir.filePath("s.db"), DataKey::generate());
        QVERIFY(!db->exec("CREATE VIRTUAL TABLE v USING fts4(x)").ok());
        db->setSchemaChangesAllowed(true);
        QVERIFY(db->exec("CREATE VIRTUAL TABLE v USING fts4(x)").ok());
        db->setSchemaChangesAllowed(false);
        QVERIFY(!db->exec("DROP TABLE v").ok());
    }

    void authorizerDeniesFts3TokenizerAttachAndRekey()
    {
        QTemporaryDir dir;
        auto db = openNew(dir.filePath("s.db"), DataKey::generate());
        QVERIFY(!db->exec("SELECT fts3_tokenizer('simple')").ok());
        const QString other = dir.filePath("other.db");
        QVERIFY(!db->exec(QStringLiteral("ATTACH DATABASE '%1' AS o").arg(other)).ok());
        QVERIFY(!QFile::exists(other));
        QVERIFY(!db->exec("PRAGMA rekey = 'x'").ok());
    }

    void overlongTextIsRejectedByTheConnection()
    {
        QTemporaryDir dir;
        auto db = openNew(dir.filePath("s.db"), DataKey::generate());
        QVERIFY(db->exec("CREATE TABLE t (v TEXT)").ok());
        Statement ins(*db, "INSERT INTO t VALUES (?)");
        ins.bind(1, QString(Database::MaxTextBytes + 1, QLatin1Char('a')));
        QVERIFY(!ins.exec().ok());
    }

    // Text is encoded into each parameter's own buffer and read by SQLite in place; what every execution
    // stores must still be exactly what was bound for it: shorter and longer values after each other, empty
    // text, text past the kept size, an emoji, an unpaired surrogate (stored as QString::toUtf8 writes it,
    // '?'), and a cached statement reused after another value.
    void cachedStatementsFollowTheTextNotItsAddress()
    {
        QTemporaryDir dir;
        auto db = openNew(dir.filePath("s.db"), DataKey::generate());
        // One buffer, so both texts sit at the same address: the second must not get the first's statement.
        char sql[64];
        std::snprintf(sql, sizeof sql, "SELECT 1");
        Statement& first = db->cached(sql);
        QVERIFY(first.step().value());
        QCOMPARE(first.int64(0), 1);
        std::snprintf(sql, sizeof sql, "SELECT 2");
        Statement& second = db->cached(sql);
        QVERIFY(&second != &first);
        QVERIFY(second.step().value());
        QCOMPARE(second.int64(0), 2);
        // The same text from elsewhere is the same cached statement, whatever its address.
        QCOMPARE(&db->cached("SELECT 1"), &first);
        std::snprintf(sql, sizeof sql, "SELECT 1");
        QCOMPARE(&db->cached(sql), &first);
    }

    void boundTextIsStoredAsBoundEveryTime()
    {
        QTemporaryDir dir;
        auto db = openNew(dir.filePath("s.db"), DataKey::generate());
        QVERIFY(db->exec("CREATE TABLE t (k INTEGER PRIMARY KEY, a TEXT, b TEXT)").ok());
        const QString lone = QString(QChar(0xD800)) + QStringLiteral("x");
        const QList<QPair<QString, QString>> rows{
            {QStringLiteral("张三丰"), QStringLiteral("a")},
            {QStringLiteral("b"), QStringLiteral("长一些的备注，长一些的备注")},
            {QString(), QStringLiteral("😀")},
            {QString(60 * 1024, QLatin1Char('x')), QStringLiteral("after a large one")},
            {QStringLiteral("short again"), lone},
        };
        for (qsizetype i = 0; i < rows.size(); ++i) {
            Statement& ins = db->cached("INSERT INTO t (k, a, b) VALUES (?, ?, ?)");
            ins.bind(1, qint64(i)).bind(2, rows[i].first).bind(3, rows[i].second);
            QVERIFY2(ins.exec().ok(), qPrintable(QString::number(i)));
        }
        Statement read(*db, "SELECT a, b FROM t ORDER BY k");
        for (const auto& [a, b] : rows) {
            QVERIFY(read.step().value());
            QCOMPARE(read.text(0), a);
            QCOMPARE(read.text(1), b == lone ? QStringLiteral("?x") : b);
        }
        QVERIFY(!read.step().value());
    }

    // A statement stepped and not reset refuses new values (as SQLite does), and the value it holds stays.
    void bindingAStatementStillRunningIsAnError()
    {
        QTemporaryDir dir;
        auto db = openNew(dir.filePath("s.db"), DataKey::generate());
        QVERIFY(db->exec("CREATE TABLE t (v TEXT)").ok());
        QVERIFY(db->exec("INSERT INTO t VALUES ('one'), ('two')").ok());
        Statement st(*db, "SELECT v FROM t WHERE v <> ? ORDER BY v");
        st.bind(1, QStringLiteral("zzz"));
        QVERIFY(st.step().value());
        QCOMPARE(st.text(0), QStringLiteral("one"));
        st.bind(1, QStringLiteral("one"));
        QVERIFY(!st.step().ok());
        st.reset();
        st.bind(1, QStringLiteral("one"));
        QVERIFY(st.step().value());
        QCOMPARE(st.text(0), QStringLiteral("two"));
    }

    void transactionRollsBackWhenNotCommitted()
    {
        QTemporaryDir dir;
        auto db = openNew(dir.filePath("s.db"), DataKey::generate());
        QVERIFY(db->exec("CREATE TABLE t (v INTEGER)").ok());
        {
            Transaction tx(*db);
            QVERIFY(tx.isActive());
            QVERIFY(db->exec("INSERT INTO t VALUES (1)").ok());
            {
                Transaction inner(*db);
                QVERIFY(db->exec("INSERT INTO t VALUES (2)").ok());
            }
            QVERIFY(tx.commit().ok());
        }
        {
            Transaction tx(*db);
            QVERIFY(db->exec("INSERT INTO t VALUES (3)").ok());
        }
        Statement st(*db, "SELECT group_concat(v) FROM t");
        QVERIFY(st.step().value());
        QCOMPARE(st.text(0), QStringLiteral("1"));
    }

    void storeFilesAreOwnerOnly()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.path(), DataKey::generate(), true);
        QVERIFY2(store.ok(), qPrintable(store.message()));
        const auto perms = QFile::permissions(dir.filePath("store.db"));
        QVERIFY(perms & QFileDevice::ReadOwner);
        QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                           QFileDevice::WriteOther)));
    }

    void integrityCheckReportsOkOnFreshStore()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.path(), DataKey::generate(), true);
        QVERIFY(store.ok());
        auto problems = store.value()->db().integrityCheck();
        QVERIFY(problems.ok());
        QVERIFY2(problems.value().isEmpty(), qPrintable(problems.value().join('\n')));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
