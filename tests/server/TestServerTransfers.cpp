#include "DirectoryMessages.h"
#include "PullMessages.h"
#include "ServerHarness.h"
#include "ServerTestUsers.h"
#include "TransferMessages.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// Transfers (reassignment) over real HTTPS: the item state machine and its failure reasons,
// every strategy, capacity, permissions, history moving with the contact, revokes for the old
// owner, departure (wipe), the review queue with firstFollowUpAt, directory and team overview.
class TestServerTransfers : public QObject
{
    Q_OBJECT

private:
    using User = TestUser;

    ServerHarness h;
    QString org, storeA, storeB;
    User admin, managerA, guideA1, guideA2, guideA3, managerB, guideB1, otherAdmin;

    bool loginUser(User& u)
    {
        u.token = h.login(u.staff, u.device);
        return !u.token.isEmpty();
    }

    QString push(User& u, const QJsonArray& mutations)
    {
        const auto r =
            h.post(QStringLiteral("/v1/sync/push"), ServerHarness::pushBody(u.device, mutations), u.token);
        if (r.status != 200)
            return QStringLiteral("http-%1").arg(r.status);
        QStringList out;
        for (const QJsonValue& v : r.json.value(QStringLiteral("results")).toArray())
            out << v.toObject().value(QStringLiteral("status")).toString();
        out.removeDuplicates();
        return out.join(u',');
    }

    // `n` new contacts owned by `u`; ids returned sorted (the order transfers plan in).
    QStringList makeContacts(User& u, int n)
    {
        QJsonArray mutations;
        QStringList ids;
        for (int i = 0; i < n; ++i) {
            const QString id = ServerHarness::uuid();
            ids << id;
            mutations.append(ServerHarness::contactUpsert(
                u.nextMutation++, id, u.device, {{QStringLiteral("name"), QStringLiteral("客户%1").arg(i)}}));
        }
        if (push(u, mutations) != QLatin1String("applied"))
            return {};
        ids.sort();
        return ids;
    }

    QString addFollowUp(User& u, const QString& contactId, qint64 happenedAt)
    {
        const QString id = ServerHarness::uuid();
        const QString status = push(u, {insertMutation(u, QStringLiteral("followup"), id,
                                                       {{QStringLiteral("contactId"), contactId},
                                                        {QStringLiteral("kind"), QStringLiteral("call")},
                                                        {QStringLiteral("staffId"), u.id()},
                                                        {QStringLiteral("happenedAt"), happenedAt}})});
        return status == QLatin1String("applied") ? id : QString();
    }

    struct Made
    {
        int status = 0;
        QString code;
        ll::Transfer transfer;
    };

    Made transfer(const User& by, const QJsonObject& body)
    {
        const auto r = h.post(QStringLiteral("/v1/transfers"), body, by.token);
        Made m{r.status, r.code(), {}};
        if (r.status == 201 || r.status == 200) {
            auto t = ll::Transfer::fromJson(r.json);
            if (!t)
                qWarning("transfer answer invalid: %s", qPrintable(t.message()));
            else
                m.transfer = t.value();
        }
        return m;
    }

    std::optional<ll::Transfer> show(const User& by, const QString& id)
    {
        const auto r = h.get(QStringLiteral("/v1/transfers/") + id, by.token);
        if (r.status != 200)
            return std::nullopt;
        auto t = ll::Transfer::fromJson(r.json);
        return t ? std::optional<ll::Transfer>(t.value()) : std::nullopt;
    }

