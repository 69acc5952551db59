#include "text/TextLimits.h"

#include <QCoreApplication>

namespace ll {

qsizetype characterCount(const QString& value)
{
    qsizetype count = value.size();
    for (qsizetype i = 1; i < value.size(); ++i) {
        if (value.at(i).isLowSurrogate() && value.at(i - 1).isHighSurrogate())
            --count;
    }
    return count;
}

Status checkLength(const QString& fieldLabel, const QString& value, int maxChars)
{
    if (maxChars < 0)
        return makeError(ErrorCode::Internal,
                         QStringLiteral("checkLength: negative limit for %1").arg(fieldLabel));
    // Cheap exit: UTF-16 length is an upper bound of the character count.
    if (value.size() <= maxChars)
        return {};
    const qsizetype count = characterCount(value);
    if (count <= maxChars)
        return {};
    return makeError(
        ErrorCode::InvalidInput,
        QCoreApplication::translate("ll::TextLimits", "%1 is too long: %2 characters (at most %3)")
            .arg(fieldLabel)
            .arg(count)
            .arg(maxChars));
}

} // namespace ll
