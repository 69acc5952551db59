// The libcurl transport over real TLS: the real liuliang-server (health, blobs, login throttling,
// and servers started with bad certificates) and TlsResponder for redirects, retries, gzip
// bombs, stalls and cancels.
#include "ServerHarness.h"
#include "TlsResponder.h"
#include "net/HttpClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTest>

#include <algorithm>
#include <future>
#include <thread>

using namespace ll::net;

namespace {

constexpr int WaitMs = 20'000; // bound for anything that should finish much sooner

bool openssl(const QStringList& args, const QString& workDir)
{
    QProcess p;
    p.setWorkingDirectory(workDir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("openssl %s: %s", qPrintable(args.join(u' ')), p.readAll().constData());
        return false;
    }
    return true;
}

const QStringList EcKey{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                        QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes")};

// A self-signed CA `<name>-ca.pem/.key` in dir.
bool makeCa(const QString& dir, const QString& name)
{
    return openssl(
        QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + EcKey +
            QStringList{QStringLiteral("-keyout"), name + QStringLiteral("-ca.key"), QStringLiteral("-out"),
                        name + QStringLiteral("-ca.pem"), QStringLiteral("-days"), QStringLiteral("30"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=") + name, QStringLiteral("-addext"),
                        QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                        QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
        dir);
}

// A server certificate `<name>.pem/.key` for subjectAltName `san`, signed by caPem/caKey and
// valid for `days` (negative: notAfter already in the past, i.e. expired).
bool makeServerCert(const QString& dir, const QString& name, const QString& san, const QString& caPem,
                    const QString& caKey, int days)
{
    QFile ext(QDir(dir).filePath(name + QStringLiteral(".ext")));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n"
              "extendedKeyUsage=serverAuth\nsubjectAltName=" +
              san.toUtf8() + "\n");
    ext.close();
    return openssl(QStringList{QStringLiteral("req")} + EcKey +
                       QStringList{QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                                   QStringLiteral("-out"), name + QStringLiteral(".csr"),
                                   QStringLiteral("-subj"), QStringLiteral("/CN=") + name},
                   dir) &&
           openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    name + QStringLiteral(".csr"), QStringLiteral("-CA"), caPem, QStringLiteral("-CAkey"),
                    caKey, QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                    name + QStringLiteral(".pem"), QStringLiteral("-days"), QString::number(days),
                    QStringLiteral("-extfile"), name + QStringLiteral(".ext")},
                   dir);
}

// libcurl's PINNEDPUBLICKEY form: sha256 of the DER SubjectPublicKeyInfo, base64.
QString pinOf(const QString& certPath)
{
    const auto certs = QSslCertificate::fromPath(certPath);
    if (certs.isEmpty())
        return {};
    const QByteArray spki = certs.first().publicKey().toDer();
    return QStringLiteral("sha256//") +
           QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64());
}

HttpRequest get(const QString& url)
{
    HttpRequest r;
    r.url = url;
    return r;
}

} // namespace

class HttpClientTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void healthAndConnectionReuse();
    void concurrentRequestsAllComplete();
    void refusedConnectionIsConnectError();
    void badCertificatesAreRefusedBeforeSending_data();
    void badCertificatesAreRefusedBeforeSending();
    void pinMatchIsAccepted();
    void nonHttpsUrlsAreRefusedWithoutConnecting();
    void redirectsAreNotFollowed();
    void unavailableIsRetriedThenGivesUp();
    void clientErrorsAreNotRetried();
    void retryAfterIsHonoured();
    void realLoginThrottlingIsRetryableWithCappedDelay();
    void retryDelayUsesFullJitterWithinCap();
    void gzipIsInflatedAndBombsAreCapped();
    void stalledBodyTimesOut();
    void largeBlobReportsProgressAndCapApplies();
    void cancelFromAnotherThreadIsPrompt();
    void sendWithRetryCancelInterruptsTransfer();

