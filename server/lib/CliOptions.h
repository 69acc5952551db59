#pragma once

#include "Result.h"

#include <QMap>
#include <QStringList>

namespace ll::server {

// "--key value" pairs plus bare words, e.g. `admin --data D staff-create --role guide`.
struct CliOptions
{
    QMap<QString, QString> values;
    QStringList words;

    static Result<CliOptions> parse(const QStringList& args, const QStringList& known);
    QString value(const QString& key) const { return values.value(key); }
    Status require(const QStringList& keys) const;
};

} // namespace ll::server
