#include "PullMessages.h"
#include "PushMessages.h"
#include "ServerHarness.h"
#include "ServerTestUsers.h"

#include "Gzip.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// Push/pull over real HTTPS: round trips, exactly-once, permissions by current owner,
// revokes on reassignment, keep-both notes, paging, gzip and blobs.
class TestServerSync : public QObject
{
    Q_OBJECT

private:
    using User = TestUser;

    ServerHarness h;
    User admin, managerA, guideA1, guideA2, guideA3, managerB, guideB1, otherAdmin;

    ServerHarness::Reply push(User& u, const QJsonArray& mutations)
    {
        return h.post(QStringLiteral("/v1/sync/push"), ServerHarness::pushBody(u.device, mutations), u.token);
    }

    // Pushes one contact upsert and returns the mutation's status[/code].
    QString upsert(User& u, const QString& recordId, const QJsonObject& values)
    {
        const auto r = push(u, {ServerHarness::contactUpsert(u.nextMutation++, recordId, u.device, values)});
        if (r.status != 200)
            return QStringLiteral("http-%1").arg(r.status);
        return statusOf(r, 0);
    }

    static QString statusOf(const ServerHarness::Reply& r, int index)
    {
        const QJsonObject res = r.json.value(QStringLiteral("results")).toArray().at(index).toObject();
        const QString code = res.value(QStringLiteral("code")).toString();
        return res.value(QStringLiteral("status")).toString() +
               (code.isEmpty() ? QString() : QLatin1Char('/') + code);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(h.init());
        const QString org = h.createOrg(QStringLiteral("Sync Org"));
        const QString storeA = h.createStore(org, QStringLiteral("Store A"));
        const QString storeB = h.createStore(org, QStringLiteral("Store B"));
        QVERIFY(!org.isEmpty() && !storeA.isEmpty() && !storeB.isEmpty());
        makeTestUser(h, admin, org, QString(), QStringLiteral("sync.admin"), QStringLiteral("admin"));
        makeTestUser(h, managerA, org, storeA, QStringLiteral("sync.managerA"), QStringLiteral("manager"));
        makeTestUser(h, guideA1, org, storeA, QStringLiteral("sync.guideA1"), QStringLiteral("guide"));
        makeTestUser(h, guideA2, org, storeA, QStringLiteral("sync.guideA2"), QStringLiteral("guide"));
        makeTestUser(h, guideA3, org, storeA, QStringLiteral("sync.guideA3"), QStringLiteral("guide"));
        makeTestUser(h, managerB, org, storeB, QStringLiteral("sync.managerB"), QStringLiteral("manager"));
        makeTestUser(h, guideB1, org, storeB, QStringLiteral("sync.guideB1"), QStringLiteral("guide"));
        const QString org2 = h.createOrg(QStringLiteral("Other Org"));
        makeTestUser(h, otherAdmin, org2, QString(), QStringLiteral("other.admin"), QStringLiteral("admin"));
        QVERIFY(h.start() == 0);
        for (User* u : {&admin, &managerA, &guideA1, &guideA2, &guideA3, &managerB, &guideB1, &otherAdmin}) {
            QVERIFY(!u->staff.id.isEmpty());
            u->token = h.login(u->staff, u->device);
            QVERIFY(!u->token.isEmpty());
        }
    }
    void cleanupTestCase() { QVERIFY(h.stopAll()); }

