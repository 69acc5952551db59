// TeamClient against the real server over TLS: transfers (create, list, show, review, retry),
// departure with a transfer, the directory and team overview, what a guide is refused, and the
// "handed to you" list on the receiving guide's device.
#include "TeamFixture.h"
#include "team/TeamClient.h"

#include <QTest>

using namespace ll;
using namespace ll::sync;

namespace {

template <typename T> T must(TeamResult<T> r)
{
    if (const auto* e = std::get_if<TeamError>(&r))
        qWarning("team call failed (%s %s): %s", qPrintable(teamErrorKindName(e->kind)), qPrintable(e->code),
                 qPrintable(e->message));
    return std::get<T>(std::move(r));
}

template <typename T> bool failedAs(const TeamResult<T>& r, TeamErrorKind kind)
{
    const auto* e = std::get_if<TeamError>(&r);
    return e && e->kind == kind;
}

} // namespace

class TestTeamClient : public QObject
{
    Q_OBJECT

private:
    TeamFixture f;
    TeamDevice managerDevice;

private slots:
    void initTestCase()
    {
        QVERIFY(f.init());
        QVERIFY(managerDevice.loginAs(f, f.manager));
    }

    void notLoggedInIsTyped()
    {
        TeamDevice fresh;
        QVERIFY(fresh.loginAs(f, f.guideC)); // then log out: the token is forgotten
        QVERIFY(!SyncEngine(fresh.store()).logout());
        TeamClient client(fresh.store());
        QVERIFY(!client.loggedIn());
        QVERIFY(failedAs(client.directory(), TeamErrorKind::NotLoggedIn));
    }

    void directoryAndOverview()
    {
        TeamClient client(managerDevice.store());
        QCOMPARE(client.role(), QStringLiteral("manager"));
        QCOMPARE(client.staffId(), f.manager.id);
        const Directory dir = must(client.directory());
        QStringList ids;
        for (const DirectoryStaff& s : dir.staff)
            ids << s.id;
        QVERIFY(ids.contains(f.guideA.id));
        QVERIFY(ids.contains(f.guideB.id));
        QCOMPARE(dir.stores.size(), 1);
        QCOMPARE(dir.stores.first().name, QStringLiteral("南京东路店"));
        QVERIFY(!must(client.overview()).guides.isEmpty());
    }

    void transferListShowReview()
    {
        const QStringList contacts = f.contactsOf(f.guideA, 3);
        QCOMPARE(contacts.size(), 3);
        TeamClient client(managerDevice.store());
        TransferRequest req;
        req.from = f.guideA.id;
        req.targets.to = f.guideB.id;
        req.targets.reason = QStringLiteral("调店");
        req.contacts = contacts.mid(0, 2);
        const Transfer made = must(client.createTransfer(req));
        QCOMPARE(made.items.size(), 2);
        QCOMPARE(made.count(transferStatus::Done), 2);
        QCOMPARE(made.reason, QStringLiteral("调店"));

        bool listed = false;
        for (const Transfer& t : must(client.listTransfers()))
            listed = listed || t.id == made.id;
        QVERIFY(listed);
        QCOMPARE(must(client.transfer(made.id)).items.size(), 2);
        QVERIFY(failedAs(client.transfer(ServerHarness::uuid()), TeamErrorKind::NotFound));

        ReviewRequest one;
        one.contacts = {contacts.at(0)};
        const Transfer reviewed = must(client.review(made.id, one));
        for (const TransferItem& item : reviewed.items)
            QCOMPARE(item.reviewed, item.contactId == contacts.at(0));
        ReviewRequest all;
        all.all = true;
        for (const TransferItem& item : must(client.review(made.id, all)).items)
            QVERIFY(item.reviewed);

        // The receiving guide's device lists what it was handed, and from whom.
        TeamDevice guideDevice;
        QVERIFY(guideDevice.loginAs(f, f.guideB));
        const auto received = must(TeamClient(guideDevice.store()).receivedTransfers());
        QCOMPARE(received.size(), 2);
        for (const ReceivedContact& r : received) {
            QCOMPARE(r.from, f.guideA.id);
            QCOMPARE(r.transferId, made.id);
            QVERIFY(req.contacts.contains(r.contactId));
        }
    }

