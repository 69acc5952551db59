#include "Gzip.h"
#include "ServerHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// Hostile and broken requests: each gets a 4xx with a machine-readable code, nothing is
// half-applied, and the server keeps serving.
class TestServerBadInput : public QObject
{
    Q_OBJECT

private:
    ServerHarness h;
    ServerHarness::Staff guide;
    QString token;
    const QString device = QStringLiteral("bad-input-pc");
    qint64 nextMutation = 1;

    ServerHarness::Reply pushRaw(const QByteArray& body,
                                 const QList<QPair<QByteArray, QByteArray>>& headers = {})
    {
        return h.request("POST", QStringLiteral("/v1/sync/push"), body, token, headers);
    }

    QByteArray pushOf(const QJsonObject& mutation)
    {
        return QJsonDocument(ServerHarness::pushBody(device, {mutation})).toJson(QJsonDocument::Compact);
    }

    QJsonObject validMutation(const QString& name = QStringLiteral("ok"))
    {
        return ServerHarness::contactUpsert(nextMutation++, ServerHarness::uuid(), device,
                                            {{QStringLiteral("name"), name}});
    }

    int visibleChanges()
    {
        return h.get(QStringLiteral("/v1/sync/pull?cursor=0&limit=1000"), token)
            .json.value(QStringLiteral("changes"))
            .toArray()
            .size();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(h.init());
        const QString org = h.createOrg(QStringLiteral("Bad Input Org"));
        const QString store = h.createStore(org, QStringLiteral("Store"));
        guide = h.createStaff(org, store, QStringLiteral("bad.guide"), QStringLiteral("guide"));
        QVERIFY(!guide.id.isEmpty());
        QVERIFY(h.start() == 0);
        token = h.login(guide, device);
        QVERIFY(!token.isEmpty());
    }
    void cleanupTestCase() { QVERIFY(h.stopAll()); }

    void rejectsBadRequests_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");

        QTest::newRow("malformed json") << QByteArray("{\"deviceId\": \"bad-input-pc\", \"mutations\": [")
                                        << 400 << QStringLiteral("bad_json");
        QTest::newRow("not an object") << QByteArray("[1,2,3]") << 400 << QStringLiteral("bad_json");
        QTest::newRow("invalid utf-8")
            << QByteArray("{\"deviceId\":\"bad-input-pc\",\"mutations\":[],\"x\":\"\xff\xfe\"}") << 400
            << QStringLiteral("invalid_utf8");

        QJsonObject m = validMutation();
        m.insert(QStringLiteral("mutationId"), QStringLiteral("seven"));
        QTest::newRow("wrong type: id as string") << pushOf(m) << 400 << QStringLiteral("wrong_type");

        m = validMutation();
        m[QStringLiteral("fields")] = QJsonObject{
            {QStringLiteral("points"), QJsonObject{{QStringLiteral("value"), QStringLiteral("many")},
                                                   {QStringLiteral("hlc"), m[QStringLiteral("hlc")]}}}};
        QTest::newRow("wrong type: points as string") << pushOf(m) << 400 << QStringLiteral("wrong_type");

        m = validMutation();
        m.insert(QStringLiteral("sneaky"), true);
        QTest::newRow("unknown mutation key") << pushOf(m) << 400 << QStringLiteral("unknown_field");

        m = validMutation();
        m[QStringLiteral("fields")] = QJsonObject{
            {QStringLiteral("isVip"), QJsonObject{{QStringLiteral("value"), true},
                                                  {QStringLiteral("hlc"), m[QStringLiteral("hlc")]}}}};
        QTest::newRow("unknown contact field") << pushOf(m) << 400 << QStringLiteral("unknown_field");

        QJsonObject top = ServerHarness::pushBody(device, {validMutation()});
        top.insert(QStringLiteral("admin"), true);
        QTest::newRow("unknown top-level key")
            << QJsonDocument(top).toJson() << 400 << QStringLiteral("unknown_field");

        m = validMutation(QString(300, QLatin1Char('x')));
        QTest::newRow("over-long name") << pushOf(m) << 400 << QStringLiteral("string_too_long");

        m = validMutation();
        m.insert(QStringLiteral("recordId"), QStringLiteral("../../etc/passwd"));
        QTest::newRow("record id not a uuid") << pushOf(m) << 400 << QStringLiteral("invalid_value");

        m = validMutation();
        m.insert(QStringLiteral("hlc"), QStringLiteral("yesterday"));
        QTest::newRow("malformed clock") << pushOf(m) << 400 << QStringLiteral("invalid_value");

        m = validMutation();
        m.insert(QStringLiteral("entity"), QStringLiteral("staff"));
        QTest::newRow("unknown entity") << pushOf(m) << 400 << QStringLiteral("invalid_value");

        QJsonArray many;
        for (int i = 0; i < 10'001; ++i)
            many.append(1);
        QTest::newRow("too many mutations") << QJsonDocument(QJsonObject{{QStringLiteral("deviceId"), device},
                                                                         {QStringLiteral("mutations"), many}})
                                                   .toJson()
                                            << 400 << QStringLiteral("too_many_items");

        QTest::newRow("oversized body")
            << QByteArray(33 * 1024 * 1024, ' ') << 413 << QStringLiteral("body_too_large");
    }