    void pushThenPullRoundTripsEveryFieldKind()
    {
        const QString id = ServerHarness::uuid();
        const QString tag = ServerHarness::uuid();
        const QString clock = ServerHarness::hlc(guideA1.device);
        const QJsonObject m{
            {QStringLiteral("mutationId"), guideA1.nextMutation++},
            {QStringLiteral("entity"), QStringLiteral("contact")},
            {QStringLiteral("recordId"), id},
            {QStringLiteral("op"), QStringLiteral("upsert")},
            {QStringLiteral("hlc"), clock},
            {QStringLiteral("fields"),
             QJsonObject{
                 {QStringLiteral("name"), QJsonObject{{QStringLiteral("value"), QStringLiteral("王芳")},
                                                      {QStringLiteral("hlc"), clock}}},
                 {QStringLiteral("points"),
                  QJsonObject{{QStringLiteral("value"), 120}, {QStringLiteral("hlc"), clock}}},
                 {QStringLiteral("birthday"),
                  QJsonObject{{QStringLiteral("value"), QStringLiteral("1990-03-08")},
                              {QStringLiteral("hlc"), clock}}}}},
            {QStringLiteral("sets"),
             QJsonObject{
                 {QStringLiteral("phones"), QJsonObject{{QStringLiteral("+8613800138000"),
                                                         QJsonObject{{QStringLiteral("add"), clock}}}}},
                 {QStringLiteral("tags"), QJsonObject{{tag, QJsonObject{{QStringLiteral("add"), clock}}}}}}}};
        const auto r = push(guideA1, {m});
        QCOMPARE(r.status, 200);
        auto parsed = ll::PushResponse::fromJson(r.json);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->results.size(), 1);
        QCOMPARE(parsed->results.first().status, QStringLiteral("applied"));

