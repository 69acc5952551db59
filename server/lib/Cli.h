#pragma once

#include <QStringList>

namespace ll::server {

// liuliang-server serve | admin | dev-ca. Returns the process exit code
// (0 ok, 1 failure, 2 usage error).
int runCli(const QStringList& arguments);

} // namespace ll::server