    void rejectsBadRequests()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const int before = visibleChanges();
        const auto r = pushRaw(body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), code);
        QVERIFY(!r.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .isEmpty());
        QCOMPARE(visibleChanges(), before);
        QCOMPARE(h.get(QStringLiteral("/v1/health")).status, 200);
    }

    void oneBadMutationRejectsTheWholeBatch()
    {
        const int before = visibleChanges();
        QJsonObject bad = validMutation();
        bad.insert(QStringLiteral("op"), QStringLiteral("truncate"));
        const QJsonObject good = validMutation(QStringLiteral("would be applied"));
        const auto r =
            h.post(QStringLiteral("/v1/sync/push"), ServerHarness::pushBody(device, {good, bad}), token);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QStringLiteral("invalid_value"));
        QCOMPARE(visibleChanges(), before);
        // The good mutation was not consumed either: sending it alone applies it now.
        const auto again =
            h.post(QStringLiteral("/v1/sync/push"), ServerHarness::pushBody(device, {good}), token);
        QCOMPARE(again.json.value(QStringLiteral("results"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("applied"));
        QCOMPARE(visibleChanges(), before + 1);
    }

    void gzipBombIsRefused()
    {
        // ~40 MiB of zeros compresses to a few KiB; the cap applies to the inflated size.
        QByteArray bomb = ll::server::gzipCompress(QByteArray(40 * 1024 * 1024, '0'));
        QVERIFY(!bomb.isEmpty() && bomb.size() < 1024 * 1024);
        const auto r = pushRaw(bomb, {{"Content-Encoding", "gzip"}});
        QCOMPARE(r.status, 413);
        QCOMPARE(r.code(), QStringLiteral("body_too_large"));
    }

    void gzippedPushIsAccepted()
    {
        const QByteArray packed = ll::server::gzipCompress(pushOf(validMutation()));
        const auto r = pushRaw(packed, {{"Content-Encoding", "gzip"}});
        QCOMPARE(r.status, 200);
    }

    void clockFarInTheFutureIsRejected()
    {
        const QString future = ServerHarness::hlc(device, 48LL * 3600 * 1000);
        QJsonObject m = validMutation();
        m.insert(QStringLiteral("hlc"), future);
        m[QStringLiteral("fields")] = QJsonObject{
            {QStringLiteral("name"), QJsonObject{{QStringLiteral("value"), QStringLiteral("future")},
                                                 {QStringLiteral("hlc"), future}}}};
        const auto r = pushRaw(pushOf(m));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("results"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("clock_skew"));
    }

    void blobPathTricksAreRejected_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("code");
        QTest::newRow("dot-dot encoded")
            << QStringLiteral("/v1/blobs/..%2F..%2Fetc%2Fpasswd") << QStringLiteral("invalid_blob_id");
        QTest::newRow("absolute encoded")
            << QStringLiteral("/v1/blobs/%2Fetc%2Fpasswd") << QStringLiteral("invalid_blob_id");
        QTest::newRow("uppercase hex") << QStringLiteral("/v1/blobs/") + QString(64, QLatin1Char('A'))
                                       << QStringLiteral("invalid_blob_id");
        QTest::newRow("too short") << QStringLiteral("/v1/blobs/abc123") << QStringLiteral("invalid_blob_id");
        QTest::newRow("nul byte") << QStringLiteral("/v1/blobs/%00") + QString(63, QLatin1Char('a'))
                                  << QStringLiteral("invalid_blob_id");
    }

    void blobPathTricksAreRejected()
    {
        QFETCH(QString, path);
        QFETCH(QString, code);
        const auto get = h.get(path, token);
        QCOMPARE(get.status, 400);
        QCOMPARE(get.code(), code);
        const auto put = h.request("PUT", path, QByteArray("data"), token);
        QCOMPARE(put.status, 400);
        QCOMPARE(put.code(), code);
    }

    void oversizedBlobIsRefused()
    {
        const auto r = h.request("PUT", QStringLiteral("/v1/blobs/") + QString(64, QLatin1Char('a')),
                                 QByteArray(17 * 1024 * 1024, 'b'), token);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.code(), QStringLiteral("body_too_large"));
    }

    void badPullParametersAreRejected()
    {
        QCOMPARE(h.get(QStringLiteral("/v1/sync/pull?cursor=-1"), token).code(),
                 QStringLiteral("invalid_value"));
        QCOMPARE(h.get(QStringLiteral("/v1/sync/pull?cursor=abc"), token).code(),
                 QStringLiteral("invalid_value"));
        QCOMPARE(h.get(QStringLiteral("/v1/sync/pull?limit=100000"), token).code(),
                 QStringLiteral("invalid_value"));
        QCOMPARE(h.get(QStringLiteral("/v1/sync/pull?owner=everyone"), token).code(),
                 QStringLiteral("unknown_field"));
    }

    void badLoginBodiesAreRejected()
    {
        QCOMPARE(h.request("POST", QStringLiteral("/v1/login"), QByteArray("{nope")).code(),
                 QStringLiteral("bad_json"));
        QCOMPARE(h.post(QStringLiteral("/v1/login"), QJsonObject{{QStringLiteral("username"), 42}}).code(),
                 QStringLiteral("wrong_type"));
        const auto big = h.request("POST", QStringLiteral("/v1/login"), QByteArray(8192, ' '));
        QCOMPARE(big.status, 413);
    }

    void unknownEndpointsAndMethodsAreRefused()
    {
        QCOMPARE(h.get(QStringLiteral("/v1/admin/dump"), token).status, 404);
        QCOMPARE(h.get(QStringLiteral("/v1/sync/push"), token).status, 405);
        QCOMPARE(h.get(QStringLiteral("/v1/sync/push"), token).code(), QStringLiteral("method_not_allowed"));
    }

    void serverStillServesAfterward()
    {
        QCOMPARE(h.get(QStringLiteral("/v1/health")).status, 200);
        QCOMPARE(
            h.post(QStringLiteral("/v1/sync/push"), ServerHarness::pushBody(device, {validMutation()}), token)
                .status,
            200);
    }
};

QTEST_GUILESS_MAIN(TestServerBadInput)
#include "TestServerBadInput.moc"
