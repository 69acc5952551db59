// Two devices of one guide against the real server over TLS: field-level LWW, keep-both notes,
// add-wins sets, append-only history, pending edits, revokes, failed pages and the departed wipe.
#include "ServerHarness.h"
#include "SyncTestDevice.h"
#include "domain/ContactRepository.h"
#include "domain/FollowUpRepository.h"
#include "engine/ChangeApplier.h"
#include "engine/OutboxReader.h"
#include "library/BlobStore.h"
#include "library/MaterialLibrary.h"

#include <QFile>
#include <QTest>
#include <QThread>

using namespace ll;

class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    ServerHarness m_server;
    QString m_org;
    QString m_store;
    int m_staffCount = 0;

    sync::ServerConfig config() const
    {
        return {QStringLiteral("https://127.0.0.1:%1").arg(m_server.port()), m_server.caPath(), QString()};
    }

    ServerHarness::Staff newGuide()
    {
        return m_server.createStaff(m_org, m_store, QStringLiteral("guide%1").arg(++m_staffCount),
                                    QStringLiteral("guide"));
    }

    bool loggedIn(SyncTestDevice& d, const ServerHarness::Staff& who)
    {
        return d.createAndLogIn(config(), who.username, who.password);
    }

    static QString field(SyncTestDevice& d, const QString& id, const char* column)
    {
        const QByteArray sql = QByteArray("SELECT ") + column + " FROM contact WHERE id = ?";
        return d.text(sql.constData(), id);
    }

    // Two devices of one new guide, both holding one synced contact.
    bool pairWithContact(SyncTestDevice& a, SyncTestDevice& b, QString* contactId,
                         const ContactInput& input = {})
    {
        const auto guide = newGuide();
        if (!loggedIn(a, guide) || !loggedIn(b, guide))
            return false;
        ContactInput in = input;
        if (!in.name)
            in.name = QStringLiteral("王芳");
        auto c = ContactRepository(a.store()).add(in);
        if (!c.ok()) {
            qWarning("add: %s", qPrintable(c.message()));
            return false;
        }
        *contactId = c->id;
        if (!a.synced() || !b.synced())
            return false;
        if (field(b, c->id, "name") != in.name.value()) {
            qWarning("not on B: rejected %s, parked %s",
                     qPrintable(a.text("SELECT code || summary FROM sync_rejection")),
                     qPrintable(b.text("SELECT change FROM sync_parked")));
            return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.init());
        QVERIFY(m_server.start() >= 0);
        m_org = m_server.createOrg(QStringLiteral("Org"));
        QVERIFY(!m_org.isEmpty());
        m_store = m_server.createStore(m_org, QStringLiteral("Store"));
        QVERIFY(!m_store.isEmpty());
    }

    void differentFieldsBothSurvive()
    {
        SyncTestDevice a, b;
        QString id;
        QVERIFY(pairWithContact(a, b, &id));
        ContactInput onA;
        onA.city = QStringLiteral("杭州");
        QVERIFY(ContactRepository(a.store()).update(id, onA).ok());
        ContactInput onB;
        onB.nickname = QStringLiteral("芳姐");
        QVERIFY(ContactRepository(b.store()).update(id, onB).ok());
        QVERIFY(a.synced());
        QVERIFY(b.synced());
        QVERIFY(a.synced());
        // The directory names the org's people locally (server-owned rows, never pushed back).
        QVERIFY(a.scalar("SELECT count(*) FROM staff WHERE id = ?", a.store().actorId()) == 1);
        for (SyncTestDevice* d : {&a, &b}) {
            QCOMPARE(field(*d, id, "city"), QStringLiteral("杭州"));
            QCOMPARE(field(*d, id, "nickname"), QStringLiteral("芳姐"));
            QCOMPARE(d->store().pendingOutboxCount().value(), 0);
        }
    }

    void sameFieldLaterClockWins()
    {
        SyncTestDevice a, b;
        QString id;
        QVERIFY(pairWithContact(a, b, &id));
        ContactInput first;
        first.name = QStringLiteral("王芳 (A)");
        QVERIFY(ContactRepository(a.store()).update(id, first).ok());
        QThread::msleep(5);
        ContactInput later;
        later.name = QStringLiteral("王芳 (B)");
        QVERIFY(ContactRepository(b.store()).update(id, later).ok());
        // The later edit is pushed first: the older one must still lose everywhere.
        QVERIFY(b.synced());
        QVERIFY(a.synced());
        QVERIFY(b.synced());
        QCOMPARE(field(a, id, "name"), QStringLiteral("王芳 (B)"));
        QCOMPARE(field(b, id, "name"), QStringLiteral("王芳 (B)"));
    }

    void notesKeepBoth()
    {
        SyncTestDevice a, b;
        QString id;
        ContactInput in;
        in.notes = QStringLiteral("喜欢薰衣草");
        QVERIFY(pairWithContact(a, b, &id, in));
        ContactInput onA;
        onA.notes = QStringLiteral("A: 喜欢玫瑰");
        QVERIFY(ContactRepository(a.store()).update(id, onA).ok());
        QThread::msleep(5);
        ContactInput onB;
        onB.notes = QStringLiteral("B: 喜欢茉莉");
        QVERIFY(ContactRepository(b.store()).update(id, onB).ok());
        sync::SyncReport ra, rb, ra2;
        QVERIFY(a.synced(&ra));
        QVERIFY(b.synced(&rb));
        QVERIFY(a.synced(&ra2));
        QCOMPARE(field(a, id, "notes"), field(b, id, "notes"));
        // The losing text is kept and shown: on at least one device, and it is the other one's text.
        const qint64 conflicts = a.scalar("SELECT count(*) FROM record_conflict WHERE record_id = ?", id) +
                                 b.scalar("SELECT count(*) FROM record_conflict WHERE record_id = ?", id);
        QVERIFY(conflicts >= 1);
        const QString kept = b.text("SELECT value FROM record_conflict WHERE record_id = ?", id);
        QCOMPARE(kept, QStringLiteral("A: 喜欢玫瑰"));
        QVERIFY(rb.conflicts + ra2.conflicts >= 1);
    }

    void phonesAndTagsAddWins()
    {
        SyncTestDevice a, b;
        QString id;
        ContactInput in;
        in.phones = QStringList{QStringLiteral("13800138000")};
        QVERIFY(pairWithContact(a, b, &id, in));
        const char* present =
            "SELECT count(*) FROM contact_phone p JOIN contact c ON c.rowid = p.contact_rowid "
            "WHERE c.id = ? AND p.present = 1";
        QCOMPARE(b.scalar(present, id), 1);
        // A removes the number while B, concurrently and later, adds another: both edits hold.
        ContactInput onA;
        onA.removePhones = QStringList{QStringLiteral("13800138000")};
        QVERIFY(ContactRepository(a.store()).update(id, onA).ok());
        ContactInput onB;
        onB.addPhones = QStringList{QStringLiteral("13900139000")};
        QVERIFY(ContactRepository(b.store()).update(id, onB).ok());
        QVERIFY(a.synced());
        QVERIFY(b.synced());
        QVERIFY(a.synced());
        QCOMPARE(a.scalar(present, id), 1);
        QCOMPARE(b.scalar(present, id), 1);
        const char* which =
            "SELECT p.digits FROM contact_phone p JOIN contact c ON c.rowid = p.contact_rowid "
            "WHERE c.id = ? AND p.present = 1";
        QCOMPARE(a.text(which, id), b.text(which, id));
        QVERIFY(a.text(which, id).endsWith(QStringLiteral("13900139000")));
    }

    void followUpsAppendOnlyNoDuplicates()
    {
        SyncTestDevice a, b;
        QString id;
        QVERIFY(pairWithContact(a, b, &id));
        for (int i = 0; i < 3; ++i) {
            FollowUpInput f;
            f.contactId = id;
            f.kind = QStringLiteral("call");
            f.note = QStringLiteral("第%1次回访").arg(i + 1);
            QVERIFY(FollowUpRepository(a.store()).add(f).ok());
        }
        QVERIFY(a.synced());
        QVERIFY(b.synced());
        const char* count =
            "SELECT count(*) FROM followup f JOIN contact c ON c.rowid = f.contact_rowid WHERE c.id = ?";
        QCOMPARE(b.scalar(count, id), 3);
        // Pull the whole feed again from the start: nothing is inserted twice.
        QVERIFY(b.store().setMeta(QLatin1String(sync::ChangeApplier::CursorKey), QStringLiteral("0")).ok());
        QVERIFY(a.store().setMeta(QLatin1String(sync::ChangeApplier::CursorKey), QStringLiteral("0")).ok());
        QVERIFY(b.synced());
        QVERIFY(a.synced());
        QCOMPARE(b.scalar(count, id), 3);
        QCOMPARE(a.scalar(count, id), 3);
        QCOMPARE(b.text("SELECT note FROM followup ORDER BY note DESC LIMIT 1"), QStringLiteral("第3次回访"));
    }

    void pendingLocalEditIsNotOverwritten()
    {
        SyncTestDevice a, b;
        QString id;
        QVERIFY(pairWithContact(a, b, &id));
        ContactInput onB;
        onB.city = QStringLiteral("成都");
        QVERIFY(ContactRepository(b.store()).update(id, onB).ok());
        QThread::msleep(5);
        ContactInput onA;
        onA.city = QStringLiteral("上海");
        onA.source = QStringLiteral("展会");
        QVERIFY(ContactRepository(a.store()).update(id, onA).ok());
        QVERIFY(a.synced());
        // B applies the feed while its own (older) city edit is still in the outbox.
        PullResponse page;
        // Build the page from what the server would send: A's newer state of the record.
        Change c;
        c.entity = QStringLiteral("contact");
        c.recordId = id;
        auto later = Hlc::parse(a.text("SELECT clocks FROM contact WHERE id = ?", id)
                                    .section(QStringLiteral("city="), 1)
                                    .section(QLatin1Char(';'), 0, 0));
        QVERIFY(later.ok());
        c.state.fields.insert(QStringLiteral("city"), FieldValue{QStringLiteral("上海"), later.value()});
        c.state.fields.insert(QStringLiteral("source"), FieldValue{QStringLiteral("展会"), later.value()});
        page.changes.append(c);
        page.nextCursor = 999;
        QVERIFY(sync::ChangeApplier(b.store()).applyPage(page).ok());
        QCOMPARE(field(b, id, "city"), QStringLiteral("成都"));   // pending: kept
        QCOMPARE(field(b, id, "source"), QStringLiteral("展会")); // not pending: merged
        QCOMPARE(b.text("SELECT value FROM meta WHERE key = 'sync_cursor'"), QStringLiteral("999"));
    }

    void failedPageLeavesCursor()
    {
        SyncTestDevice a;
        QVERIFY(a.create());
        QVERIFY(a.store().setMeta(QLatin1String(sync::ChangeApplier::CursorKey), QStringLiteral("7")).ok());
        Change c;
        c.entity = QStringLiteral("contact");
        c.recordId = ServerHarness::uuid();
        c.state.fields.insert(
            QStringLiteral("name"),
            FieldValue{QStringLiteral("x"), Hlc::parse(ServerHarness::hlc(QStringLiteral("dev"))).value()});
        PullResponse page;
        page.changes.append(c);
        page.nextCursor = 8;
        // Every write fails (as on a full disk): nothing of the page, and not the cursor, may stick.
        QVERIFY(a.store().db().exec("PRAGMA query_only = 1").ok());
        QVERIFY(!sync::ChangeApplier(a.store()).applyPage(page).ok());
        QVERIFY(a.store().db().exec("PRAGMA query_only = 0").ok());
        QCOMPARE(a.text("SELECT value FROM meta WHERE key = 'sync_cursor'"), QStringLiteral("7"));
        QCOMPARE(a.scalar("SELECT count(*) FROM contact"), 0);
    }

    void revokePurgesContactAndPendingEdits()
    {
        SyncTestDevice a, b;
        QString id;
        QVERIFY(pairWithContact(a, b, &id));
        FollowUpInput f;
        f.contactId = id;
        f.kind = QStringLiteral("visit");
        QVERIFY(FollowUpRepository(b.store()).add(f).ok());
        ContactInput onB;
        onB.city = QStringLiteral("南京");
        QVERIFY(ContactRepository(b.store()).update(id, onB).ok());
        QVERIFY(b.store().pendingOutboxCount().value() >= 2);
        PullResponse page;
        page.revokes.append(id);
        page.nextCursor = 1000;
        auto stats = sync::ChangeApplier(b.store()).applyPage(page);
        QVERIFY2(stats.ok(), qPrintable(stats.message()));
        QCOMPARE(stats->revoked, 1);
        QCOMPARE(b.scalar("SELECT count(*) FROM contact WHERE id = ?", id), 0);
        QCOMPARE(b.scalar("SELECT count(*) FROM followup"), 0);
        QCOMPARE(b.scalar("SELECT count(*) FROM contact_phone"), 0);
        QCOMPARE(b.store().pendingOutboxCount().value(), 0);
        QCOMPARE(b.scalar("SELECT count(*) FROM contact_fts WHERE docid NOT IN (SELECT rowid FROM contact)"),
                 0);
    }

    void departedAccountIsWiped()
    {
        SyncTestDevice a;
        const auto guide = newGuide();
        QVERIFY(loggedIn(a, guide));
        ContactInput in;
        in.name = QStringLiteral("李雷");
        QVERIFY(ContactRepository(a.store()).add(in).ok());
        QVERIFY(a.synced());
        m_server.admin({QStringLiteral("staff-depart"), QStringLiteral("--username"), guide.username});
        sync::SyncReport report;
        QVERIFY(a.synced(&report));
        QVERIFY(report.wiped);
        const QString dir = a.dir.path();
        a.engine.reset();
        a.profile.reset();
        QVERIFY(Profile::wipe(dir).ok());
        for (const char* name : {"store.db", "store.db-wal", "store.db-shm", "key.json"})
            QVERIFY2(!QFile::exists(dir + QLatin1Char('/') + QLatin1String(name)), name);
    }

    void outboxRowsBecomeWireMutations()
    {
        SyncTestDevice a;
        QVERIFY(a.create());
        ContactInput in;
        in.name = QStringLiteral("张伟");
        in.notes = QStringLiteral("第一版");
        auto c = ContactRepository(a.store()).add(in);
        QVERIFY(c.ok());
        ContactInput edit;
        edit.notes = QStringLiteral("第二版");
        edit.addPhones = QStringList{QStringLiteral("13700137000")};
        QVERIFY(ContactRepository(a.store()).update(c->id, edit).ok());
        auto rows = sync::OutboxReader(a.store().db()).read(0, 100);
        QVERIFY(rows.ok());
        bool sawBase = false, sawSet = false;
        for (const sync::OutboxRow& row : rows.value()) {
            const sync::Translation t = sync::OutboxReader::translate(row);
            QCOMPARE(int(t.kind), int(sync::Translation::Kind::Push));
            QCOMPARE(t.mutation.mutationId, row.mutationId);
            // The notes edit carries the clock of the text it replaced.
            if (t.mutation.bases.contains(QStringLiteral("notes")) &&
                t.mutation.fields.value(QStringLiteral("notes")).value.toString() == QStringLiteral("第二版"))
                sawBase = true;
            if (t.mutation.sets.value(QStringLiteral("phones")).value(QStringLiteral("13700137000")).added)
                sawSet = true;
        }
        QVERIFY(sawBase);
        QVERIFY(sawSet);
        // Server-owned rows are dropped, not pushed.
        sync::OutboxRow org{1, QStringLiteral("org"), ServerHarness::uuid(), QStringLiteral("upsert"), {}};
        QCOMPARE(int(sync::OutboxReader::translate(org).kind), int(sync::Translation::Kind::Drop));
    }

    void materialBlobsUploadAndDownloadLazily()
    {
        SyncTestDevice a, b;
        const auto guide = newGuide();
        QVERIFY(loggedIn(a, guide) && loggedIn(b, guide));
        const QString file = a.dir.filePath(QStringLiteral("brochure.pdf"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray bytes(3 * 1024 * 1024 + 17, 'x'); // more than one upload chunk
            for (int i = 0; i < bytes.size(); i += 97)
                bytes[i] = char(i % 251);
            f.write(bytes);
        }
        MaterialInput in;
        in.kind = QStringLiteral("document");
        in.title = QStringLiteral("产品手册");
        in.filePath = file;
        auto m = MaterialLibrary(a.store(), Actor{a.store().actorId(), StaffRole::Guide}).add(in, false);
        QVERIFY2(m.ok(), qPrintable(m.message()));
        QVERIFY(a.synced());
        QCOMPARE(a.store().pendingOutboxCount().value(), 0);
        QVERIFY(b.synced());
        const QString sha = b.text("SELECT blob_sha256 FROM material WHERE id = ?", m->id);
        QCOMPARE(sha.size(), 64);
        QVERIFY(!BlobStore(b.store().db()).contains(sha)); // not downloaded until opened
        QVERIFY(!b.text("SELECT search_text FROM material WHERE id = ?", m->id).isEmpty()); // findable on B
        QVERIFY(!b.engine->fetchBlob(sha));
        QVERIFY(BlobStore(b.store().db()).contains(sha));
        QCOMPARE(BlobStore(b.store().db()).read(sha, 1 << 26).value(),
                 BlobStore(a.store().db()).read(sha, 1 << 26).value());
    }

    void cleanupTestCase() { QVERIFY(m_server.stopAll()); }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "TestSyncEngine.moc"
