#pragma once

#include <QJsonObject>

namespace ll::server {

// One JSON object per line on stderr. Callers pass ids, routes, codes and timings only:
// never names, phone numbers, notes or anything else a customer typed.
void logEvent(const char* level, const QString& event, QJsonObject fields = {});

} // namespace ll::server
