// The search index in its own file (search/SearchFile.h): kept across opens, rebuilt when missing, unreadable
// or out of step with the store, and written by SearchWriter during an import exactly as a rebuild would.
#include "crypto/DataKey.h"
#include "domain/ContactBulkWriter.h"
#include "domain/ContactRepository.h"
#include "importer/LeadImporter.h"
#include "search/ContactSearchIndex.h"
#include "search/SearchFile.h"
#include "store/Statement.h"
#include "store/Store.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ll;

namespace {

qint64 scalar(Store& store, const char* sql)
{
    Statement st(store.db(), sql);
    auto row = st.step();
    if (!row.ok())
        qFatal("%s: %s", sql, qPrintable(row.message()));
    return row.value() ? st.int64(0) : 0;
}

// The whole index as text, by docid.
QStringList entries(Store& store)
{
    QStringList out;
    Statement st(store.db(), "SELECT docid, tokens FROM contact_fts ORDER BY docid");
    for (auto row = st.step(); row.ok() && row.value(); row = st.step())
        out << QStringLiteral("%1 %2").arg(st.int64(0)).arg(st.text(1));
    return out;
}

qint64 storeGeneration(Store& store)
{
    return scalar(store, "SELECT CAST(value AS INTEGER) FROM main.meta WHERE key = 'search_generation'");
}

qint64 indexGeneration(Store& store)
{
    return scalar(store, "SELECT value FROM search.search_state WHERE key = 'generation'");
}

} // namespace

class TestSearchFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DataKey m_key = DataKey::generate();

    std::unique_ptr<Store> open()
    {
        auto opened = Store::open(m_dir.path(), m_key, true);
        if (!opened.ok())
            qFatal("open: %s", qPrintable(opened.message()));
        return std::move(opened.value());
    }

    QString searchPath() const { return search_file::pathIn(m_dir.path()); }

    static void add(Store& store, const QString& name, const QString& phone)
    {
        ContactInput in;
        in.name = name;
        in.phones = QStringList{phone};
        auto added = ContactRepository(store).add(in);
        QVERIFY2(added.ok(), qPrintable(added.message()));
    }

    static QStringList found(Store& store, const QString& text)
    {
        QStringList names;
        auto ids = ContactSearchIndex(store.db()).match(text);
        if (!ids.ok())
            return {QStringLiteral("<error: %1>").arg(ids.message())};
        for (qint64 rowId : ids.value()) {
            Statement st(store.db(), "SELECT name FROM contact WHERE rowid = ?");
            st.bind(1, rowId);
            if (st.step().value())
                names << st.text(0);
        }
        return names;
    }

    // Lead rows with duplicates (by mobile) far enough apart that the import hands entries over to its
    // SearchWriter several times before merging into contacts it already handed over.
    static QByteArray leads(int rows)
    {
        QByteArray csv = "姓名,手机,城市,备注\n";
        for (int i = 0; i < rows; ++i) {
            const int person = i % 3 == 2 ? i / 2 : i; // every third row repeats an earlier person
            csv += QStringLiteral("客户%1,138%2,杭州,第%3行\n")
                       .arg(person)
                       .arg(person, 8, 10, QLatin1Char('0'))
                       .arg(i)
                       .toUtf8();
        }
        return csv;
    }

