#include "domain/FieldChecks.h"

#include "text/TextLimits.h"
#include "util/Ids.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ll {

namespace {

// Messages of this file, filed under ll::FieldChecks for lupdate and at run time alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::FieldChecks)
};

bool allowedControl(char32_t c, TextShape shape)
{
    return shape == TextShape::MultiLine && (c == U'\n' || c == U'\r' || c == U'\t');
}

} // namespace

Status checkText(const QString& label, const QString& value, int maxChars, TextShape shape)
{
    LL_TRY(checkLength(label, value, maxChars));
    qsizetype position = 0;
    for (qsizetype i = 0; i < value.size(); ++i, ++position) {
        const QChar ch = value.at(i);
        char32_t c = ch.unicode();
        if (ch.isHighSurrogate() && i + 1 < value.size() && value.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(ch, value.at(i + 1));
            ++i;
        } else if (ch.isSurrogate()) {
            return makeError(
                ErrorCode::InvalidInput,
                Text::tr("%1 contains a broken character at position %2").arg(label).arg(position + 1));
        }
        const bool control = c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029;
        if (c == 0xfffd)
            return makeError(
                ErrorCode::InvalidInput,
                Text::tr("%1 contains the replacement character U+FFFD at position %2; the text was "
                         "probably decoded with the wrong encoding")
                    .arg(label)
                    .arg(position + 1));
        if ((control && !allowedControl(c, shape)) || QChar::isNonCharacter(c))
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("%1 contains the control character U+%2 at position %3")
                                 .arg(label)
                                 .arg(uint(c), 4, 16, QLatin1Char('0'))
                                 .arg(position + 1));
    }
    return {};
}

Status checkRequiredText(const QString& label, const QString& value, int maxChars)
{
    if (value.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Text::tr("%1 must not be empty").arg(label));
    return checkText(label, value, maxChars);
}

Status checkOptionalId(const QString& label, const QString& value)
{
    if (value.isEmpty() || (isValidId(value) && value == value.toLower()))
        return {};
    return makeError(ErrorCode::InvalidInput,
                     Text::tr("%1 is not a valid id: %2").arg(label, value.left(64)));
}

Result<QDate> parseIsoDate(const QString& label, const QString& value)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(value, QStringLiteral("yyyy-MM-dd"));
    if (!shape.match(value).hasMatch() || !date.isValid())
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("%1 must be a date written YYYY-MM-DD: %2").arg(label, value.left(32)));
    return date;
}

} // namespace ll