    static const ll::TransferItem* item(const ll::Transfer& t, const QString& contactId)
    {
        for (const auto& i : t.items)
            if (i.contactId == contactId)
                return &i;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(h.init());
        org = h.createOrg(QStringLiteral("Transfer Org"));
        storeA = h.createStore(org, QStringLiteral("Store A"));
        storeB = h.createStore(org, QStringLiteral("Store B"));
        QVERIFY(!org.isEmpty() && !storeA.isEmpty() && !storeB.isEmpty());
        makeTestUser(h, admin, org, QString(), QStringLiteral("xf.admin"), QStringLiteral("admin"));
        makeTestUser(h, managerA, org, storeA, QStringLiteral("xf.managerA"), QStringLiteral("manager"));
        makeTestUser(h, guideA1, org, storeA, QStringLiteral("xf.guideA1"), QStringLiteral("guide"));
        makeTestUser(h, guideA2, org, storeA, QStringLiteral("xf.guideA2"), QStringLiteral("guide"));
        makeTestUser(h, guideA3, org, storeA, QStringLiteral("xf.guideA3"), QStringLiteral("guide"));
        makeTestUser(h, managerB, org, storeB, QStringLiteral("xf.managerB"), QStringLiteral("manager"));
        makeTestUser(h, guideB1, org, storeB, QStringLiteral("xf.guideB1"), QStringLiteral("guide"));
        const QString org2 = h.createOrg(QStringLiteral("Other Org"));
        makeTestUser(h, otherAdmin, org2, QString(), QStringLiteral("xf.other"), QStringLiteral("admin"));
        QVERIFY(h.start() == 0);
        for (User* u : {&admin, &managerA, &guideA1, &guideA2, &guideA3, &managerB, &guideB1, &otherAdmin})
            QVERIFY(loginUser(*u));
    }
    void cleanupTestCase() { QVERIFY(h.stopAll()); }

    void toOneMovesWholeHistoryAndRevokesTheOldOwner()
    {
        const QStringList ids = makeContacts(guideA1, 2);
        QCOMPARE(ids.size(), 2);
        const QString followup = addFollowUp(guideA1, ids[0], 1'700'000'000'000LL);
        const QString purchase = ServerHarness::uuid();
        QCOMPARE(
            push(guideA1, {insertMutation(guideA1, QStringLiteral("purchase"), purchase,
                                          {{QStringLiteral("contactId"), ids[0]},
                                           {QStringLiteral("quantity"), 2},
                                           {QStringLiteral("purchasedOn"), QStringLiteral("2023-11-14")}})}),
            QStringLiteral("applied"));
        QVERIFY(!followup.isEmpty());
        const qint64 oldCursor = pullAll(h, guideA1.token).nextCursor;

        const Made m = transfer(managerA, {{QStringLiteral("from"), guideA1.id()},
                                           {QStringLiteral("to"), guideA2.id()},
                                           {QStringLiteral("contacts"), QJsonArray::fromStringList(ids)},
                                           {QStringLiteral("reason"), QStringLiteral("rebalance")}});
        QCOMPARE(m.status, 201);
        QCOMPARE(m.transfer.status, QStringLiteral("done"));
        QCOMPARE(m.transfer.strategy, QStringLiteral("to_one"));
        QCOMPARE(m.transfer.items.size(), 2);
        for (const auto& i : m.transfer.items) {
            QCOMPARE(i.status, QStringLiteral("done"));
            QCOMPARE(i.from, guideA1.id());
            QCOMPARE(i.to, guideA2.id());
            QVERIFY(i.doneAt > 0);
            QVERIFY(i.reason.isEmpty());
        }

        // The new owner pulls the contacts and their whole history.
        const auto a2 = pullAll(h, guideA2.token);
        for (const QString& id : ids) {
            const auto c = lastChangeOf(a2, id);
            QVERIFY(c);
            QCOMPARE(c->ownerId, guideA2.id());
            QCOMPARE(c->state.fields.value(QStringLiteral("ownerId")).value.toString(), guideA2.id());
            QCOMPARE(c->state.fields.value(QStringLiteral("storeId")).value.toString(), storeA);
        }
        QVERIFY(lastChangeOf(a2, followup));
        QCOMPARE(lastChangeOf(a2, followup)->ownerId, guideA2.id());
        QVERIFY(lastChangeOf(a2, purchase));

        // The old owner's next pull revokes both.
        const auto a1 = pullAll(h, guideA1.token, oldCursor);
        for (const QString& id : ids)
            QVERIFY(a1.revokes.contains(id));
        QVERIFY(!lastChangeOf(a1, followup));

        // The move is audited: who, which contact, from/to and the transfer.
        const QString audit = h.admin({QStringLiteral("audit"), QStringLiteral("--org"), org,
                                       QStringLiteral("--limit"), QStringLiteral("50")});
        QVERIFY(audit.contains(QStringLiteral("contact_reassigned")));
        QVERIFY(audit.contains(m.transfer.id));
    }

