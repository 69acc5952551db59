#include "util/Ids.h"

#include <QUuid>

namespace ll {

QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

bool isValidId(const QString& id)
{
    return id.size() == 36 && !QUuid::fromString(id).isNull();
}

} // namespace ll