private:
    QString serverUrl(int index, const QString& path) const
    {
        return QStringLiteral("https://127.0.0.1:%1%2").arg(m_harness.port(index)).arg(path);
    }
    QString certsDir() const { return QDir(m_harness.dir()).filePath(QStringLiteral("certs")); }
    QByteArray requestLines(int server)
    {
        QByteArray lines;
        for (const QByteArray& line : m_harness.serverLog(server).split('\n'))
            if (line.contains("\"request\""))
                lines += line + '\n';
        return lines;
    }

    ServerHarness m_harness;
    TlsResponder m_responder;
    int m_unknownCaServer = -1;
    int m_wrongHostServer = -1;
    int m_expiredServer = -1;
};

void HttpClientTest::initTestCase()
{
    QVERIFY(m_harness.init());
    QVERIFY(m_harness.start() == 0);

    const QString dir = certsDir();
    QVERIFY(QDir().mkpath(dir));
    const QString harnessCa = QDir(m_harness.dir()).filePath(QStringLiteral("ca/ca.pem"));
    const QString harnessKey = QDir(m_harness.dir()).filePath(QStringLiteral("ca/ca.key"));
    QVERIFY(makeCa(dir, QStringLiteral("stranger")));
    QVERIFY(makeServerCert(dir, QStringLiteral("unknown-ca"), QStringLiteral("IP:127.0.0.1"),
                           QStringLiteral("stranger-ca.pem"), QStringLiteral("stranger-ca.key"), 30));
    QVERIFY(makeServerCert(dir, QStringLiteral("wrong-host"), QStringLiteral("DNS:elsewhere.example"),
                           harnessCa, harnessKey, 30));
    QVERIFY(makeServerCert(dir, QStringLiteral("expired"), QStringLiteral("IP:127.0.0.1"), harnessCa,
                           harnessKey, -1));

    auto startWith = [&](const QString& name) {
        return m_harness.start(
            {QStringLiteral("--tls-cert"), QDir(dir).filePath(name + QStringLiteral(".pem")),
             QStringLiteral("--tls-key"), QDir(dir).filePath(name + QStringLiteral(".key"))});
    };
    m_unknownCaServer = startWith(QStringLiteral("unknown-ca"));
    m_wrongHostServer = startWith(QStringLiteral("wrong-host"));
    m_expiredServer = startWith(QStringLiteral("expired"));
    QVERIFY(m_unknownCaServer > 0 && m_wrongHostServer > 0 && m_expiredServer > 0);

    QVERIFY(m_responder.start(QDir(m_harness.dir()).filePath(QStringLiteral("ca/server.pem")),
                              QDir(m_harness.dir()).filePath(QStringLiteral("ca/server.key"))));
}

void HttpClientTest::cleanupTestCase()
{
    QVERIFY(m_harness.stopAll());
}

void HttpClientTest::healthAndConnectionReuse()
{
    requestLines(0);
    HttpClient client(TlsPolicy{m_harness.caPath(), {}});
    for (int i = 0; i < 10; ++i) {
        const HttpResponse r = client.send(get(serverUrl(0, QStringLiteral("/v1/health"))));
        QVERIFY2(r.ok(), qPrintable(r.errorText));
        QCOMPARE(r.status, 200);
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(r.headers.value("cache-control"), QByteArray("no-store")); // names lower-cased
    }
    QCOMPARE(client.connectionsOpened(), quint64(1)); // ten requests, one TLS connection
    // The log check used below does see requests (logged just after each answer is sent).
    QByteArray logged;
    QTRY_VERIFY_WITH_TIMEOUT((logged += requestLines(0)).count('\n') >= 10, WaitMs);
    QCOMPARE(logged.count('\n'), 10);
}

