#include "ServerHarness.h"
#include "ServerTestUsers.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

// Two `serve` processes on two ports against one database serve one org consistently:
// tokens, writes, the change feed, revokes and login throttling are all shared state.
class TestServerTwoProcesses : public QObject
{
    Q_OBJECT

private:
    ServerHarness h;
    ServerHarness::Staff manager, guide1, guide2;
    int a = -1;
    int b = -1;

    // Small pages, so a feed crosses page boundaries between the two processes.
    ll::PullResponse pullFrom(const QString& token, int server, qint64 cursor = 0)
    {
        return pullAll(h, token, cursor, 7, server);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(h.init());
        const QString org = h.createOrg(QStringLiteral("Shared Org"));
        const QString store = h.createStore(org, QStringLiteral("Store"));
        manager = h.createStaff(org, store, QStringLiteral("two.manager"), QStringLiteral("manager"));
        guide1 = h.createStaff(org, store, QStringLiteral("two.guide1"), QStringLiteral("guide"));
        guide2 = h.createStaff(org, store, QStringLiteral("two.guide2"), QStringLiteral("guide"));
        QVERIFY(!guide2.id.isEmpty());
        a = h.start();
        b = h.start();
        QVERIFY(a >= 0 && b >= 0);
        QVERIFY(h.port(a) != h.port(b));
    }
    void cleanupTestCase() { QVERIFY(h.stopAll()); }

    void tokenFromOneProcessWorksOnTheOther()
    {
        const QString token = h.login(guide1, QStringLiteral("g1-pc"), a);
        QVERIFY(!token.isEmpty());
        QCOMPARE(h.get(QStringLiteral("/v1/sync/pull"), token, b).status, 200);
        QCOMPARE(h.post(QStringLiteral("/v1/logout"), QJsonObject{}, token, b).status, 200);
        QCOMPARE(h.get(QStringLiteral("/v1/sync/pull"), token, a).code(), QStringLiteral("token_revoked"));
    }

    void writesThroughBothProcessesFormOneOrderedFeed()
    {
        const QString token = h.login(guide1, QStringLiteral("g1-laptop"), a);
        QStringList ids;
        for (int i = 0; i < 20; ++i) {
            ids << ServerHarness::uuid();
            const auto r = h.post(
                QStringLiteral("/v1/sync/push"),
                ServerHarness::pushBody(
                    QStringLiteral("g1-laptop"),
                    {ServerHarness::contactUpsert(i + 1, ids.last(), QStringLiteral("g1-laptop"),
                                                  {{QStringLiteral("name"), QStringLiteral("C%1").arg(i)}})}),
                token, i % 2 ? b : a);
            QCOMPARE(r.status, 200);
        }
        // A replay through the other process is still recognised.
        const auto replay =
            h.post(QStringLiteral("/v1/sync/push"),
                   ServerHarness::pushBody(
                       QStringLiteral("g1-laptop"),
                       {ServerHarness::contactUpsert(1, ids.first(), QStringLiteral("g1-laptop"),
                                                     {{QStringLiteral("name"), QStringLiteral("again")}})}),
                   token, b);
        QCOMPARE(replay.json.value(QStringLiteral("results"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("duplicate"));
        for (int server : {a, b}) {
            const auto feed = pullFrom(token, server);
            QStringList seen;
            QSet<qint64> seqs;
            qint64 last = 0;
            for (const auto& c : feed.changes) {
                seen << c.recordId;
                QVERIFY(c.seq > last);
                last = c.seq;
                seqs.insert(c.seq);
            }
            QCOMPARE(seen, ids);
            QCOMPARE(seqs.size(), ids.size());
        }
    }

    void reassignmentOnOneProcessRevokesOnTheOther()
    {
        const QString g1 = h.login(guide1, QStringLiteral("g1-tablet"), a);
        const QString m = h.login(manager, QStringLiteral("mgr-pc"), b);
        const QString id = ServerHarness::uuid();
        QCOMPARE(h.post(QStringLiteral("/v1/sync/push"),
                        ServerHarness::pushBody(QStringLiteral("g1-tablet"),
                                                {ServerHarness::contactUpsert(
                                                    1, id, QStringLiteral("g1-tablet"),
                                                    {{QStringLiteral("name"), QStringLiteral("Mover")}})}),
                        g1, a)
                     .status,
                 200);
        const qint64 cursor = pullFrom(g1, a).nextCursor;
        QCOMPARE(h.post(QStringLiteral("/v1/sync/push"),
                        ServerHarness::pushBody(
                            QStringLiteral("mgr-pc"),
                            {ServerHarness::contactUpsert(1, id, QStringLiteral("mgr-pc"),
                                                          {{QStringLiteral("ownerId"), guide2.id}})}),
                        m, b)
                     .status,
                 200);
        QVERIFY(pullFrom(g1, a, cursor).revokes.contains(id));
        const QString g2 = h.login(guide2, QStringLiteral("g2-pc"), a);
        bool found = false;
        for (const auto& c : pullFrom(g2, a).changes)
            found |= c.recordId == id && c.ownerId == guide2.id;
        QVERIFY(found);
    }

    void loginThrottlingCountsFailuresFromBothProcesses()
    {
        const QJsonObject bad{{QStringLiteral("username"), guide2.username},
                              {QStringLiteral("password"), QStringLiteral("wrong-password")},
                              {QStringLiteral("deviceId"), QStringLiteral("attacker")}};
        for (int i = 0; i < 5; ++i)
            QCOMPARE(h.post(QStringLiteral("/v1/login"), bad, {}, i % 2 ? a : b).status, 401);
        QCOMPARE(h.post(QStringLiteral("/v1/login"), bad, {}, a).status, 429);
        QCOMPARE(h.post(QStringLiteral("/v1/login"), bad, {}, b).status, 429);
    }
};

QTEST_GUILESS_MAIN(TestServerTwoProcesses)
#include "TestServerTwoProcesses.moc"
