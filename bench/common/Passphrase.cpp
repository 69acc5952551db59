#include "Passphrase.h"

#include <QByteArray>

#include <cstdio>

namespace llbench {

std::optional<QString> passphraseFromEnv(const QString& variable)
{
    const QByteArray value = qgetenv(variable.toLocal8Bit().constData());
    if (value.isEmpty()) {
        fail("liuliang-bench", QStringLiteral("environment variable %1 is unset or empty").arg(variable));
        return std::nullopt;
    }
    return QString::fromUtf8(value);
}

void fail(const char* tool, const QString& message)
{
    std::fprintf(stderr, "%s: %s\n", tool, message.toLocal8Bit().constData());
}

} // namespace llbench
