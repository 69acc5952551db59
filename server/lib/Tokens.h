#pragma once

#include <QString>

namespace ll::server {

// Device tokens are 256 random bits; only their SHA-256 is stored, so a database leak does
// not hand out sessions. A fast hash is enough because the input has full entropy.
QString mintToken();
QString tokenHash(const QString& token);
QString newId(); // lowercase UUID v4 for rows

} // namespace ll::server
