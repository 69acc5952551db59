#pragma once

#include "CliOptions.h"
#include "Result.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace ll::server {

// The packaged server reads its settings from /etc/liuliang/server.conf, so `serve --config FILE` takes
// the same long options as the command line, one `key = value` per line ('#' starts a comment):
//
//     data = /var/lib/liuliang
//     listen = 0.0.0.0:8443
//
// Options given on the command line win over the file, so an admin can override one setting for a run.
Result<QMap<QString, QString>> readServerConfig(const QString& path, const QStringList& allowedKeys);

// Returns `given` with the settings of the file named by its `config` option filled in where the
// command line left them out; `given` unchanged when there is no `config` option.
Result<CliOptions> withConfigFile(const CliOptions& given, const QStringList& allowedKeys);

} // namespace ll::server