void HttpClientTest::concurrentRequestsAllComplete()
{
    HttpClient client(TlsPolicy{m_harness.caPath(), {}});
    constexpr int Count = 8;
    std::vector<std::promise<HttpResponse>> promises(Count);
    for (auto& p : promises)
        client.start(get(serverUrl(0, QStringLiteral("/v1/health"))),
                     [&p](HttpResponse r) { p.set_value(std::move(r)); });
    for (auto& p : promises) {
        auto f = p.get_future();
        QVERIFY(f.wait_for(std::chrono::milliseconds(WaitMs)) == std::future_status::ready);
        const HttpResponse r = f.get();
        QVERIFY2(r.ok(), qPrintable(r.errorText));
    }
}

void HttpClientTest::refusedConnectionIsConnectError()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe; // a port that was just free: nothing listens there now
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    HttpClient client(TlsPolicy{m_harness.caPath(), {}});
    const HttpResponse r = sendWithRetry(
        client, get(QStringLiteral("https://127.0.0.1:%1/v1/health").arg(closedPort)), RetryPolicy{2, 1, 5});
    QCOMPARE(r.error, NetError::Connect);
    QVERIFY(RetryPolicy::retryable(r));
    QVERIFY2(r.errorText.contains(QLatin1String("127.0.0.1")), qPrintable(r.errorText));
}

void HttpClientTest::badCertificatesAreRefusedBeforeSending_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("unknown CA") << QStringLiteral("unknown-ca");
    QTest::newRow("wrong host name") << QStringLiteral("wrong-host");
    QTest::newRow("expired") << QStringLiteral("expired");
    QTest::newRow("pin mismatch") << QStringLiteral("pin");
}

void HttpClientTest::badCertificatesAreRefusedBeforeSending()
{
    QFETCH(QString, kind);
    int server = 0;
    TlsPolicy tls{m_harness.caPath(), {}};
    if (kind == QLatin1String("unknown-ca"))
        server = m_unknownCaServer;
    else if (kind == QLatin1String("wrong-host"))
        server = m_wrongHostServer;
    else if (kind == QLatin1String("expired"))
        server = m_expiredServer;
    else // the real server's certificate is fine, but we pin another key
        tls.pinnedPublicKey = pinOf(QDir(certsDir()).filePath(QStringLiteral("unknown-ca.pem")));

    requestLines(server); // drain what was logged so far
    HttpClient client(tls);
    HttpRequest request = get(serverUrl(server, QStringLiteral("/v1/health")));
    request.method = "POST";
    request.body = R"({"secret":"must-not-leave"})";
    const HttpResponse r = client.send(request);
    qInfo("%s", qPrintable(r.errorText));
    QCOMPARE(r.error, NetError::Tls);
    QCOMPARE(r.status, 0);
    QVERIFY2(r.errorText.contains(QLatin1String("127.0.0.1")), qPrintable(r.errorText));
    QVERIFY2(r.errorText.contains(QLatin1String("certificate")), qPrintable(r.errorText));
    QVERIFY(!r.errorText.contains(QLatin1String("must-not-leave")));
    QVERIFY(!RetryPolicy::retryable(r));
    // The handshake failed, so the server never saw a request line: it logged nothing.
    QTest::qWait(200);
    QCOMPARE(requestLines(server), QByteArray());
}

void HttpClientTest::pinMatchIsAccepted()
{
    const QString pin = pinOf(QDir(m_harness.dir()).filePath(QStringLiteral("ca/server.pem")));
    QVERIFY(!pin.isEmpty());
    // Either of two pins may match (key rotation): libcurl's ';'-separated list.
    const QString other = pinOf(QDir(certsDir()).filePath(QStringLiteral("unknown-ca.pem")));
    HttpClient client(TlsPolicy{m_harness.caPath(), other + u';' + pin});
    const HttpResponse r = client.send(get(serverUrl(0, QStringLiteral("/v1/health"))));
    QVERIFY2(r.ok(), qPrintable(r.errorText));
}

