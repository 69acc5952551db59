#pragma once

#include <QByteArray>
#include <QString>

namespace ll {

class DataKey;

// A keyed BLAKE2b of a fixed context and the key id. It recognises the right key (from the keychain, or
// handed to setPassphrase) without storing anything that helps recover the key itself.
QByteArray keyCheckValue(const DataKey& key, const QString& keyId);
bool keyMatchesCheck(const DataKey& key, const QString& keyId, const QByteArray& check);

} // namespace ll