        // The guide's second device receives it.
        User phone = guideA1;
        phone.device = QStringLiteral("guideA1-phone");
        phone.token = h.login(guideA1.staff, phone.device);
        const auto pulled = pullAll(h, phone.token);
        const auto c = lastChangeOf(pulled, id);
        QVERIFY(c);
        QCOMPARE(c->entity, QStringLiteral("contact"));
        QCOMPARE(c->ownerId, guideA1.staff.id);
        QCOMPARE(c->state.fields.value(QStringLiteral("name")).value.toString(), QStringLiteral("王芳"));
        QCOMPARE(c->state.fields.value(QStringLiteral("name")).hlc.toString(), clock);
        QCOMPARE(c->state.fields.value(QStringLiteral("points")).value.toInt(), 120);
        QVERIFY(
            c->state.sets.value(QStringLiteral("phones")).value(QStringLiteral("+8613800138000")).present());
        QVERIFY(c->state.sets.value(QStringLiteral("tags")).value(tag).present());
        QVERIFY(pulled.nextCursor >= c->seq);
        // Nothing new after the returned cursor.
        QVERIFY(pullAll(h, phone.token, pulled.nextCursor).changes.isEmpty());
    }

    void replayedMutationIsAppliedExactlyOnce()
    {
        const QString id = ServerHarness::uuid();
        const QJsonObject m = ServerHarness::contactUpsert(guideA1.nextMutation++, id, guideA1.device,
                                                           {{QStringLiteral("name"), QStringLiteral("Li")}});
        QCOMPARE(statusOf(push(guideA1, {m}), 0), QStringLiteral("applied"));
        const qint64 cursor = pullAll(h, guideA1.token).nextCursor;
        const auto replay = push(guideA1, {m, m});
        QCOMPARE(replay.status, 200);
        QCOMPARE(statusOf(replay, 0), QStringLiteral("duplicate"));
        QCOMPARE(statusOf(replay, 1), QStringLiteral("duplicate"));
        // A replay creates no new change in anyone's feed.
        QVERIFY(pullAll(h, guideA1.token, cursor).changes.isEmpty());
        QVERIFY(pullAll(h, admin.token, cursor).changes.isEmpty());
    }

    void pushForAnotherDeviceIdIsRefused()
    {
        const auto r =
            h.post(QStringLiteral("/v1/sync/push"),
                   ServerHarness::pushBody(
                       QStringLiteral("someone-else"),
                       {ServerHarness::contactUpsert(1, ServerHarness::uuid(), QStringLiteral("someone-else"),
                                                     {{QStringLiteral("name"), QStringLiteral("x")}})}),
                   guideA1.token);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QStringLiteral("device_mismatch"));
    }

    void guideCannotReadOrWriteAnotherGuidesContact()
    {
        const QString id = ServerHarness::uuid();
        QCOMPARE(upsert(guideA1, id, {{QStringLiteral("name"), QStringLiteral("Zhao")}}),
                 QStringLiteral("applied"));
        QCOMPARE(upsert(guideA2, id, {{QStringLiteral("name"), QStringLiteral("Hijacked")}}),
                 QStringLiteral("rejected/forbidden"));
        QVERIFY(!lastChangeOf(pullAll(h, guideA2.token), id));
        const auto mine = lastChangeOf(pullAll(h, guideA1.token), id);
        QVERIFY(mine);
        QCOMPARE(mine->state.fields.value(QStringLiteral("name")).value.toString(), QStringLiteral("Zhao"));
        // Nor create a contact in someone else's name, nor log a follow-up on theirs.
        QCOMPARE(upsert(guideA2, ServerHarness::uuid(),
                        {{QStringLiteral("name"), QStringLiteral("Gift")},
                         {QStringLiteral("ownerId"), guideA1.staff.id}}),
                 QStringLiteral("rejected/forbidden"));
        const auto f =
            push(guideA2, {insertMutation(guideA2, QStringLiteral("followup"), ServerHarness::uuid(),
                                          {{QStringLiteral("contactId"), id},
                                           {QStringLiteral("kind"), QStringLiteral("call")},
                                           {QStringLiteral("happenedAt"), 1'700'000'000'000LL}})});
        QCOMPARE(statusOf(f, 0), QStringLiteral("rejected/forbidden"));
    }

    void managerSeesAndEditsOwnStoreOnly()
    {
        const QString inA = ServerHarness::uuid();
        const QString inB = ServerHarness::uuid();
        QCOMPARE(upsert(guideA1, inA, {{QStringLiteral("name"), QStringLiteral("A-customer")}}),
                 QStringLiteral("applied"));
        QCOMPARE(upsert(guideB1, inB, {{QStringLiteral("name"), QStringLiteral("B-customer")}}),
                 QStringLiteral("applied"));
        const auto seenByA = pullAll(h, managerA.token);
        QVERIFY(lastChangeOf(seenByA, inA));
        QVERIFY(!lastChangeOf(seenByA, inB));
        QCOMPARE(upsert(managerA, inA, {{QStringLiteral("stage"), QStringLiteral("customer")}}),
                 QStringLiteral("applied"));
        QCOMPARE(upsert(managerA, inB, {{QStringLiteral("stage"), QStringLiteral("lost")}}),
                 QStringLiteral("rejected/forbidden"));
        const auto seenByAdmin = pullAll(h, admin.token);
        QVERIFY(lastChangeOf(seenByAdmin, inA) && lastChangeOf(seenByAdmin, inB));
    }

    void otherOrgCanNeitherSeeNorTouch()
    {
        const QString id = ServerHarness::uuid();
        QCOMPARE(upsert(guideA1, id, {{QStringLiteral("name"), QStringLiteral("Private")}}),
                 QStringLiteral("applied"));
        QCOMPARE(upsert(otherAdmin, id, {{QStringLiteral("name"), QStringLiteral("Poached")}}),
                 QStringLiteral("rejected/forbidden"));
        QVERIFY(pullAll(h, otherAdmin.token).changes.isEmpty());
        QCOMPARE(lastChangeOf(pullAll(h, guideA1.token), id)
                     ->state.fields.value(QStringLiteral("name"))
                     .value.toString(),
                 QStringLiteral("Private"));
    }

    void reassignmentRevokesForPreviousOwnerAndMovesHistory()
    {
        const QString id = ServerHarness::uuid();
        const QString followup = ServerHarness::uuid();
        QCOMPARE(upsert(guideA1, id, {{QStringLiteral("name"), QStringLiteral("Moving")}}),
                 QStringLiteral("applied"));
        QCOMPARE(
            statusOf(push(guideA1, {insertMutation(guideA1, QStringLiteral("followup"), followup,
                                                   {{QStringLiteral("contactId"), id},
                                                    {QStringLiteral("kind"), QStringLiteral("visit")},
                                                    {QStringLiteral("note"), QStringLiteral("liked the oil")},
                                                    {QStringLiteral("happenedAt"), 1'700'000'000'000LL}})}),
                     0),
            QStringLiteral("applied"));
        const qint64 a1Cursor = pullAll(h, guideA1.token).nextCursor;
        const qint64 mbCursor = pullAll(h, managerB.token).nextCursor;

        // A guide cannot give a contact away; a manager cannot move it to another store.
        QCOMPARE(upsert(guideA1, id, {{QStringLiteral("ownerId"), guideA2.staff.id}}),
                 QStringLiteral("rejected/forbidden"));
        QCOMPARE(upsert(managerA, id, {{QStringLiteral("ownerId"), guideB1.staff.id}}),
                 QStringLiteral("rejected/forbidden"));
        QCOMPARE(upsert(managerA, id, {{QStringLiteral("ownerId"), guideA2.staff.id}}),
                 QStringLiteral("applied"));

        const auto a1 = pullAll(h, guideA1.token, a1Cursor);
        QVERIFY(a1.revokes.contains(id));
        QVERIFY(!lastChangeOf(a1, id));
        QVERIFY(!lastChangeOf(a1, followup));
        QCOMPARE(upsert(guideA1, id, {{QStringLiteral("name"), QStringLiteral("Still mine?")}}),
                 QStringLiteral("rejected/forbidden"));

        const auto a2 = pullAll(h, guideA2.token);
        const auto c = lastChangeOf(a2, id);
        QVERIFY(c);
        QCOMPARE(c->ownerId, guideA2.staff.id);
        const auto f = lastChangeOf(a2, followup);
        QVERIFY(f);
        QCOMPARE(f->parentId, id);
        QCOMPARE(f->state.fields.value(QStringLiteral("note")).value.toString(),
                 QStringLiteral("liked the oil"));

        // An admin moves it across stores: store A's manager gets a revoke, store B's the record.
        const qint64 maCursor = pullAll(h, managerA.token).nextCursor;
        QCOMPARE(upsert(admin, id, {{QStringLiteral("ownerId"), guideB1.staff.id}}),
                 QStringLiteral("applied"));
        QVERIFY(pullAll(h, managerA.token, maCursor).revokes.contains(id));
        const auto mb = pullAll(h, managerB.token, mbCursor);
        QVERIFY(lastChangeOf(mb, id) && lastChangeOf(mb, followup));
        QCOMPARE(lastChangeOf(mb, id)->storeId,
                 lastChangeOf(mb, id)->state.fields.value(QStringLiteral("storeId")).value.toString());
    }

    void appendOnlyRecordIsInsertedOnce()
    {
        const QString contact = ServerHarness::uuid();
        const QString purchase = ServerHarness::uuid();
        QCOMPARE(upsert(guideA1, contact, {{QStringLiteral("name"), QStringLiteral("Buyer")}}),
                 QStringLiteral("applied"));
        const QJsonObject values{{QStringLiteral("contactId"), contact},
                                 {QStringLiteral("quantity"), 2},
                                 {QStringLiteral("purchasedOn"), QStringLiteral("2023-11-14")}};
        QCOMPARE(
            statusOf(push(guideA1, {insertMutation(guideA1, QStringLiteral("purchase"), purchase, values)}),
                     0),
            QStringLiteral("applied"));
        QCOMPARE(
            statusOf(push(guideA1, {insertMutation(guideA1, QStringLiteral("purchase"), purchase, values)}),
                     0),
            QStringLiteral("rejected/immutable_record"));
        QCOMPARE(
            statusOf(push(guideA1,
                          {insertMutation(guideA1, QStringLiteral("purchase"), ServerHarness::uuid(),
                                          {{QStringLiteral("contactId"), ServerHarness::uuid()},
                                           {QStringLiteral("quantity"), 1},
                                           {QStringLiteral("purchasedOn"), QStringLiteral("2023-11-14")}})}),
                     0),
            QStringLiteral("rejected/parent_not_found"));
    }

    void concurrentNotesKeepBothVersions()
    {
        const QString id = ServerHarness::uuid();
        QCOMPARE(upsert(guideA1, id, {{QStringLiteral("notes"), QStringLiteral("first note")}}),
                 QStringLiteral("applied"));
        const QString base = lastChangeOf(pullAll(h, guideA1.token), id)
                                 ->state.fields.value(QStringLiteral("notes"))
                                 .hlc.toString();
        const auto notesEdit = [&](User& u, const QString& text) {
            const QString clock = ServerHarness::hlc(u.device);
            return push(u, {QJsonObject{{QStringLiteral("mutationId"), u.nextMutation++},
                                        {QStringLiteral("entity"), QStringLiteral("contact")},
                                        {QStringLiteral("recordId"), id},
                                        {QStringLiteral("op"), QStringLiteral("upsert")},
                                        {QStringLiteral("hlc"), clock},
                                        {QStringLiteral("fields"),
                                         QJsonObject{{QStringLiteral("notes"),
                                                      QJsonObject{{QStringLiteral("value"), text},
                                                                  {QStringLiteral("hlc"), clock},
                                                                  {QStringLiteral("base"), base}}}}}}});
        };
        // Both edits start from "first note": the second one is concurrent with the first.
        QCOMPARE(statusOf(notesEdit(guideA1, QStringLiteral("guide's edit")), 0), QStringLiteral("applied"));
        QCOMPARE(statusOf(notesEdit(managerA, QStringLiteral("manager's edit")), 0),
                 QStringLiteral("applied"));
        const auto c = lastChangeOf(pullAll(h, guideA1.token), id);
        QVERIFY(c);
        QCOMPARE(c->state.fields.value(QStringLiteral("notes")).value.toString(),
                 QStringLiteral("manager's edit"));
        QCOMPARE(c->state.conflicts.size(), 1);
        QCOMPARE(c->state.conflicts.first().value.toString(), QStringLiteral("guide's edit"));
    }

    void pullPagesFollowTheCursorWithoutGapsOrRepeats()
    {
        QStringList ids;
        QJsonArray batch;
        for (int i = 0; i < 7; ++i) {
            ids << ServerHarness::uuid();
            batch.append(
                ServerHarness::contactUpsert(guideA3.nextMutation++, ids.last(), guideA3.device,
                                             {{QStringLiteral("name"), QStringLiteral("P%1").arg(i)}}));
        }
        QCOMPARE(push(guideA3, batch).status, 200);
        QStringList seen;
        qint64 cursor = 0;
        int pages = 0;
        bool more = true;
        while (more && pages < 10) {
            const auto r =
                h.get(QStringLiteral("/v1/sync/pull?cursor=%1&limit=3").arg(cursor), guideA3.token);
            QCOMPARE(r.status, 200);
            auto page = ll::PullResponse::fromJson(r.json);
            QVERIFY(page.ok());
            QVERIFY(page->changes.size() <= 3);
            for (const auto& c : page->changes)
                if (c.entity == QLatin1String("contact"))
                    seen << c.recordId;
            QVERIFY(page->nextCursor > cursor);
            cursor = page->nextCursor;
            more = page->hasMore;
            ++pages;
        }
        QVERIFY(!more);
        QCOMPARE(pages, 3);
        QCOMPARE(seen, ids);
    }

    void pullIsGzippedWhenTheClientAcceptsIt()
    {
        const auto r = h.request("GET", QStringLiteral("/v1/sync/pull?cursor=0"), {}, admin.token,
                                 {{"Accept-Encoding", "gzip"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Encoding"), QByteArray("gzip"));
        auto plain = ll::server::gzipDecompress(r.body, 64 * 1024 * 1024);
        QVERIFY(plain.ok());
        QVERIFY(ll::PullResponse::fromJson(QJsonDocument::fromJson(plain.value()).object()).ok());
        const auto identity = h.request("GET", QStringLiteral("/v1/sync/pull?cursor=0"), {}, admin.token,
                                        {{"Accept-Encoding", "identity"}});
        QVERIFY(identity.header("Content-Encoding").isEmpty());
        QCOMPARE(identity.body, plain.value());
    }

    void orgWideTagsAreWrittenByManagersAndReadByAll()
    {
        const QString tag = ServerHarness::uuid();
        const auto tagUpsert = [&](User& u) {
            const QString clock = ServerHarness::hlc(u.device);
            return push(
                u, {QJsonObject{{QStringLiteral("mutationId"), u.nextMutation++},
                                {QStringLiteral("entity"), QStringLiteral("tag")},
                                {QStringLiteral("recordId"), tag},
                                {QStringLiteral("op"), QStringLiteral("upsert")},
                                {QStringLiteral("hlc"), clock},
                                {QStringLiteral("fields"),
                                 QJsonObject{{QStringLiteral("name"),
                                              QJsonObject{{QStringLiteral("value"), QStringLiteral("VIP")},
                                                          {QStringLiteral("hlc"), clock}}}}}}});
        };
        QCOMPARE(statusOf(tagUpsert(guideA1), 0), QStringLiteral("rejected/forbidden"));
        QCOMPARE(statusOf(tagUpsert(managerB), 0), QStringLiteral("applied"));
        const auto c = lastChangeOf(pullAll(h, guideA1.token), tag);
        QVERIFY(c);
        QVERIFY(c->ownerId.isEmpty());
    }

    void blobsAreContentAddressedAndOrgScoped()
    {
        const QByteArray content = QByteArray("poster bytes ") + QByteArray(5000, 'x');
        const QString id =
            QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        const auto put = h.request("PUT", QStringLiteral("/v1/blobs/") + id, content, managerA.token,
                                   {{"Content-Type", "application/octet-stream"}});
        QCOMPARE(put.status, 201);
        QCOMPARE(h.request("PUT", QStringLiteral("/v1/blobs/") + id, content, managerA.token).status, 200);
        const auto got = h.get(QStringLiteral("/v1/blobs/") + id, guideA1.token);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.body, content);
        QCOMPARE(h.get(QStringLiteral("/v1/blobs/") + id, otherAdmin.token).code(),
                 QStringLiteral("not_found"));
        const auto wrong =
            h.request("PUT", QStringLiteral("/v1/blobs/") + id, QByteArray("other bytes"), managerA.token);
        QCOMPARE(wrong.status, 400);
        QCOMPARE(wrong.code(), QStringLiteral("hash_mismatch"));
    }

    void interruptedBlobUploadResumesWhereItStopped()
    {
        QByteArray content;
        for (int i = 0; i < 30'000; ++i)
            content += char('a' + i % 26);
        const QString id =
            QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        const QString path = QStringLiteral("/v1/blobs/") + id;
        const auto chunk = [&](qint64 start, qint64 len) {
            return h.request("PUT", path, content.mid(start, len), managerA.token,
                             {{"Content-Range", QStringLiteral("bytes %1-%2/%3")
                                                    .arg(start)
                                                    .arg(start + len - 1)
                                                    .arg(content.size())
                                                    .toLatin1()}});
        };
        const auto first = chunk(0, 10'000);
        QCOMPARE(first.status, 202);
        QCOMPARE(first.json.value(QStringLiteral("received")).toInteger(), 10'000);
        // The client "crashed"; it asks how far the upload got and continues from there.
        const auto state = h.get(QStringLiteral("/v1/uploads/") + id, managerA.token);
        QCOMPARE(state.status, 200);
        QCOMPARE(state.json.value(QStringLiteral("received")).toInteger(), 10'000);
        const auto gap = chunk(20'000, 10'000);
        QCOMPARE(gap.status, 409);
        QCOMPARE(gap.code(), QStringLiteral("offset_mismatch"));
        QCOMPARE(h.get(path, managerA.token).status, 404); // not published until complete
        QCOMPARE(chunk(10'000, 10'000).status, 202);
        const auto last = chunk(20'000, 10'000);
        QCOMPARE(last.status, 201);
        QCOMPARE(last.json.value(QStringLiteral("complete")).toBool(), true);
        QCOMPARE(h.get(path, guideA1.token).body, content);
    }

    void blobDownloadResumesWithRange()
    {
        const QByteArray content = QByteArray("material-") + QByteArray(3000, 'm') + QByteArray("-end");
        const QString id =
            QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        QCOMPARE(h.request("PUT", QStringLiteral("/v1/blobs/") + id, content, managerA.token).status, 201);
        const auto tail = h.request("GET", QStringLiteral("/v1/blobs/") + id, {}, guideA1.token,
                                    {{"Range", "bytes=2000-"}});
        QCOMPARE(tail.status, 206);
        QCOMPARE(tail.body, content.mid(2000));
        QCOMPARE(tail.header("Content-Range"),
                 QStringLiteral("bytes 2000-%1/%2").arg(content.size() - 1).arg(content.size()).toLatin1());
        const auto beyond = h.request("GET", QStringLiteral("/v1/blobs/") + id, {}, guideA1.token,
                                      {{"Range", "bytes=999999-"}});
        QCOMPARE(beyond.status, 416);
        QCOMPARE(beyond.code(), QStringLiteral("range_not_satisfiable"));
    }

    void corruptResumableUploadIsRefusedAndDiscarded()
    {
        const QByteArray content(2000, 'z');
        const QString id =
            QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        const QString path = QStringLiteral("/v1/blobs/") + id;
        QCOMPARE(h.request("PUT", path, content.left(1000), managerA.token,
                           {{"Content-Range", "bytes 0-999/2000"}})
                     .status,
                 202);
        const auto bad = h.request("PUT", path, QByteArray(1000, 'y'), managerA.token,
                                   {{"Content-Range", "bytes 1000-1999/2000"}});
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.code(), QStringLiteral("hash_mismatch"));
        QCOMPARE(h.get(QStringLiteral("/v1/uploads/") + id, managerA.token)
                     .json.value(QStringLiteral("received"))
                     .toInteger(),
                 0);
        const auto lying =
            h.request("PUT", path, content.left(10), managerA.token, {{"Content-Range", "bytes 0-99/2000"}});
        QCOMPARE(lying.status, 400);
        QCOMPARE(lying.code(), QStringLiteral("invalid_value"));
    }

    void deleteTombstonesContactAndHistoryAndDropsTheData()
    {
        const QString id = ServerHarness::uuid();
        const QString followup = ServerHarness::uuid();
        QCOMPARE(upsert(guideA1, id, {{QStringLiteral("name"), QStringLiteral("Leaving")}}),
                 QStringLiteral("applied"));
        QCOMPARE(
            statusOf(push(guideA1, {insertMutation(guideA1, QStringLiteral("followup"), followup,
                                                   {{QStringLiteral("contactId"), id},
                                                    {QStringLiteral("kind"), QStringLiteral("chat")},
                                                    {QStringLiteral("happenedAt"), 1'700'000'000'000LL}})}),
                     0),
            QStringLiteral("applied"));
        const qint64 cursor = pullAll(h, guideA1.token).nextCursor;
        const QJsonObject del{{QStringLiteral("mutationId"), guideA1.nextMutation++},
                              {QStringLiteral("entity"), QStringLiteral("contact")},
                              {QStringLiteral("recordId"), id},
                              {QStringLiteral("op"), QStringLiteral("delete")},
                              {QStringLiteral("hlc"), ServerHarness::hlc(guideA1.device)}};
        QCOMPARE(statusOf(push(guideA1, {del}), 0), QStringLiteral("applied"));
        const auto feed = pullAll(h, guideA1.token, cursor);
        const auto c = lastChangeOf(feed, id);
        const auto f = lastChangeOf(feed, followup);
        QVERIFY(c && f);
        QVERIFY(c->deleted && f->deleted);
        QVERIFY(c->state.fields.isEmpty());
        QVERIFY(f->state.fields.isEmpty());
        QCOMPARE(upsert(guideA1, id, {{QStringLiteral("name"), QStringLiteral("Back?")}}),
                 QStringLiteral("rejected/record_deleted"));
        QJsonObject ghost = del;
        ghost[QStringLiteral("mutationId")] = guideA1.nextMutation++;
        ghost[QStringLiteral("recordId")] = ServerHarness::uuid();
        QCOMPARE(statusOf(push(guideA1, {ghost}), 0), QStringLiteral("rejected/not_found"));
    }

    void auditLogRecordsDenialsAndReassignments()
    {
        const QString out =
            h.admin({QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("1000")});
        QVERIFY(out.contains(QStringLiteral("\"event\":\"permission_denied\"")));
        QVERIFY(out.contains(QStringLiteral("\"event\":\"contact_reassigned\"")));
        QVERIFY(!out.contains(QStringLiteral("Hijacked")));
    }

    void logsCarryNoCustomerData()
    {
        const QString marker = QStringLiteral("Customer-Secret-Name-4711");
        QCOMPARE(upsert(guideA1, ServerHarness::uuid(),
                        {{QStringLiteral("name"), marker}, {QStringLiteral("notes"), marker}}),
                 QStringLiteral("applied"));
        const QByteArray log = h.serverLog();
        QVERIFY(log.contains("\"route\":\"/v1/sync/push\""));
        QVERIFY(!log.contains(marker.toUtf8()));
        QVERIFY(!log.contains("13800138000"));
        QVERIFY(!log.contains(guideA1.staff.password.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestServerSync)
#include "TestServerSync.moc"