void HttpClientTest::nonHttpsUrlsAreRefusedWithoutConnecting()
{
    requestLines(0);
    HttpClient client(TlsPolicy{m_harness.caPath(), {}});
    const QString hostPort = QStringLiteral("127.0.0.1:%1").arg(m_harness.port(0));
    for (const QString& url :
         {QStringLiteral("http://") + hostPort + QStringLiteral("/v1/health"),
          QStringLiteral("ftp://") + hostPort + QStringLiteral("/x"), QStringLiteral("https:///nohost"),
          QStringLiteral("HTTP://") + hostPort + QStringLiteral("/v1/health"), QStringLiteral("not a url")}) {
        const HttpResponse r = client.send(get(url));
        QCOMPARE(r.error, NetError::InvalidUrl);
        QVERIFY(!RetryPolicy::retryable(r));
    }
    QCOMPARE(client.connectionsOpened(), quint64(0));
    QCOMPARE(requestLines(0), QByteArray());
}

void HttpClientTest::redirectsAreNotFollowed()
{
    HttpClient client(TlsPolicy{m_harness.caPath(), {}});
    const HttpResponse r = client.send(get(m_responder.url(QStringLiteral("/redirect"))));
    QCOMPARE(r.error, NetError::None);
    QCOMPARE(r.status, 302);
    QVERIFY(!r.ok());
    QCOMPARE(r.headers.value("location"), QByteArray("/target"));
    QCOMPARE(m_responder.hits("/target"), 0);
}

void HttpClientTest::unavailableIsRetriedThenGivesUp()
{
    HttpClient client(TlsPolicy{m_harness.caPath(), {}});
    const RetryPolicy policy{3, 5, 20};
    const HttpResponse r =
        sendWithRetry(client, get(m_responder.url(QStringLiteral("/unavailable"))), policy);
    QCOMPARE(r.status, 503);
    QCOMPARE(m_responder.hits("/unavailable"), 3);
}

void HttpClientTest::clientErrorsAreNotRetried()
{
    HttpClient client(TlsPolicy{m_harness.caPath(), {}});
    const HttpResponse r =
        sendWithRetry(client, get(m_responder.url(QStringLiteral("/missing"))), RetryPolicy{5, 5, 20});
    QCOMPARE(r.status, 404);
    QCOMPARE(m_responder.hits("/missing"), 1);

    HttpResponse answer;
    answer.status = 500; // a server bug: PROTOCOL.md says "retry later", i.e. the next sync
    QVERIFY(!RetryPolicy::retryable(answer));
    for (int status : {408, 429, 502, 503, 504}) {
        answer.status = status;
        QVERIFY(RetryPolicy::retryable(answer));
    }
    for (NetError e : {NetError::Connect, NetError::Timeout, NetError::Other}) {
        HttpResponse failed;
        failed.error = e;
        QVERIFY(RetryPolicy::retryable(failed));
    }
    for (NetError e :
         {NetError::Tls, NetError::InvalidUrl, NetError::TooLarge, NetError::Cancelled, NetError::Protocol}) {
        HttpResponse failed;
        failed.error = e;
        QVERIFY(!RetryPolicy::retryable(failed));
    }
}

void HttpClientTest::retryAfterIsHonoured()
{
    HttpClient client(TlsPolicy{m_harness.caPath(), {}});
    QElapsedTimer timer;
    timer.start();
    // Backoff alone would wait at most 1 ms; Retry-After: 1 makes it a second.
    const HttpResponse r =
        sendWithRetry(client, get(m_responder.url(QStringLiteral("/throttled"))), RetryPolicy{3, 1, 5000});
    QVERIFY2(r.ok(), qPrintable(r.errorText));
    QCOMPARE(m_responder.hits("/throttled"), 2);
    QVERIFY(timer.elapsed() >= 1000);
}

