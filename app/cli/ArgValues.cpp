#include "ArgValues.h"

#include "CliText.h"

#include <QRegularExpression>

namespace ll::cli {

namespace {

Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

} // namespace

Result<qint64> parseInteger(const QString& option, const QString& text, qint64 min, qint64 max)
{
    static const QRegularExpression pattern(QStringLiteral("^-?[0-9]{1,18}$"));
    bool ok = false;
    const qint64 value = pattern.match(text).hasMatch() ? text.toLongLong(&ok) : 0;
    if (!ok || value < min || value > max)
        return invalid(CliText::tr("--%1: expected a whole number from %2 to %3, got '%4'.")
                           .arg(option)
                           .arg(min)
                           .arg(max)
                           .arg(text));
    return value;
}

Result<QDate> parseDate(const QString& option, const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QDate date =
        pattern.match(text).hasMatch() ? QDate::fromString(text, QStringLiteral("yyyy-MM-dd")) : QDate();
    if (!date.isValid())
        return invalid(CliText::tr("--%1: expected a date as YYYY-MM-DD, got '%2'.").arg(option, text));
    return date;
}

Result<QDateTime> parseDateTime(const QString& option, const QString& text)
{
    static const QRegularExpression dateOnly(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    static const QRegularExpression dateTime(
        QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}[T "
                       "][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,3})?)?(Z|[+-][0-9]{2}:?[0-9]{2})?$"));
    QDateTime value;
    if (dateOnly.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (date.isValid())
            value = date.startOfDay();
    } else if (dateTime.match(text).hasMatch()) {
        QString iso = text;
        iso[10] = QLatin1Char('T');
        value = QDateTime::fromString(iso, Qt::ISODateWithMs);
    }
    if (!value.isValid())
        return invalid(CliText::tr("--%1: expected an ISO 8601 date-time such as 2026-05-01T14:30 or "
                                   "2026-05-01T14:30:00+08:00, got '%2'.")
                           .arg(option, text));
    return value;
}

Result<qint64> parseAmountCents(const QString& option, const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,12})(?:\\.([0-9]{1,2}))?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return invalid(
            CliText::tr("--%1: expected an amount in yuan such as 12 or 12.34, got '%2'.").arg(option, text));
    const qint64 yuan = match.captured(1).toLongLong();
    const qint64 cents = match.captured(2).leftJustified(2, QLatin1Char('0')).toLongLong();
    return yuan * 100 + cents;
}

} // namespace ll::cli
