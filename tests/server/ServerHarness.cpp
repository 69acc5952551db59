#include "ServerHarness.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTimer>
#include <QUuid>

namespace {
constexpr int ProcessTimeoutMs = 60'000;
constexpr int StartTimeoutMs = 20'000;
constexpr int RequestTimeoutMs = 30'000;
} // namespace

QString ServerHarness::Reply::code() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QByteArray ServerHarness::Reply::header(const QByteArray& name) const
{
    for (const auto& h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

ServerHarness::ServerHarness()
    : m_databaseUrl(qEnvironmentVariable("LIULIANG_TEST_DATABASE_URL"))
    , m_binary(qEnvironmentVariable("LIULIANG_SERVER_BIN"))
{}

ServerHarness::~ServerHarness()
{
    stopAll();
    // Too late for a QVERIFY; a failed process still fails the test in CTest.
    if (!m_uncleanStops.isEmpty())
        qFatal("liuliang-server did not stop cleanly on SIGTERM:\n%s",
               qPrintable(m_uncleanStops.join(QStringLiteral("\n"))));
}

QString ServerHarness::caPath() const
{
    return m_dir.filePath(QStringLiteral("ca/ca.pem"));
}

bool ServerHarness::init()
{
    if (!m_dir.isValid() || m_binary.isEmpty()) {
        qWarning("temp dir invalid or LIULIANG_SERVER_BIN unset");
        return false;
    }
    QByteArray out, err;
    if (run({QStringLiteral("dev-ca"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("ca"))}, {},
            &out, &err) != 0) {
        qWarning("dev-ca failed: %s", err.constData());
        return false;
    }
    m_ca = QSslCertificate::fromPath(caPath());
    return !m_ca.isEmpty();
}

int ServerHarness::run(const QStringList& args, const QByteArray& input, QByteArray* out, QByteArray* err)
{
    QProcess p;
    p.start(m_binary, args);
    if (!p.waitForStarted(ProcessTimeoutMs))
        return -1;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(ProcessTimeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return -1;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QStringList ServerHarness::databaseArgs() const
{
    QStringList args{QStringLiteral("--data"), m_dir.filePath(QStringLiteral("data"))};
    if (!m_databaseUrl.isEmpty())
        args << QStringLiteral("--database") << m_databaseUrl;
    return args;
}

QString ServerHarness::admin(const QStringList& commandAndOptions, const QByteArray& input)
{
    QByteArray out, err;
    const int rc =
        run(QStringList{QStringLiteral("admin")} + databaseArgs() + commandAndOptions, input, &out, &err);
    if (rc != 0) {
        qWarning("admin %s failed (%d): %s", qPrintable(commandAndOptions.join(u' ')), rc, err.constData());
        return {};
    }
    return QString::fromUtf8(out).trimmed();
}

QString ServerHarness::createOrg(const QString& name)
{
    return admin({QStringLiteral("org-create"), QStringLiteral("--name"), name});
}

QString ServerHarness::createStore(const QString& orgId, const QString& name)
{
    return admin(
        {QStringLiteral("store-create"), QStringLiteral("--org"), orgId, QStringLiteral("--name"), name});
}

ServerHarness::Staff ServerHarness::createStaff(const QString& orgId, const QString& storeId,
                                                const QString& username, const QString& role)
{
    const QString password = QStringLiteral("pw-") + username + QStringLiteral("-secret");
    QStringList args{QStringLiteral("staff-create"),
                     QStringLiteral("--org"),
                     orgId,
                     QStringLiteral("--username"),
                     username,
                     QStringLiteral("--name"),
                     username,
                     QStringLiteral("--role"),
                     role};
    if (!storeId.isEmpty())
        args << QStringLiteral("--store") << storeId;
    return Staff{admin(args, password.toUtf8() + '\n'), username, password};
}

int ServerHarness::start(const QStringList& extraArgs)
{
    auto p = std::make_unique<QProcess>();
    p->start(m_binary,
             QStringList{QStringLiteral("serve")} + databaseArgs() +
                 QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                             QStringLiteral("--tls-cert"), m_dir.filePath(QStringLiteral("ca/server.pem")),
                             QStringLiteral("--tls-key"), m_dir.filePath(QStringLiteral("ca/server.key"))} +
                 extraArgs);
    if (!p->waitForStarted(StartTimeoutMs))
        return -1;
    // The server prints "listening https://127.0.0.1:PORT" once it accepts connections.
    static const QRegularExpression re(QStringLiteral("listening https://127\\.0\\.0\\.1:(\\d+)"));
    QByteArray out;
    QDateTime deadline = QDateTime::currentDateTimeUtc().addMSecs(StartTimeoutMs);
    while (QDateTime::currentDateTimeUtc() < deadline && p->state() == QProcess::Running) {
        p->waitForReadyRead(200);
        out += p->readAllStandardOutput();
        const auto m = re.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            m_ports.append(static_cast<quint16>(m.captured(1).toUInt()));
            m_servers.push_back(std::move(p));
            return static_cast<int>(m_servers.size()) - 1;
        }
    }
    qWarning("server did not start: %s", p->readAllStandardError().constData());
    p->kill();
    p->waitForFinished(5000);
    return -1;
}

bool ServerHarness::stopAll()
{
    bool clean = true;
    for (auto& p : m_servers) {
        if (p->state() != QProcess::NotRunning) {
            p->terminate();
            if (!p->waitForFinished(5000)) {
                p->kill();
                p->waitForFinished(5000);
            }
        }
        // SIGTERM ends the server's event loop, so it exits 0; anything else (a crash, a sanitizer's
        // leak report at exit, a hang) is a defect the test would otherwise never see.
        if (p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0) {
            clean = false;
            m_uncleanStops.append(QStringLiteral("exit status %1, code %2: %3")
                                      .arg(int(p->exitStatus()))
                                      .arg(p->exitCode())
                                      .arg(QString::fromUtf8(p->readAllStandardError().right(4000))));
        }
    }
    m_servers.clear();
    m_ports.clear();
    return clean;
}

void ServerHarness::killAll()
{
    for (auto& p : m_servers) {
        if (p->state() != QProcess::NotRunning) {
            p->kill();
            p->waitForFinished(5000);
        }
    }
    m_servers.clear();
    m_ports.clear();
}

quint16 ServerHarness::port(int index) const
{
    return m_ports.value(index);
}

QByteArray ServerHarness::serverLog(int index)
{
    if (index < 0 || index >= static_cast<int>(m_servers.size()))
        return {};
    return m_servers[static_cast<size_t>(index)]->readAllStandardError();
}

ServerHarness::Reply ServerHarness::request(const QByteArray& method, const QString& pathAndQuery,
                                            const QByteArray& body, const QString& token,
                                            const QList<QPair<QByteArray, QByteArray>>& headers, int server,
                                            const QList<QSslCertificate>& trust)
{
    QNetworkRequest req(QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(port(server)).arg(pathAndQuery)));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(trust.isEmpty() ? m_ca : trust); // only the test CA: no system roots
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    req.setSslConfiguration(tls);
    req.setTransferTimeout(RequestTimeoutMs);
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    for (const auto& h : headers)
        req.setRawHeader(h.first, h.second);
    // A custom trust list gets its own manager: the shared one would reuse a connection that
    // was already verified against the test CA.
    QNetworkAccessManager isolated;
    QNetworkAccessManager& nam = trust.isEmpty() ? m_nam : isolated;
    QNetworkReply* reply = nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(RequestTimeoutMs + 5000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    if (!reply->isFinished()) {
        reply->abort();
        r.networkError = QStringLiteral("timeout");
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && r.status == 0)
        r.networkError = reply->errorString();
    r.json = QJsonDocument::fromJson(r.body).object();
    reply->deleteLater();
    return r;
}

ServerHarness::Reply ServerHarness::post(const QString& path, const QJsonObject& body, const QString& token,
                                         int server)
{
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token, {}, server);
}

ServerHarness::Reply ServerHarness::get(const QString& pathAndQuery, const QString& token, int server)
{
    return request("GET", pathAndQuery, {}, token, {}, server);
}

QString ServerHarness::login(const Staff& staff, const QString& deviceId, int server)
{
    const Reply r = post(QStringLiteral("/v1/login"),
                         QJsonObject{{QStringLiteral("username"), staff.username},
                                     {QStringLiteral("password"), staff.password},
                                     {QStringLiteral("deviceId"), deviceId}},
                         {}, server);
    if (r.status != 200)
        qWarning("login %s failed: %d %s", qPrintable(staff.username), r.status, r.body.constData());
    return r.json.value(QStringLiteral("token")).toString();
}

QString ServerHarness::hlc(const QString& deviceId, qint64 offsetMs)
{
    // Successive calls within one millisecond still get distinct, increasing clocks.
    static ll::Hlc last;
    const qint64 now = QDateTime::currentMSecsSinceEpoch() + offsetMs;
    ll::Hlc base = last.isNull() ? ll::Hlc::make(now, 0, deviceId).value() : last.tick(now);
    last = base;
    return ll::Hlc::make(base.wallMs(), base.counter(), deviceId).value().toString();
}

QString ServerHarness::uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject ServerHarness::contactUpsert(qint64 mutationId, const QString& recordId, const QString& deviceId,
                                         const QJsonObject& values)
{
    const QString clock = hlc(deviceId);
    QJsonObject fields;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        fields.insert(it.key(),
                      QJsonObject{{QStringLiteral("value"), it.value()}, {QStringLiteral("hlc"), clock}});
    return QJsonObject{{QStringLiteral("mutationId"), mutationId},
                       {QStringLiteral("entity"), QStringLiteral("contact")},
                       {QStringLiteral("recordId"), recordId},
                       {QStringLiteral("op"), QStringLiteral("upsert")},
                       {QStringLiteral("hlc"), clock},
                       {QStringLiteral("fields"), fields}};
}

QJsonObject ServerHarness::pushBody(const QString& deviceId, const QJsonArray& mutations)
{
    return QJsonObject{{QStringLiteral("deviceId"), deviceId}, {QStringLiteral("mutations"), mutations}};
}
