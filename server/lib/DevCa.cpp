#include "DevCa.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>

namespace ll::server {

namespace {

Status openssl(const QStringList& args, const QString& workDir)
{
    QProcess p;
    p.setWorkingDirectory(workDir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForStarted(10'000))
        return makeError(ErrorCode::Io, QStringLiteral("cannot run openssl"));
    if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return makeError(ErrorCode::Io,
                         QStringLiteral("openssl %1 failed: %2")
                             .arg(args.value(0), QString::fromLocal8Bit(p.readAll()).trimmed()));
    return {};
}

} // namespace

Status createDevCa(const QString& outDir, const QStringList& hosts)
{
    if (hosts.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("at least one host is required"));
    QStringList alt;
    for (const QString& h : hosts) {
        const bool ip = !QHostAddress(h).isNull();
        if (!ip && !QRegularExpression(QStringLiteral("^[A-Za-z0-9.-]{1,253}$")).match(h).hasMatch())
            return makeError(ErrorCode::InvalidInput, QStringLiteral("invalid host name: ") + h);
        alt << (ip ? QStringLiteral("IP:") : QStringLiteral("DNS:")) + h;
    }
    QDir dir(outDir);
    if (!dir.mkpath(QStringLiteral(".")))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create ") + outDir);
    const QString work = dir.absolutePath();

    QFile ext(dir.filePath(QStringLiteral("server.ext")));
    if (!ext.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write server.ext"));
    ext.write(QStringLiteral("basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n"
                             "extendedKeyUsage=serverAuth\nsubjectAltName=%1\n")
                  .arg(alt.join(u','))
                  .toUtf8());
    ext.close();

    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes")};
    LL_TRY(openssl(
        QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
            QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                        QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("3650"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=Liuliang Development CA"),
                        QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                        QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
        work));
    LL_TRY(openssl(QStringList{QStringLiteral("req")} + ec +
                       QStringList{QStringLiteral("-keyout"), QStringLiteral("server.key"),
                                   QStringLiteral("-out"), QStringLiteral("server.csr"),
                                   QStringLiteral("-subj"), QStringLiteral("/CN=") + hosts.first()},
                   work));
    LL_TRY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                    QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                    QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
                    QStringLiteral("825"), QStringLiteral("-extfile"), QStringLiteral("server.ext")},
                   work));
    for (const QString& key : {QStringLiteral("ca.key"), QStringLiteral("server.key")})
        QFile::setPermissions(dir.filePath(key), QFile::ReadOwner | QFile::WriteOwner);
    QFile::remove(dir.filePath(QStringLiteral("server.csr")));
    return {};
}

} // namespace ll::server
