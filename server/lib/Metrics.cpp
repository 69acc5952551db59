#include "Metrics.h"

namespace ll::server {

void Metrics::countRequest(const QString& route, int status, qint64 micros)
{
    ++m_requests[qMakePair(route, status)];
    m_routeMicros[route] += micros;
}

void Metrics::countPush(const QString& status, int n)
{
    m_pushes[status] += static_cast<quint64>(n);
}

QByteArray Metrics::render() const
{
    QByteArray out;
    out += "# TYPE liuliang_http_requests_total counter\n";
    for (auto it = m_requests.constBegin(); it != m_requests.constEnd(); ++it)
        out += QStringLiteral("liuliang_http_requests_total{route=\"%1\",status=\"%2\"} %3\n")
                   .arg(it.key().first)
                   .arg(it.key().second)
                   .arg(it.value())
                   .toUtf8();
    out += "# TYPE liuliang_http_request_seconds_total counter\n";
    for (auto it = m_routeMicros.constBegin(); it != m_routeMicros.constEnd(); ++it)
        out += QStringLiteral("liuliang_http_request_seconds_total{route=\"%1\"} %2\n")
                   .arg(it.key())
                   .arg(static_cast<double>(it.value()) / 1e6)
                   .toUtf8();
    out += "# TYPE liuliang_push_mutations_total counter\n";
    for (auto it = m_pushes.constBegin(); it != m_pushes.constEnd(); ++it)
        out += QStringLiteral("liuliang_push_mutations_total{status=\"%1\"} %2\n")
                   .arg(it.key())
                   .arg(it.value())
                   .toUtf8();
    return out;
}

} // namespace ll::server
