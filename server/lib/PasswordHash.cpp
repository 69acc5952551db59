#include "PasswordHash.h"

#include <sodium.h>

namespace ll::server {

namespace {
bool sodiumReady()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}
} // namespace

Result<QString> hashPassword(const QString& password)
{
    if (!sodiumReady())
        return makeError(ErrorCode::Internal, QStringLiteral("libsodium init failed"));
    if (password.size() < 8)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("password must have at least 8 characters"));
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                                     crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    if (rc != 0)
        return makeError(ErrorCode::Internal, QStringLiteral("password hashing ran out of memory"));
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString& encodedHash, const QString& password)
{
    if (!sodiumReady())
        return false;
    const QByteArray hash = encodedHash.toLatin1();
    QByteArray utf8 = password.toUtf8();
    const bool ok = crypto_pwhash_str_verify(hash.constData(), utf8.constData(),
                                             static_cast<unsigned long long>(utf8.size())) == 0;
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return ok;
}

void verifyAgainstDummy(const QString& password)
{
    static const QString dummy = hashPassword(QStringLiteral("liuliang-dummy-password")).value();
    (void)verifyPassword(dummy, password);
}

} // namespace ll::server
