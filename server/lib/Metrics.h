#pragma once

#include <QMap>
#include <QString>

namespace ll::server {

// Per-process counters in Prometheus text format. A load balancer scrapes each process.
class Metrics
{
public:
    void countRequest(const QString& route, int status, qint64 micros);
    void countPush(const QString& status, int n = 1);
    QByteArray render() const;

private:
    QMap<QPair<QString, int>, quint64> m_requests;
    QMap<QString, qint64> m_routeMicros;
    QMap<QString, quint64> m_pushes;
};

} // namespace ll::server