    // Issue #7: the new owner's devices learn where a customer came from; only the server says so.
    void transferLeavesTheTakeOverMarker()
    {
        const QStringList ids = makeContacts(guideA1, 1);
        QCOMPARE(ids.size(), 1);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const Made m = transfer(managerA, {{QStringLiteral("from"), guideA1.id()},
                                           {QStringLiteral("to"), guideA3.id()},
                                           {QStringLiteral("contacts"), QJsonArray::fromStringList(ids)}});
        QCOMPARE(m.status, 201);
        QCOMPARE(m.transfer.status, QStringLiteral("done"));
        const qint64 after = QDateTime::currentMSecsSinceEpoch();

        const auto c = lastChangeOf(pullAll(h, guideA3.token), ids[0]);
        QVERIFY(c);
        const auto& f = c->state.fields;
        QCOMPARE(f.value(QStringLiteral("takenOverFrom")).value.toString(), guideA1.id());
        QCOMPARE(f.value(QStringLiteral("takenOverFromName")).value.toString(), guideA1.staff.username);
        const qint64 at = f.value(QStringLiteral("takenOverAt")).value.toInteger();
        QVERIFY(at >= before && at <= after);
        // Stamped with the move's own clock, so it wins and loses exactly like the owner change.
        QCOMPARE(f.value(QStringLiteral("takenOverFrom")).hlc.toString(),
                 f.value(QStringLiteral("ownerId")).hlc.toString());

        // A device can neither forge nor clear the marker; its other edits still apply.
        const auto r =
            h.post(QStringLiteral("/v1/sync/push"),
                   ServerHarness::pushBody(
                       guideA3.device,
                       {ServerHarness::contactUpsert(guideA3.nextMutation++, ids[0], guideA3.device,
                                                     {{QStringLiteral("takenOverFrom"), QString()}}),
                        ServerHarness::contactUpsert(guideA3.nextMutation++, ids[0], guideA3.device,
                                                     {{QStringLiteral("name"), QStringLiteral("改名")}})}),
                   guideA3.token);
        QCOMPARE(r.status, 200);
        const QJsonArray results = r.json.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0].toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("rejected"));
        QCOMPARE(results[0].toObject().value(QStringLiteral("code")).toString(), QStringLiteral("forbidden"));
        QCOMPARE(results[1].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        const auto again = lastChangeOf(pullAll(h, guideA3.token), ids[0]);
        QVERIFY(again);
        QCOMPARE(again->state.fields.value(QStringLiteral("takenOverFrom")).value.toString(), guideA1.id());
        QCOMPARE(again->state.fields.value(QStringLiteral("name")).value.toString(), QStringLiteral("改名"));
    }

    void failedItemsCarryReasonsAndRetryCompletesThem()
    {
        const QStringList mine = makeContacts(guideA1, 2);
        const QStringList theirs = makeContacts(guideA3, 1);
        QCOMPARE(mine.size() + theirs.size(), 3);
        const QJsonObject del{{QStringLiteral("mutationId"), guideA1.nextMutation++},
                              {QStringLiteral("entity"), QStringLiteral("contact")},
                              {QStringLiteral("recordId"), mine[1]},
                              {QStringLiteral("op"), QStringLiteral("delete")},
                              {QStringLiteral("hlc"), ServerHarness::hlc(guideA1.device)}};
        QCOMPARE(push(guideA1, {del}), QStringLiteral("applied"));

        const Made m =
            transfer(managerA, {{QStringLiteral("from"), guideA1.id()},
                                {QStringLiteral("to"), guideA2.id()},
                                {QStringLiteral("contacts"), QJsonArray{mine[0], mine[1], theirs[0]}}});
        QCOMPARE(m.status, 201);
        QCOMPARE(m.transfer.status, QStringLiteral("partial"));
        QCOMPARE(item(m.transfer, mine[0])->status, QStringLiteral("done"));
        QCOMPARE(item(m.transfer, mine[1])->status, QStringLiteral("failed"));
        QCOMPARE(item(m.transfer, mine[1])->reason, QStringLiteral("contact_deleted"));
        QCOMPARE(item(m.transfer, theirs[0])->status, QStringLiteral("failed"));
        QCOMPARE(item(m.transfer, theirs[0])->reason, QStringLiteral("not_owned_by_source"));

        // A departed receiver: every item fails with the reason, retry to someone else succeeds.
        User leaver;
        makeTestUser(h, leaver, org, storeA, QStringLiteral("xf.leaver"), QStringLiteral("guide"));
        QCOMPARE(h.post(QStringLiteral("/v1/staff/%1/depart").arg(leaver.id()), {}, admin.token).status, 200);
        const QStringList more = makeContacts(guideA1, 2);
        const Made f = transfer(managerA, {{QStringLiteral("from"), guideA1.id()},
                                           {QStringLiteral("to"), leaver.id()},
                                           {QStringLiteral("contacts"), QJsonArray::fromStringList(more)}});
        QCOMPARE(f.status, 201);
        QCOMPARE(f.transfer.status, QStringLiteral("failed"));
        for (const auto& i : f.transfer.items)
            QCOMPARE(i.reason, QStringLiteral("receiver_departed"));
        const auto r = h.post(QStringLiteral("/v1/transfers/%1/retry").arg(f.transfer.id),
                              {{QStringLiteral("to"), guideA3.id()}}, managerA.token);
        QCOMPARE(r.status, 200);
        auto retried = ll::Transfer::fromJson(r.json);
        QVERIFY(retried.ok());
        QCOMPARE(retried->status, QStringLiteral("done"));
        for (const auto& i : retried->items) {
            QCOMPARE(i.to, guideA3.id());
            QVERIFY(i.reason.isEmpty());
        }
        QVERIFY(lastChangeOf(pullAll(h, guideA3.token), more[0]));
    }

    void evenlyIsDeterministicRoundRobin()
    {
        const QStringList ids = makeContacts(guideA1, 6);
        QCOMPARE(ids.size(), 6);
        const Made m = transfer(managerA, {{QStringLiteral("from"), guideA1.id()},
                                           {QStringLiteral("evenly"), QJsonArray{guideA2.id(), guideA3.id()}},
                                           {QStringLiteral("contacts"), QJsonArray::fromStringList(ids)}});
        QCOMPARE(m.status, 201);
        QCOMPARE(m.transfer.strategy, QStringLiteral("evenly"));
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(item(m.transfer, ids[i])->to, i % 2 == 0 ? guideA2.id() : guideA3.id());
    }

    void capacityFailsTheOverflow()
    {
        User fresh;
        makeTestUser(h, fresh, org, storeA, QStringLiteral("xf.fresh"), QStringLiteral("guide"));
        const QStringList ids = makeContacts(guideA1, 3);
        const Made m = transfer(admin, {{QStringLiteral("from"), guideA1.id()},
                                        {QStringLiteral("to"), fresh.id()},
                                        {QStringLiteral("contacts"), QJsonArray::fromStringList(ids)},
                                        {QStringLiteral("capacity"), 1}});
        QCOMPARE(m.status, 201);
        QCOMPARE(m.transfer.capacity.value_or(0), 1);
        QCOMPARE(item(m.transfer, ids[0])->status, QStringLiteral("done"));
        for (int i = 1; i < 3; ++i) {
            QCOMPARE(item(m.transfer, ids[i])->status, QStringLiteral("failed"));
            QCOMPARE(item(m.transfer, ids[i])->reason, QStringLiteral("at_capacity"));
            QCOMPARE(item(m.transfer, ids[i])->to, fresh.id());
        }
        // Evenly skips a full receiver and uses the one with room.
        const QStringList two = makeContacts(guideA1, 2);
        const Made e = transfer(admin, {{QStringLiteral("from"), guideA1.id()},
                                        {QStringLiteral("evenly"), QJsonArray{fresh.id(), guideB1.id()}},
                                        {QStringLiteral("contacts"), QJsonArray::fromStringList(two)},
                                        {QStringLiteral("capacity"), 1}});
        QCOMPARE(e.status, 201);
        QCOMPARE(e.transfer.count("done"), 1);
        QCOMPARE(e.transfer.count("failed"), 1);
    }

    void byStoreKeepsContactsInTheirStore()
    {
        const QStringList ids = makeContacts(guideA1, 2);
        const Made m = transfer(admin, {{QStringLiteral("from"), guideA1.id()},
                                        {QStringLiteral("byStore"), true},
                                        {QStringLiteral("evenly"), QJsonArray{guideB1.id(), guideA2.id()}},
                                        {QStringLiteral("contacts"), QJsonArray::fromStringList(ids)}});
        QCOMPARE(m.status, 201);
        QCOMPARE(m.transfer.strategy, QStringLiteral("by_store"));
        for (const auto& i : m.transfer.items)
            QCOMPARE(i.to, guideA2.id());
        // Without a list: any active guide of the store.
        const QStringList more = makeContacts(guideA1, 3);
        const Made all = transfer(managerA, {{QStringLiteral("from"), guideA1.id()},
                                             {QStringLiteral("byStore"), true},
                                             {QStringLiteral("contacts"), QJsonArray::fromStringList(more)}});
        QCOMPARE(all.status, 201);
        QCOMPARE(all.transfer.status, QStringLiteral("done"));
        for (const auto& i : all.transfer.items)
            QVERIFY(i.to != guideA1.id() && i.to != guideB1.id());
    }

    void permissions()
    {
        const QStringList ids = makeContacts(guideA1, 1);
        const QJsonObject body{{QStringLiteral("from"), guideA1.id()}, {QStringLiteral("to"), guideA2.id()}};
        QCOMPARE(transfer(guideA1, body).status, 403); // guides cannot reassign
        QCOMPARE(transfer(guideA2, body).status, 403);
        QCOMPARE(transfer(managerB, body).status, 403);   // source outside the manager's store
        QCOMPARE(transfer(otherAdmin, body).status, 403); // another org
        // A manager cannot hand a contact to another store.
        const Made out = transfer(managerA, {{QStringLiteral("from"), guideA1.id()},
                                             {QStringLiteral("to"), guideB1.id()},
                                             {QStringLiteral("contacts"), QJsonArray::fromStringList(ids)}});
        QCOMPARE(out.status, 201);
        QCOMPARE(out.transfer.items.value(0).reason, QStringLiteral("receiver_not_allowed"));
        // Another store's manager and another org cannot read it.
        QVERIFY(!show(managerB, out.transfer.id));
        QVERIFY(!show(otherAdmin, out.transfer.id));
        QVERIFY(show(admin, out.transfer.id));
        // Strict JSON.
        QCOMPARE(transfer(managerA, {{QStringLiteral("from"), guideA1.id()},
                                     {QStringLiteral("to"), guideA2.id()},
                                     {QStringLiteral("bogus"), 1}})
                     .code,
                 QStringLiteral("unknown_field"));
        QCOMPARE(transfer(managerA, {{QStringLiteral("from"), guideA1.id()},
                                     {QStringLiteral("to"), guideA2.id()},
                                     {QStringLiteral("evenly"), QJsonArray{guideA3.id()}}})
                     .status,
                 400);
        QCOMPARE(transfer(managerA, {{QStringLiteral("from"), guideA1.id()}}).status, 400);
    }

    void reviewQueueShowsFirstFollowUpAndReviewFlags()
    {
        const QStringList ids = makeContacts(guideA1, 2);
        const Made m = transfer(managerA, {{QStringLiteral("from"), guideA1.id()},
                                           {QStringLiteral("to"), guideA2.id()},
                                           {QStringLiteral("contacts"), QJsonArray::fromStringList(ids)}});
        QCOMPARE(m.status, 201);
        auto before = show(managerA, m.transfer.id);
        QVERIFY(before);
        QVERIFY(!item(*before, ids[0])->firstFollowUpAt);

        const qint64 happened = QDateTime::currentMSecsSinceEpoch() - 1000;
        QVERIFY(!addFollowUp(guideA2, ids[0], happened).isEmpty());
        QVERIFY(!addFollowUp(guideA2, ids[0], happened + 500).isEmpty());
        auto after = show(managerA, m.transfer.id);
        QVERIFY(after);
        QCOMPARE(item(*after, ids[0])->firstFollowUpAt.value_or(-1), happened);
        QVERIFY(!item(*after, ids[1])->firstFollowUpAt);

        QCOMPARE(h.post(QStringLiteral("/v1/transfers/%1/items/review").arg(m.transfer.id),
                        {{QStringLiteral("contacts"), QJsonArray{ids[0]}}}, guideA2.token)
                     .status,
                 403);
        const auto r = h.post(QStringLiteral("/v1/transfers/%1/items/review").arg(m.transfer.id),
                              {{QStringLiteral("contacts"), QJsonArray{ids[0]}}}, managerA.token);
        QCOMPARE(r.status, 200);
        auto reviewed = ll::Transfer::fromJson(r.json);
        QVERIFY(reviewed.ok());
        QVERIFY(item(*reviewed, ids[0])->reviewed);
        QVERIFY(!item(*reviewed, ids[1])->reviewed);
        const auto all = h.post(QStringLiteral("/v1/transfers/%1/items/review").arg(m.transfer.id),
                                {{QStringLiteral("all"), true}}, admin.token);
        QCOMPARE(all.status, 200);
        auto allReviewed = ll::Transfer::fromJson(all.json);
        QVERIFY(allReviewed.ok());
        for (const auto& i : allReviewed->items)
            QVERIFY(i.reviewed);
        QCOMPARE(h.post(QStringLiteral("/v1/transfers/%1/items/review").arg(m.transfer.id),
                        {{QStringLiteral("all"), true}, {QStringLiteral("contacts"), QJsonArray{ids[0]}}},
                        admin.token)
                     .status,
                 400);

        // The receiving guide sees the transfer (its own items only) to show "taken over from".
        const auto list = h.get(QStringLiteral("/v1/transfers"), guideA2.token);
        QCOMPARE(list.status, 200);
        auto parsed = ll::transferListFromJson(list.json);
        QVERIFY(parsed.ok());
        bool seen = false;
        for (const auto& t : parsed.value()) {
            for (const auto& i : t.items)
                QCOMPARE(i.to, guideA2.id());
            seen |= t.id == m.transfer.id;
        }
        QVERIFY(seen);
        // A guide with nothing received sees nothing of it.
        QVERIFY(!show(guideB1, m.transfer.id));
    }

    void departTransfersEverythingAndWipesTheDevice()
    {
        User leaving;
        makeTestUser(h, leaving, org, storeA, QStringLiteral("xf.leaving"), QStringLiteral("guide"));
        QVERIFY(loginUser(leaving));
        const QStringList ids = makeContacts(leaving, 3);
        QCOMPARE(ids.size(), 3);
        const QString history = addFollowUp(leaving, ids[1], 1'700'000'000'000LL);
        QVERIFY(!history.isEmpty());
        QCOMPARE(h.post(QStringLiteral("/v1/staff/%1/depart").arg(leaving.id()), {}, guideA1.token).status,
                 403);
        QCOMPARE(h.post(QStringLiteral("/v1/staff/%1/depart").arg(leaving.id()), {}, managerB.token).status,
                 403);
        const auto r = h.post(QStringLiteral("/v1/staff/%1/depart").arg(leaving.id()),
                              {{QStringLiteral("transferTo"), guideA3.id()},
                               {QStringLiteral("reason"), QStringLiteral("离职")}},
                              managerA.token);
        QCOMPARE(r.status, 200);
        auto t = ll::Transfer::fromJson(r.json.value(QStringLiteral("transfer")).toObject());
        QVERIFY(t.ok());
        QCOMPARE(t->status, QStringLiteral("done"));
        QCOMPARE(t->items.size(), 3);
        const auto wiped = h.get(QStringLiteral("/v1/sync/pull"), leaving.token);
        QCOMPARE(wiped.status, 200);
        QCOMPARE(wiped.json.value(QStringLiteral("wipe")).toBool(), true);
        const auto a3 = pullAll(h, guideA3.token);
        for (const QString& id : ids)
            QVERIFY(lastChangeOf(a3, id));
        // "All contacts" reads children in bulk: the follow-up moved too.
        QVERIFY(lastChangeOf(a3, history));
        QCOMPARE(lastChangeOf(a3, history)->ownerId, guideA3.id());

        // The admin CLI does the same with usernames.
        User cliLeaving;
        makeTestUser(h, cliLeaving, org, storeA, QStringLiteral("xf.cliLeaving"), QStringLiteral("guide"));
        QVERIFY(loginUser(cliLeaving));
        const QStringList cliIds = makeContacts(cliLeaving, 2);
        const QString out = h.admin({QStringLiteral("staff-depart"), QStringLiteral("--username"),
                                     cliLeaving.staff.username, QStringLiteral("--evenly"),
                                     guideA2.staff.username + QLatin1Char(',') + guideA3.staff.username});
        auto cliTransfer = ll::Transfer::fromJson(QJsonDocument::fromJson(out.toUtf8()).object());
        QVERIFY2(cliTransfer.ok(), qPrintable(out));
        QCOMPARE(cliTransfer->count("done"), 2);
        QCOMPARE(h.get(QStringLiteral("/v1/sync/pull"), cliLeaving.token)
                     .json.value(QStringLiteral("wipe"))
                     .toBool(),
                 true);
    }

    void directoryAndTeamOverview()
    {
        const auto r = h.get(QStringLiteral("/v1/directory"), guideA1.token);
        QCOMPARE(r.status, 200);
        auto d = ll::Directory::fromJson(r.json);
        QVERIFY(d.ok());
        QCOMPARE(d->stores.size(), 2);
        QStringList staffIds;
        for (const auto& s : d->staff)
            staffIds << s.id;
        QVERIFY(staffIds.contains(managerB.id()));
        QVERIFY(!staffIds.contains(otherAdmin.id()));

        QCOMPARE(h.get(QStringLiteral("/v1/team/overview"), guideA1.token).status, 403);
        const QStringList ids = makeContacts(guideA3, 1);
        QVERIFY(!addFollowUp(guideA3, ids[0], QDateTime::currentMSecsSinceEpoch()).isEmpty());
        const auto o = h.get(QStringLiteral("/v1/team/overview"), managerA.token);
        QCOMPARE(o.status, 200);
        auto overview = ll::TeamOverview::fromJson(o.json);
        QVERIFY(overview.ok());
        bool found = false;
        for (const auto& g : overview->guides) {
            QCOMPARE(g.storeId, storeA);
            if (g.staffId == guideA3.id()) {
                found = true;
                QVERIFY(g.customers >= 1);
                QVERIFY(g.followUpsThisWeek >= 1);
            }
        }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestServerTransfers)
#include "TestServerTransfers.moc"