void HttpClientTest::realLoginThrottlingIsRetryableWithCappedDelay()
{
    const QString org = m_harness.createOrg(QStringLiteral("Net Org"));
    const QString store = m_harness.createStore(org, QStringLiteral("Net Store"));
    const auto staff =
        m_harness.createStaff(org, store, QStringLiteral("net.throttle"), QStringLiteral("guide"));
    QVERIFY(!staff.id.isEmpty());
    HttpClient client(TlsPolicy{m_harness.caPath(), {}});
    HttpRequest login;
    login.method = "POST";
    login.url = serverUrl(0, QStringLiteral("/v1/login"));
    login.body = QJsonDocument(QJsonObject{{QStringLiteral("username"), staff.username},
                                           {QStringLiteral("password"), QStringLiteral("wrong")},
                                           {QStringLiteral("deviceId"), QStringLiteral("net-dev")}})
                     .toJson(QJsonDocument::Compact);
    HttpResponse r;
    for (int i = 0; i < 8 && r.status != 429; ++i)
        r = client.send(login);
    QCOMPARE(r.status, 429);
    QVERIFY(r.retryAfterSeconds().has_value());
    QVERIFY(*r.retryAfterSeconds() > 0);
    QVERIFY(RetryPolicy::retryable(r));
    const RetryPolicy policy{5, 100, 2000};
    // The server's window is 15 minutes; the wait is capped at maxDelayMs.
    QCOMPARE(policy.delayMs(1, r), 2000);
}

