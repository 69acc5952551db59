#include "ServeCommand.h"

#include "ApiServer.h"
#include "Log.h"
#include "Migrations.h"
#include "ServerConfig.h"
#include "StopSignals.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

#include <cstdio>

namespace ll::server {

namespace {

int fail(const QString& message)
{
    logEvent("error", QStringLiteral("startup_failed"), {{QStringLiteral("message"), message}});
    return 1;
}

Result<QSslKey> loadKey(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read --tls-key"));
    const QByteArray pem = f.readAll();
    for (QSsl::KeyAlgorithm alg : {QSsl::Ec, QSsl::Rsa}) {
        QSslKey key(pem, alg, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return makeError(ErrorCode::Tls, QStringLiteral("--tls-key is not a PEM EC or RSA private key"));
}

} // namespace

int runServe(const CliOptions& given)
{
    // The keys a --config file may set: the options of `serve` except --config itself.
    auto withConfig = withConfigFile(given, {QStringLiteral("data"), QStringLiteral("listen"),
                                             QStringLiteral("tls-cert"), QStringLiteral("tls-key"),
                                             QStringLiteral("database"), QStringLiteral("token-lifetime")});
    if (!withConfig)
        return fail(withConfig.message());
    const CliOptions& o = withConfig.value();
    if (auto s = o.require({QStringLiteral("data"), QStringLiteral("listen"), QStringLiteral("tls-cert"),
                            QStringLiteral("tls-key")});
        !s)
        return fail(s.message());
    const QString listen = o.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = listen.mid(colon + 1).toInt(&portOk);
    const QHostAddress address(listen.left(colon));
    if (colon < 0 || !portOk || port < 0 || port > 65535 || address.isNull())
        return fail(QStringLiteral("--listen must be IP:PORT"));

    const auto certs = QSslCertificate::fromPath(o.value(QStringLiteral("tls-cert")));
    if (certs.isEmpty())
        return fail(QStringLiteral("--tls-cert has no PEM certificate"));
    auto key = loadKey(o.value(QStringLiteral("tls-key")));
    if (!key)
        return fail(key.message());

    const QString dataDir = o.value(QStringLiteral("data"));
    if (auto s = ensureDataDir(dataDir); !s)
        return fail(s.message());
    auto url = DatabaseUrl::resolve(o.value(QStringLiteral("database")), dataDir);
    if (!url)
        return fail(url.message());
    auto conn = SqlConnection::open(url.value());
    if (!conn)
        return fail(conn.message());
    if (auto s = migrate(**conn); !s)
        return fail(QStringLiteral("migration failed: ") + s.message());

    qint64 lifetimeMs = Sessions::DefaultLifetimeMs;
    if (const QString ttl = o.value(QStringLiteral("token-lifetime")); !ttl.isEmpty()) {
        bool ok = false;
        const qint64 seconds = ttl.toLongLong(&ok);
        if (!ok || seconds < 1 || seconds > 365LL * 24 * 3600)
            return fail(QStringLiteral("--token-lifetime must be 1..31536000 seconds"));
        lifetimeMs = seconds * 1000;
    }
    ApiServer server(**conn, lifetimeMs);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(certs);
    tls.setPrivateKey(key.value());
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with tokens, not certificates
    server.sslSetup(tls);
    const quint16 bound = server.listen(address, static_cast<quint16>(port));
    if (bound == 0)
        return fail(QStringLiteral("cannot listen on ") + listen);
    logEvent(
        "info", QStringLiteral("listening"),
        {{QStringLiteral("address"), address.toString()},
         {QStringLiteral("port"), bound},
         {QStringLiteral("database"), url->kind == DatabaseUrl::Kind::Postgres ? QStringLiteral("postgresql")
                                                                               : QStringLiteral("sqlite")}});
    // Tests and scripts read the bound port from this line (useful with --listen IP:0).
    std::printf("listening https://%s:%u\n", qPrintable(address.toString()), bound);
    std::fflush(stdout);
    quitOnStopSignals(&server);
    const int rc = QCoreApplication::exec();
    logEvent("info", QStringLiteral("stopped"));
    return rc;
}

} // namespace ll::server
