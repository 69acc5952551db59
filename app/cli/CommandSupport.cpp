#include "CommandSupport.h"

#include "domain/ContactRepository.h"

namespace ll::cli {

std::optional<Contact> findContact(CliContext& ctx, const QString& idOrPrefix)
{
    Profile* profile = ctx.profile();
    if (!profile)
        return std::nullopt;
    ContactRepository contacts(profile->store());
    return take(ctx, contacts.get(idOrPrefix));
}

QString shortId(const QString& id)
{
    return id.left(8);
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QString localTime(const QDateTime& when)
{
    return when.isValid() ? when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QStringLiteral("-");
}

QString phoneText(const PhoneNumber& phone, bool reveal)
{
    return reveal ? phone.display() : phone.masked();
}

QString phonesText(const QList<PhoneNumber>& phones, bool reveal)
{
    QStringList parts;
    for (const PhoneNumber& phone : phones)
        parts << phoneText(phone, reveal);
    return orDash(parts.join(QStringLiteral(", ")));
}

QString yuan(qint64 cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

} // namespace ll::cli
