#include "TlsResponder.h"

#include "Gzip.h"

#include <QFile>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

namespace {

constexpr qsizetype BombInflatedBytes = 8 * 1024 * 1024;
constexpr int SlowChunkBytes = 4096;
constexpr int SlowChunkEveryMs = 20;

QByteArray head(int status, const QByteArray& reason, const QByteArray& extra, qsizetype length)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n" + extra +
           "Content-Length: " + QByteArray::number(length) + "\r\n\r\n";
}

} // namespace

TlsResponder::TlsResponder()
{
    m_bomb = ll::server::gzipCompress(QByteArray(BombInflatedBytes, '\0'));
    moveToThread(&m_thread);
}

TlsResponder::~TlsResponder()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(
            this, [this] { closeOnThread(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

bool TlsResponder::start(const QString& certPath, const QString& keyPath)
{
    m_thread.start();
    QMetaObject::invokeMethod(
        this, [&] { listenOnThread(certPath, keyPath); }, Qt::BlockingQueuedConnection);
    return m_port != 0;
}

QString TlsResponder::url(const QString& path) const
{
    return QStringLiteral("https://127.0.0.1:%1%2").arg(m_port).arg(path);
}

int TlsResponder::hits(const QByteArray& path) const
{
    std::lock_guard lock(m_mutex);
    return m_hits.value(path);
}

void TlsResponder::listenOnThread(const QString& certPath, const QString& keyPath)
{
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(QSslCertificate::fromPath(certPath));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server = new QSslServer(this);
    m_server->setSslConfiguration(tls);
    connect(m_server, &QSslServer::pendingConnectionAvailable, this, &TlsResponder::onConnection);
    if (m_server->listen(QHostAddress::LocalHost, 0))
        m_port = m_server->serverPort();
}

void TlsResponder::closeOnThread()
{
    delete m_server; // also deletes the sockets it parented
    m_server = nullptr;
}

void TlsResponder::onConnection()
{
    while (m_server->hasPendingConnections()) {
        auto* socket = qobject_cast<QSslSocket*>(m_server->nextPendingConnection());
        if (!socket)
            continue;
        connect(socket, &QSslSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void TlsResponder::onReadable(QSslSocket* socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty("buffer", buffer);
        return;
    }
    socket->setProperty("buffer", QByteArray()); // bodies are not used by any path here
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    const QByteArray path = requestLine.value(1);
    {
        std::lock_guard lock(m_mutex);
        ++m_hits[path];
    }
    respond(socket, path);
}

void TlsResponder::respond(QSslSocket* socket, const QByteArray& path)
{
    const QByteArray close = "Connection: close\r\n";
    auto finish = [socket](const QByteArray& bytes) {
        socket->write(bytes);
        socket->disconnectFromHost(); // after the bytes are flushed
    };
    if (path == "/redirect") {
        finish(head(302, "Found", close + "Location: /target\r\n", 0));
    } else if (path == "/target" || path == "/ok") {
        finish(head(200, "OK", close, 7) + "reached");
    } else if (path == "/unavailable") {
        finish(head(503, "Service Unavailable", close, 0));
    } else if (path == "/missing") {
        finish(head(404, "Not Found", close, 0));
    } else if (path == "/throttled") {
        if (hits(path) == 1)
            finish(head(429, "Too Many Requests", close + "Retry-After: 1\r\n", 0));
        else
            finish(head(200, "OK", close, 2) + "ok");
    } else if (path == "/gzip") {
        const QByteArray body = ll::server::gzipCompress(QByteArray("hello ").repeated(1000));
        finish(head(200, "OK", close + "Content-Encoding: gzip\r\n", body.size()) + body);
    } else if (path == "/bomb") {
        finish(head(200, "OK", close + "Content-Encoding: gzip\r\n", m_bomb.size()) + m_bomb);
    } else if (path == "/stall") {
        socket->write(head(200, "OK", close, 100'000) + "only a few"); // and then nothing
    } else if (path == "/endless") {
        socket->write(head(200, "OK", close, 1LL << 30));
        auto* timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [socket] {
            if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < (1 << 20))
                socket->write(QByteArray(SlowChunkBytes, 'x'));
        });
        timer->start(SlowChunkEveryMs);
    } else {
        finish(head(404, "Not Found", close, 0));
    }
}