    void failedItemsAreRetriedToAnotherGuide()
    {
        const QStringList contacts = f.contactsOf(f.guideA, 2);
        QCOMPARE(contacts.size(), 2);
        QCOMPARE(f.contactsOf(f.guideC, 1).size(), 1); // guide C is full at capacity 1
        TeamClient client(managerDevice.store());
        TransferRequest req;
        req.from = f.guideA.id;
        req.targets.to = f.guideC.id;
        req.targets.capacity = 1;
        req.contacts = contacts;
        const Transfer made = must(client.createTransfer(req));
        QCOMPARE(made.count(transferStatus::Failed), 2);
        QCOMPARE(made.items.first().reason, QString::fromLatin1(transferFailure::AtCapacity));
        // The capacity stays with the transfer: a new guide takes one, another the last one.
        const auto e =
            f.server.createStaff(f.org, f.store, QStringLiteral("guide.e"), QStringLiteral("guide"));
        const auto g =
            f.server.createStaff(f.org, f.store, QStringLiteral("guide.g"), QStringLiteral("guide"));
        RetryRequest again;
        again.to = e.id;
        const Transfer retried = must(client.retry(made.id, again));
        QCOMPARE(retried.count(transferStatus::Done), 1);
        QCOMPARE(retried.count(transferStatus::Failed), 1);
        again.to = g.id;
        const Transfer last = must(client.retry(made.id, again));
        QCOMPARE(last.count(transferStatus::Done), 2);
        QStringList receivers;
        for (const TransferItem& item : last.items)
            receivers << item.to;
        receivers.sort();
        QStringList expected{e.id, g.id};
        expected.sort();
        QCOMPARE(receivers, expected);
    }

    void guideIsRefused()
    {
        TeamDevice guideDevice;
        QVERIFY(guideDevice.loginAs(f, f.guideC));
        TeamClient client(guideDevice.store());
        TransferRequest req;
        req.from = f.guideA.id;
        req.targets.to = f.guideC.id;
        const auto refused = client.createTransfer(req);
        QVERIFY(failedAs(refused, TeamErrorKind::Forbidden));
        QVERIFY(!std::get<TeamError>(refused).code.isEmpty());
        QVERIFY(failedAs(client.depart(f.guideA.id, {}), TeamErrorKind::Forbidden));
    }

    void departTransfersEverythingFirst()
    {
        const auto leaver =
            f.server.createStaff(f.org, f.store, QStringLiteral("leaver"), QStringLiteral("guide"));
        QVERIFY(!leaver.id.isEmpty());
        QCOMPARE(f.contactsOf(leaver, 3).size(), 3);
        TeamClient client(managerDevice.store());
        TransferTargets targets;
        targets.evenly = {f.guideB.id, f.guideC.id};
        targets.reason = QStringLiteral("离职");
        const Departure gone = must(client.depart(leaver.id, targets));
        QCOMPARE(gone.staffId, leaver.id);
        QVERIFY(gone.transfer.has_value());
        QCOMPARE(gone.transfer->count(transferStatus::Done), 3);
        bool departed = false;
        for (const DirectoryStaff& s : must(client.directory()).staff)
            departed = departed || (s.id == leaver.id && s.status == QLatin1String("departed"));
        QVERIFY(departed);
    }

    void unreachableServerIsOffline()
    {
        TeamDevice device;
        QVERIFY(device.loginAs(f, f.guideB));
        QVERIFY(device.store()
                    .setMeta(QStringLiteral("sync_server_url"), QStringLiteral("https://127.0.0.1:1"))
                    .ok());
        QVERIFY(failedAs(TeamClient(device.store()).directory(), TeamErrorKind::Offline));
    }
};

QTEST_GUILESS_MAIN(TestTeamClient)
#include "TestTeamClient.moc"