private slots:
    void cleanup()
    {
        for (const QString& name : QDir(m_dir.path()).entryList(QDir::Files))
            QFile::remove(QDir(m_dir.path()).filePath(name));
    }

    void theIndexIsItsOwnEncryptedFileKeptAcrossOpens()
    {
        {
            auto store = open();
            add(*store, QStringLiteral("林晓"), QStringLiteral("13800138001"));
            QCOMPARE(scalar(*store, "SELECT count(*) FROM main.sqlite_master WHERE name = 'contact_fts'"), 0);
            QCOMPARE(scalar(*store, "SELECT count(*) FROM search.contact_fts"), 1);
        }
        QVERIFY(QFile::exists(searchPath()));
        auto store = open();
        const qint64 generation = storeGeneration(*store);
        QVERIFY(generation > 0);
        QCOMPARE(indexGeneration(*store), generation);
        store.reset();
        store = open(); // nothing changed the index: no rebuild, which would move both generations on
        QCOMPARE(storeGeneration(*store), generation);
        QCOMPARE(found(*store, QStringLiteral("林晓")), QStringList{QStringLiteral("林晓")});
        QCOMPARE(found(*store, QStringLiteral("8001")), QStringList{QStringLiteral("林晓")});
    }

    void aMissingIndexIsRebuiltFromTheContacts()
    {
        QStringList before;
        {
            auto store = open();
            add(*store, QStringLiteral("周敏"), QStringLiteral("13900139002"));
            add(*store, QStringLiteral("吴昊"), QStringLiteral("13700137003"));
            before = entries(*store);
        }
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(searchPath() + QLatin1String(suffix));
        auto store = open();
        QCOMPARE(entries(*store), before);
        QCOMPARE(found(*store, QStringLiteral("zhoumin")), QStringList{QStringLiteral("周敏")});
    }

    void anUnreadableIndexFileIsReplaced()
    {
        {
            auto store = open();
            add(*store, QStringLiteral("郑爽"), QStringLiteral("13600136004"));
        }
        for (const char* suffix : {"-wal", "-shm"})
            QFile::remove(searchPath() + QLatin1String(suffix));
        QFile file(searchPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(8192, '\x5a')); // not a database under this key
        file.close();
        auto store = open();
        QCOMPARE(found(*store, QStringLiteral("郑爽")), QStringList{QStringLiteral("郑爽")});
    }

    void generationsApartMeanARebuild()
    {
        QStringList before;
        {
            auto store = open();
            add(*store, QStringLiteral("冯雪"), QStringLiteral("13500135005"));
            add(*store, QStringLiteral("陈晨"), QStringLiteral("13500135006"));
            before = entries(*store);
            // What a crash between the two files' commits leaves: the index without the last change.
            QVERIFY(store->db()
                        .exec("DELETE FROM search.contact_fts WHERE docid = (SELECT max(docid) FROM "
                              "search.contact_fts)")
                        .ok());
            QVERIFY(store->db().exec("UPDATE search.search_state SET value = value - 1").ok());
        }
        auto store = open();
        QCOMPARE(entries(*store), before);
        QCOMPARE(indexGeneration(*store), storeGeneration(*store));
    }

    void anEditChangesBothGenerationsOnce()
    {
        auto store = open();
        const qint64 generation = storeGeneration(*store);
        add(*store, QStringLiteral("褚琳"), QStringLiteral("13400134007"));
        QCOMPARE(storeGeneration(*store), generation + 1);
        QCOMPARE(indexGeneration(*store), generation + 1);
    }

    void anImportWritesTheIndexARebuildWould()
    {
        auto store = open();
        add(*store, QStringLiteral("客户1"), QStringLiteral("13800000001")); // merged into by the import
        QByteArray csv = leads(3 * ContactBulkWriter::kHandOverEvery);
        QBuffer device(&csv);
        QVERIFY(device.open(QIODevice::ReadOnly));
        LeadImportOptions options;
        options.batchSize = 2500; // several batches, each committed in both files
        auto report = LeadImporter(*store).importDevice(device, csv.size(), options);
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QVERIFY2(report->completed, qPrintable(report->error.message));
        QVERIFY(report->mergedDuplicates > 0);
        const QStringList imported = entries(*store);
        QCOMPARE(imported.size(), scalar(*store, "SELECT count(*) FROM contact WHERE deleted = 0"));
        QCOMPARE(indexGeneration(*store), storeGeneration(*store));
        QVERIFY(ContactSearchIndex(store->db()).rebuildAll().ok());
        QCOMPARE(imported, entries(*store));
        // Rows 4 and 8 are one person: one contact, found by the mobile both rows gave.
        QCOMPARE(found(*store, QStringLiteral("13800000004")), QStringList{QStringLiteral("客户4")});
    }

    void aCancelledImportLeavesTheIndexInStep()
    {
        auto store = open();
        QByteArray csv = leads(3 * ContactBulkWriter::kHandOverEvery);
        QBuffer device(&csv);
        QVERIFY(device.open(QIODevice::ReadOnly));
        LeadImportOptions options;
        options.batchSize = 4000;
        int asked = 0;
        options.isCancelled = [&asked] {
            return ++asked > 5000;
        }; // in the second batch, which keeps its rows
        auto report = LeadImporter(*store).importDevice(device, csv.size(), options);
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QVERIFY(report->cancelled);
        QCOMPARE(report->rowsRead, 5000);
        const QStringList imported = entries(*store);
        QCOMPARE(imported.size(), scalar(*store, "SELECT count(*) FROM contact WHERE deleted = 0"));
        QCOMPARE(indexGeneration(*store), storeGeneration(*store));
        QVERIFY(ContactSearchIndex(store->db()).rebuildAll().ok());
        QCOMPARE(imported, entries(*store));
    }
};

QTEST_GUILESS_MAIN(TestSearchFile)
#include "TestSearchFile.moc"
