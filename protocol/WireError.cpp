#include "WireError.h"

namespace ll {

Error wireError(const char* code, const QString& detail)
{
    return Error{ErrorCode::InvalidInput, QString::fromLatin1(code) + QStringLiteral(": ") + detail};
}

QString wireCode(const Error& error)
{
    const qsizetype colon = error.message.indexOf(QLatin1Char(':'));
    return colon < 0 ? QString::fromLatin1(wire::Internal) : error.message.left(colon);
}

QString wireDetail(const Error& error)
{
    const qsizetype colon = error.message.indexOf(QLatin1Char(':'));
    return colon < 0 ? error.message : error.message.mid(colon + 2);
}

QJsonObject errorBody(const QString& code, const QString& message)
{
    return QJsonObject{{QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
}

QJsonObject errorBody(const Error& error)
{
    return errorBody(wireCode(error), wireDetail(error));
}

} // namespace ll
