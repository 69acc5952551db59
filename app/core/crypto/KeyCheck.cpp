#include "crypto/KeyCheck.h"

#include "crypto/DataKey.h"

#include <sodium.h>

namespace ll {

namespace {
constexpr size_t CheckSize = 32;
}

QByteArray keyCheckValue(const DataKey& key, const QString& keyId)
{
    if (!key.isValid())
        return {};
    const QByteArray message = QByteArrayLiteral("liuliang.keycheck.v1:") + keyId.toUtf8();
    QByteArray out(CheckSize, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), CheckSize,
                       reinterpret_cast<const unsigned char*>(message.constData()), message.size(),
                       key.data(), key.size());
    return out;
}

bool keyMatchesCheck(const DataKey& key, const QString& keyId, const QByteArray& check)
{
    const QByteArray expected = keyCheckValue(key, keyId);
    return !expected.isEmpty() && check.size() == expected.size() &&
           sodium_memcmp(expected.constData(), check.constData(), CheckSize) == 0;
}

} // namespace ll
