#include "Tokens.h"

#include <QCryptographicHash>
#include <QUuid>

#include <sodium.h>

namespace ll::server {

QString mintToken()
{
    static const bool ready = sodium_init() >= 0;
    Q_UNUSED(ready);
    QByteArray raw(32, Qt::Uninitialized);
    randombytes_buf(raw.data(), static_cast<size_t>(raw.size()));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString tokenHash(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace ll::server
