#include "Log.h"

#include <QDateTime>
#include <QJsonDocument>

#include <cstdio>

namespace ll::server {

void logEvent(const char* level, const QString& event, QJsonObject fields)
{
    fields.insert(QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    fields.insert(QStringLiteral("level"), QString::fromLatin1(level));
    fields.insert(QStringLiteral("event"), event);
    const QByteArray line = QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace ll::server