void HttpClientTest::retryDelayUsesFullJitterWithinCap()
{
    const RetryPolicy policy{10, 100, 1000};
    const HttpResponse none;
    bool sawSmall = false;
    for (int i = 0; i < 200; ++i) {
        const int d1 = policy.delayMs(1, none);
        QVERIFY(d1 >= 0 && d1 <= 100);
        const int d8 = policy.delayMs(8, none);
        QVERIFY(d8 >= 0 && d8 <= 1000); // 100·2^7 capped at 1000
        sawSmall = sawSmall || d8 < 500;
    }
    QVERIFY(sawSmall); // full jitter, not "cap plus a little"
    HttpResponse later;
    later.headers.insert("retry-after", "3");
    const RetryPolicy patient{10, 100, 60'000};
    QVERIFY(patient.delayMs(1, later) >= 3000);
    later.headers.insert("retry-after", "Wed, 21 Oct 2015 07:28:00 GMT");
    QVERIFY(!later.retryAfterSeconds().has_value());
}

void HttpClientTest::gzipIsInflatedAndBombsAreCapped()
{
    HttpClient client(TlsPolicy{m_harness.caPath(), {}});
    const HttpResponse small = client.send(get(m_responder.url(QStringLiteral("/gzip"))));
    QVERIFY2(small.ok(), qPrintable(small.errorText));
    QCOMPARE(small.body, QByteArray("hello ").repeated(1000));

    HttpRequest bomb = get(m_responder.url(QStringLiteral("/bomb")));
    bomb.maxResponseBytes = 1024 * 1024; // the bomb inflates to 8 MiB from a few KiB
    const HttpResponse r = client.send(bomb);
    QCOMPARE(r.error, NetError::TooLarge);
    QVERIFY(r.body.isEmpty());
    QVERIFY(!RetryPolicy::retryable(r));
}

void HttpClientTest::stalledBodyTimesOut()
{
    HttpClient client(TlsPolicy{m_harness.caPath(), {}});
    HttpRequest stall = get(m_responder.url(QStringLiteral("/stall")));
    stall.lowSpeedSeconds = 1;
    const HttpResponse r = client.send(stall);
    QCOMPARE(r.error, NetError::Timeout);
    QVERIFY(RetryPolicy::retryable(r));
}

void HttpClientTest::largeBlobReportsProgressAndCapApplies()
{
    const QString org = m_harness.createOrg(QStringLiteral("Blob Org"));
    const QString store = m_harness.createStore(org, QStringLiteral("Blob Store"));
    const auto staff = m_harness.createStaff(org, store, QStringLiteral("net.blob"), QStringLiteral("guide"));
    const QString token = m_harness.login(staff, QStringLiteral("net-blob-dev"));
    QVERIFY(!token.isEmpty());

    QByteArray blob(2 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(42);
    rng.fillRange(reinterpret_cast<quint32*>(blob.data()), blob.size() / 4);
    const QString id =
        QString::fromLatin1(QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toHex());
    const QByteArray auth = "Bearer " + token.toLatin1();

    HttpClient client(TlsPolicy{m_harness.caPath(), {}});
    HttpRequest put;
    put.method = "PUT";
    put.url = serverUrl(0, QStringLiteral("/v1/blobs/") + id);
    put.headers = {{"Authorization", auth}, {"Content-Type", "application/octet-stream"}};
    put.body = blob;
    const HttpResponse stored = client.send(put);
    QVERIFY2(stored.status == 201, stored.body.constData());

    std::vector<qint64> seen; // progress runs on the network thread; send() waits for it
    HttpRequest download = get(put.url);
    download.headers = {{"Authorization", auth}};
    const HttpResponse r = client.send(download, [&seen](qint64 done, qint64) { seen.push_back(done); });
    QVERIFY2(r.ok(), qPrintable(r.errorText));
    QCOMPARE(r.body, blob);
    QVERIFY(seen.size() > 2);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QVERIFY(seen.back() >= blob.size() / 2);
    QVERIFY(seen.front() < seen.back());

    download.maxResponseBytes = 1024 * 1024;
    QCOMPARE(client.send(download).error, NetError::TooLarge);
    // Aborting an oversize transfer leaves the client usable.
    QVERIFY(client.send(get(serverUrl(0, QStringLiteral("/v1/health")))).ok());
}

void HttpClientTest::cancelFromAnotherThreadIsPrompt()
{
    HttpClient client(TlsPolicy{m_harness.caPath(), {}});
    std::promise<HttpResponse> promise;
    auto future = promise.get_future();
    std::atomic<qint64> received{0};
    const quint64 id = client.start(
        get(m_responder.url(QStringLiteral("/endless"))),
        [&promise](HttpResponse r) { promise.set_value(std::move(r)); },
        [&received](qint64 done, qint64) { received = done; });
    QTRY_VERIFY_WITH_TIMEOUT(received.load() > 0, WaitMs); // mid-body
    std::thread canceller([&client, id] { client.cancel(id); });
    canceller.join();
    QVERIFY(future.wait_for(std::chrono::milliseconds(WaitMs)) == std::future_status::ready);
    const HttpResponse r = future.get();
    QCOMPARE(r.error, NetError::Cancelled);
    QVERIFY(!RetryPolicy::retryable(r));
}

void HttpClientTest::sendWithRetryCancelInterruptsTransfer()
{
    HttpClient client(TlsPolicy{m_harness.caPath(), {}});
    std::atomic<bool> cancel{false};
    std::atomic<qint64> received{0};
    HttpResponse r;
    std::thread worker([&] {
        r = sendWithRetry(client, get(m_responder.url(QStringLiteral("/endless"))), RetryPolicy{}, &cancel,
                          [&received](qint64 done, qint64) { received = done; });
    });
    QTRY_VERIFY_WITH_TIMEOUT(received.load() > 0, WaitMs);
    cancel = true;
    worker.join();
    QCOMPARE(r.error, NetError::Cancelled);

    // And a wait between attempts: cancel during the backoff after a 503.
    std::atomic<bool> cancelWait{false};
    const int before = m_responder.hits("/unavailable");
    std::thread waiter([&] {
        r = sendWithRetry(client, get(m_responder.url(QStringLiteral("/unavailable"))),
                          RetryPolicy{5, 60'000, 60'000}, &cancelWait);
    });
    QTRY_VERIFY_WITH_TIMEOUT(m_responder.hits("/unavailable") > before, WaitMs);
    cancelWait = true;
    waiter.join(); // would take up to a minute per attempt without the sliced sleep
    QCOMPARE(r.error, NetError::Cancelled);
}

QTEST_MAIN(HttpClientTest)
#include "TestHttpClient.moc"
