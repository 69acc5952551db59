#pragma once

#include <QString>

namespace ll {

// A new random UUID in its canonical lower-case form without braces.
QString newId();
bool isValidId(const QString& id);

} // namespace ll
