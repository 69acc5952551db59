#include "ServerConfig.h"

#include <QFile>

namespace ll::server {

Result<QMap<QString, QString>> readServerConfig(const QString& path, const QStringList& allowedKeys)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read --config file ") + path);
    QMap<QString, QString> settings;
    int lineNumber = 0;
    while (!f.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const QString key = line.left(eq).trimmed();
        // Unknown keys are errors rather than ignored: a misspelt "tls-key" must not start a server
        // with a setting silently missing.
        if (eq < 0 || !allowedKeys.contains(key))
            return makeError(ErrorCode::InvalidInput, QStringLiteral("%1:%2: expected one of %3 = value")
                                                          .arg(path)
                                                          .arg(lineNumber)
                                                          .arg(allowedKeys.join(QStringLiteral(", "))));
        settings.insert(key, line.mid(eq + 1).trimmed());
    }
    return settings;
}

Result<CliOptions> withConfigFile(const CliOptions& given, const QStringList& allowedKeys)
{
    const QString path = given.value(QStringLiteral("config"));
    if (path.isEmpty())
        return given;
    auto settings = readServerConfig(path, allowedKeys);
    if (!settings)
        return settings.error();
    CliOptions merged = given;
    for (auto it = settings->cbegin(); it != settings->cend(); ++it)
        if (merged.value(it.key()).isEmpty())
            merged.values.insert(it.key(), it.value());
    return merged;
}

} // namespace ll::server
