#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QThread>

#include <mutex>

class QSslServer;
class QSslSocket;

// A tiny HTTPS/1.1 server on its own thread for the misbehaviours the real server never shows:
// redirects, 503 and 429 with Retry-After, gzip bombs, stalled and endless bodies. Each path
// has one fixed behaviour (see TlsResponder.cpp); hits are counted per path.
class TlsResponder : public QObject
{
    Q_OBJECT
public:
    TlsResponder();
    ~TlsResponder() override;

    bool start(const QString& certPath, const QString& keyPath); // false if it cannot listen
    QString url(const QString& path) const;
    int hits(const QByteArray& path) const;

private:
    void listenOnThread(const QString& certPath, const QString& keyPath);
    void onConnection();
    void onReadable(QSslSocket* socket);
    void respond(QSslSocket* socket, const QByteArray& path);
    void closeOnThread();

    QThread m_thread;
    QSslServer* m_server = nullptr; // lives on m_thread
    quint16 m_port = 0;
    QByteArray m_bomb;
    mutable std::mutex m_mutex;
    QHash<QByteArray, int> m_hits;
};
