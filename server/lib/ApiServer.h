#pragma once

#include "Metrics.h"
#include "Sessions.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>

namespace ll::server {

// HTTP routing for /v1. Each request authenticates from the database and runs its own
// transaction, so the process holds no session state and can be replicated freely.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    ApiServer(SqlConnection& conn, qint64 tokenLifetimeMs, QObject* parent = nullptr);

    struct Reply
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;
        QString staffId; // for the access log
    };

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Reply dispatch(const QHttpServerRequest& request, QString& route);
    Reply health();
    Reply login(const QHttpServerRequest& request);
    Reply refresh(const QHttpServerRequest& request);
    Reply logout(const QHttpServerRequest& request);
    Reply push(const QHttpServerRequest& request);
    Reply pull(const QHttpServerRequest& request);
    Reply blobPut(const QHttpServerRequest& request, const QString& id);
    Reply blobGet(const QHttpServerRequest& request, const QString& id);
    Reply uploadState(const QHttpServerRequest& request, const QString& id);
    Reply transfers(const QHttpServerRequest& request, const QString& rest, QString& route);
    Reply depart(const QHttpServerRequest& request, const QString& staffId);
    Reply directory(const QHttpServerRequest& request);
    Reply teamOverview(const QHttpServerRequest& request);

    Result<Principal> authenticate(const QHttpServerRequest& request);
    void send(const QHttpServerRequest& request, QTcpSocket* socket, Reply reply);

    SqlConnection& m_conn;
    qint64 m_tokenLifetimeMs;
    Metrics m_metrics;
};

QByteArray headerValue(const QHttpServerRequest& request, const QByteArray& name);
// Maps a wire error code to its HTTP status (storage errors become 503: retry later).
int httpStatusFor(const Error& error);

} // namespace ll::server
