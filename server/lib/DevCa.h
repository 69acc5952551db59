#pragma once

#include "Result.h"

#include <QStringList>

namespace ll::server {

// Development-only PKI: a local CA (ca.pem) and a server certificate (server.pem/server.key)
// for the given hosts, made with the openssl command-line tool. Clients trust ca.pem only.
Status createDevCa(const QString& outDir, const QStringList& hosts);

} // namespace ll::server
